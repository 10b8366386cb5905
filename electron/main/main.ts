// Electron main process: one window, a Swedish menu, the renderer from app://, the API over IPC.
import { app, BrowserWindow, crashReporter, dialog, ipcMain, Menu, Notification, protocol, safeStorage, session, shell } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { dispatch } from '../api/dispatch';
import { resolveDatabasePath } from '../database/default-path';
import { migrationsDir, startServices, type RunningServices } from '../services/start-services';
import { recoveryOffer } from '../database/recovery';
import { restoreFromBackup } from '../database/restore';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import { resolveStaticFile } from '../http/static-files';
import { APP_ORIGIN, APP_SCHEME, denyPermissionCheck, isAppUrl, mainWindowOptions } from './window-options';
import { guardedIpcHandler, openExternalSafely } from './ipc-guard';
import { buildMenu } from './menu';
import { startDailyNotifications } from './notifications';
import { confirmUnsavedChangesOnClose } from './unsaved-changes';
import { catchProcessErrors, logError, logFile, logInfo, setupLog, whereIsTheLog } from '../logging/log';
import { createDatabaseChoiceStore } from './database-choice';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let services: RunningServices | null = null;
let mainWindow: BrowserWindow | null = null;
let stopNotifications: (() => void) | null = null;

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// The same resolver as the browser mode's server (static-files.ts): a malformed or climbing address
// is answered 404, never thrown and never read from outside the renderer folder.
function serveRenderer(rendererDir: string) {
  protocol.handle(APP_SCHEME, (request) => {
    const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY };
    let pathname: string;
    try {
      pathname = new URL(request.url).pathname;
    } catch {
      return new Response('', { status: 400, headers });
    }
    const found = resolveStaticFile(rendererDir, pathname);
    if (found.kind !== 'file') return new Response('', { status: found.kind === 'refused' ? 404 : 500, headers });
    return new Response(fs.readFileSync(found.file), { headers: { ...headers, 'Content-Type': found.type } });
  });
}

async function createWindow() {
  const win = new BrowserWindow(mainWindowOptions(path.join(__dirname, 'preload.cjs')));
  mainWindow = win;
  win.webContents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(shell, url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  win.webContents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  confirmUnsavedChangesOnClose(win);
  win.webContents.on('render-process-gone', (_event, details) =>
    logError(`Fönstrets process avslutades oväntat (${details.reason}, kod ${details.exitCode}).`),
  );
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => (mainWindow = null));
  await win.loadURL(`${APP_ORIGIN}/index.html`);
}

