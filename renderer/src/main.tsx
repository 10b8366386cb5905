import '@mantine/core/styles.css';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import dayjs from 'dayjs';
import 'dayjs/locale/sv';
import { captureToken } from './api/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { reportUncaughtErrors } from './api/report-error';

dayjs.locale('sv');
captureToken();
reportUncaughtErrors();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
