// The last line of defence around the whole app: a screen that throws while it renders shows this
// Swedish page instead of a blank window, the error goes to the log, and the page says where that is.
// Deliberately plain HTML outside Mantine: it must render even when the failure is in the app's shell.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { api } from '../api/client';
import { reportError } from '../api/report-error';

interface State {
  failed: boolean;
  /** undefined while asking main; null when the log is the terminal the program was started from. */
  logFile: string | null | undefined;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false, logFile: undefined };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo): void {
    const message = error instanceof Error ? error.message : String(error);
    reportError(`Gränssnittet kunde inte visas: ${message}`, error, info.componentStack ? `Komponenter:${info.componentStack}` : undefined);
    api('log/location', {}).then(
      ({ fil }) => this.setState({ logFile: fil }),
      () => this.setState({ logFile: null }),
    );
  }

  render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { logFile } = this.state;
    return (
      <main className="crash-page" aria-labelledby="crash-title">
        <h1 id="crash-title">Något gick fel</h1>
        <p>IUB-katalogen kunde inte visa sidan. Det du redan har sparat finns kvar.</p>
        <p>
          <button type="button" className="crash-reload" onClick={() => window.location.reload()}>
            Ladda om
          </button>
        </p>
        <p data-testid="crash-log">
          {logFile === undefined ? (
            'Felet skrivs i programmets logg …'
          ) : logFile ? (
            <>
              Felet har skrivits i loggfilen <code>{logFile}</code>. Kvarstår felet efter omladdning, kontakta IT-stöd och nämn loggfilen.
            </>
          ) : (
            'Felet har skrivits i terminalfönstret där programmet startades. Kvarstår felet efter omladdning, kontakta IT-stöd och visa det som står där.'
          )}
        </p>
      </main>
    );
  }
}
