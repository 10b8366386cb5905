// Who may call the API over IPC, and how links leave the app: kept free of Electron imports so unit
// tests can drive them with plain objects (main.ts passes Electron's own event and shell).
import { isAppUrl, isSafeExternalUrl } from './window-options';
import type { Envelope } from '../../shared/api/envelope';

/** The parts of an IpcMainInvokeEvent the check reads. */
export interface IpcSenderLike {
  senderFrame: { url: string } | null | undefined;
  sender: { mainFrame: unknown };
}

/** Only our own page, in the main frame of our window, may call the API (never an iframe or other page). */
export function isTrustedSender(event: IpcSenderLike): boolean {
  const frame = event.senderFrame;
  return !!frame && frame === event.sender.mainFrame && isAppUrl(frame.url);
}

export const UNTRUSTED_SENDER: Envelope = {
  ok: false,
  error: { code: 'unauthorized', message: 'Anropet kommer inte från appens eget fönster.' },
};

/** The IPC handler: the sender is checked before the call reaches the dispatcher. */
export function guardedIpcHandler(call: (method: string, input: unknown) => Promise<Envelope>) {
  return async (event: IpcSenderLike, method: unknown, input: unknown): Promise<Envelope> => {
    if (!isTrustedSender(event)) return UNTRUSTED_SENDER;
    return call(String(method), input);
  };
}

/** The only way the app opens a link outside itself: plain https, checked here, to the system browser. */
export function openExternalSafely(shell: { openExternal(url: string): Promise<void> }, url: string): boolean {
  if (!isSafeExternalUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}
