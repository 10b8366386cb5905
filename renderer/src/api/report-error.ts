// Errors the renderer meets go to the main process's log through the contract (log/error); main caps
// and cleans the text. Reporting never throws: a broken connection must not turn one error into two.
import { LOG_DETAILS_MAX, LOG_MESSAGE_MAX } from '../../../shared/api/log-contract';
import { api } from './client';

export function reportError(message: string, error: unknown, extra?: string): void {
  const stack = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  const details = [stack, extra].filter(Boolean).join('\n');
  // Cut here as main would: an error with a huge text still reaches the log instead of being refused.
  void api('log/error', { message: message.slice(0, LOG_MESSAGE_MAX), details: details.slice(0, LOG_DETAILS_MAX) }).catch(() => undefined);
}

/** Errors nothing else caught in the page: an exception in an event handler, a promise left unhandled. */
export function reportUncaughtErrors(): void {
  window.addEventListener('error', (event) => reportError(`Oväntat fel i gränssnittet: ${event.message}`, event.error));
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    reportError(`Ett löfte i gränssnittet avvisades utan hantering: ${reason instanceof Error ? reason.message : String(reason)}`, reason);
  });
}
