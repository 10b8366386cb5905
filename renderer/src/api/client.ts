// The renderer's only way to the main process: the shared contract over Electron IPC (preload) or,
// in the browser mode, over HTTP with the per-start token. Input and output are validated here too.
import { contract, type Input, type Method, type Output } from '../../../shared/api/contract';
import type { ApiError, Envelope } from '../../../shared/api/envelope';
import { describeIssues } from '../../../shared/api/envelope';

declare global {
  interface Window {
    iub?: { call(method: string, input: unknown): Promise<Envelope> };
  }
}

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

const TOKEN_KEY = 'iub-token';

/** The browser mode opens with #token=… in the address; keep it for this tab and clean the address. */
export function captureToken(): void {
  const match = window.location.hash.match(/token=([0-9a-f]+)/);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search + '#/');
  }
}

async function httpCall(method: string, input: unknown): Promise<Envelope> {
  const response = await fetch(`api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessionStorage.getItem(TOKEN_KEY) ?? ''}` },
    body: JSON.stringify(input ?? {}),
  });
  return (await response.json()) as Envelope;
}

export async function api<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const spec = contract[method];
  const checked = spec.input.safeParse(input);
  if (!checked.success) {
    const issues = describeIssues(checked.error.issues);
    throw new ApiCallError({ code: 'invalid_input', message: `Uppgifterna är inte giltiga: ${issues[0]?.message ?? ''}`, issues });
  }
  let envelope: Envelope;
  try {
    envelope = window.iub ? await window.iub.call(method, input) : await httpCall(method, input);
  } catch {
    throw new ApiCallError({ code: 'internal', message: 'Kontakten med programmets tjänster bröts. Inget har sparats.' });
  }
  if (!envelope.ok) throw new ApiCallError(envelope.error);
  return spec.output.parse(envelope.value) as Output<M>;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return 'Ett oväntat fel inträffade.';
}