async function start() {
  const appRoot = app.getAppPath();
  const userData = app.getPath('userData');
  // Inställningar → Databas: --db and IUB_DB win; else the saved choice (the shared database's password decrypted here only).
  const databaseChoice = createDatabaseChoiceStore({ userData, safeStorage, explicit: argValue('--db') });
  const file = resolveDatabasePath(databaseChoice.startLocation(), userData);
  const chosen = databaseChoice.state();
  const fromSharedChoice = chosen.styrsAv === null && chosen.val?.typ === 'gemensam';
  try {
    services = await startServices({ file, appRoot });
    services.ctx.databaseChoice = databaseChoice;
  } catch (error) {
    logError(`Databasen ${file} kunde inte öppnas:`, error);
    if (fromSharedChoice) {
      // The shared database chosen in Inställningar cannot be opened: never leave the user locked out of the app.
      const answer = await dialog.showMessageBox({
        type: 'error',
        title: 'IUB-katalogen kan inte öppna den gemensamma databasen',
        message: error instanceof Error ? error.message : String(error),
        buttons: ['Öppna den lokala databasfilen i stället', 'Avsluta'],
        defaultId: 1,
        cancelId: 1,
      });
      if (answer.response === 0) {
        databaseChoice.choose({ typ: 'lokal' });
        app.relaunch();
      }
      app.exit(1);
      return;
    }
    // A damaged file is never overwritten on our own: the user is told and may choose the latest good
    // backup (the current file is kept as a byte-exact copy first). Other refusals are only explained.
    const offer = recoveryOffer(file, error, migrationsDir(appRoot));
    const latest = offer.backup;
    const choice = await dialog.showMessageBox({
      type: 'error',
      title: 'IUB-katalogen kan inte öppna databasen',
      message: offer.message,
      buttons: latest ? [`Återställ senaste felfria säkerhetskopian (${latest.name})`, 'Avsluta'] : ['Avsluta'],
      defaultId: latest ? 1 : 0,
      cancelId: latest ? 1 : 0,
    });
    if (latest && choice.response === 0) {
      try {
        await restoreFromBackup(file, latest.file, migrationsDir(appRoot), new Date());
        app.relaunch();
      } catch (restoreError) {
        dialog.showErrorBox('Återställningen misslyckades', (restoreError as Error).message);
      }
    }
    app.exit(1);
    return;
  }
  // The app needs no browser permission: requests are refused and checks answer "no" as well.
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(denyPermissionCheck);
  serveRenderer(path.join(appRoot, 'dist', 'renderer'));
  // Only our own page in the main frame may call the API (ipc-guard.ts, unit-tested).
  ipcMain.handle(
    'iub:call',
    guardedIpcHandler((method, input) => dispatch(services!.ctx, method, input)),
  );
  await createWindow();
  if (Notification.isSupported()) {
    stopNotifications = startDailyNotifications(services.ctx, (title, body) => {
      const notification = new Notification({ title, body });
      // A click brings the window forward on Översikt, where the reminders are.
      notification.on('click', () => {
        if (!mainWindow) return;
        if (mainWindow.isMinimized()) mainWindow.restore();
        mainWindow.show();
        mainWindow.focus();
        void mainWindow.webContents.executeJavaScript("window.location.hash = '#/oversikt'");
      });
      notification.show();
    });
  }
}

// Swedish UI language for Chromium's own widgets: date fields then show ÅÅÅÅ-MM-DD, as the app writes dates.
app.commandLine.appendSwitch('lang', 'sv-SE');

// Dumps of a crash stay on this computer (the catalogue's cases are under sekretess): nothing is uploaded.
function startCrashReporter() {
  crashReporter.start({ uploadToServer: false });
}

// Electron's own log folder (userData/logs on Windows and Linux, ~/Library/Logs on macOS); should it be
// unavailable this early, the same place under the user-data folder.
function logsFolder(): string {
  try {
    return app.getPath('logs');
  } catch {
    return path.join(app.getPath('userData'), 'logs');
  }
}

/** The log in the user's log folder, an error nothing caught in it and in a Swedish dialog that names it. */
function startLog() {
  setupLog({ file: path.join(logsFolder(), 'main.log'), stderr: false });
  let dialogs = 0;
  catchProcessErrors((_kind, error) => {
    // A few dialogs at most: a failure that repeats must not bury the window under them.
    if (dialogs++ >= 3) return;
    const what = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(
      'IUB-katalogen: ett oväntat fel',
      `Något gick fel i programmet (${what.slice(0, 300)}). Det du redan sparat finns kvar. Starta om programmet om något inte fungerar; kvarstår felet, kontakta IT-stöd. ${whereIsTheLog()}`,
    );
  });
  logInfo(`IUB-katalogen ${app.getVersion()} startar (Electron ${process.versions.electron}).`);
  app.on('child-process-gone', (_event, details) =>
    logError(`En hjälpprocess (${details.type}) avslutades oväntat (${details.reason}, kod ${details.exitCode}).`),
  );
}

function showLogFolder() {
  const file = logFile();
  if (!file) return;
  void shell.openPath(path.dirname(file)).then((problem) => {
    if (problem) dialog.showErrorBox('Loggmappen kunde inte öppnas', `${problem}\nLoggfilen finns i ${file}.`);
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  startLog();
  startCrashReporter();
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.whenReady().then(() => {
    Menu.setApplicationMenu(buildMenu(process.platform === 'darwin', { showLog: showLogFolder }));
    return start();
  });
  app.on('window-all-closed', async () => {
    stopNotifications?.();
    await services?.close();
    app.quit();
  });
}
