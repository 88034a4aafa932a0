import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { AppError } from '../../shared/errors';
import { createAppServices, type AppServices } from '../services/app-services';
import { electronStoreEngine } from './electron-store-engine';
import { createHandlerTable } from '../services/handlers';
import { runLaunchTasks } from '../services/launch-tasks';
import { parseAppArgs, type AppArgs } from './app-args';
import {
  createExternalOpener,
  createFileSaver,
  createSecretClipboard,
  createSignInOpener,
  electronHostCapabilities,
  type ElectronSignInOpener,
} from './electron-host-capabilities';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler, RENDERER_URL } from './app-protocol';
import { registerIpcHandlers } from './ipc-registration';
import { appContentsPolicy, hardenAllWebContents, hardenSession, rendererBaseUrl } from './security';
import { createTrustedSenderCheck } from './trusted-sender';
import { mainWindowOptions } from './window-options';

// Built to dist/electron/main.cjs: the preload sits beside it, the renderer in dist/renderer,
// served as app://renderer/ (app-protocol.ts), never from file://.
const PRELOAD_PATH = join(__dirname, 'preload.cjs');
const RENDERER_DIR = join(__dirname, '..', 'renderer');

const log = {
  warn: (message: string) => console.warn(`[scim-wizard] ${message}`),
  error: (message: string) => console.error(`[scim-wizard] ${message}`),
};

let mainWindow: BrowserWindow | undefined;
let services: AppServices | undefined;

/** Name, code and stack frames only: an error's message may quote a payload or a token. */
function describeError(error: unknown): string {
  if (error instanceof AppError) return `${error.name} ${error.code}`;
  if (!(error instanceof Error)) return 'non-error thrown';
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [error.name, ...frames.slice(0, 8)].join('\n');
}

function failStart(error: unknown): void {
  log.error(`cannot start: ${describeError(error)}`);
  // AppError messages are written for the admin and never hold a secret (shared/errors.ts).
  const detail = error instanceof AppError ? error.message : 'Unexpected error while starting. See the log for details.';
  dialog.showErrorBox('SCIM Setup Wizard cannot start', detail);
  app.exit(1);
}

/** The test endpoints' authorize origin, when an endpoints file is loaded: sign-in may start there too. */
function testAuthorizeOrigins(): string[] {
  const authorizeUrl = services?.endpoints?.data.webex?.authorizeUrl;
  return authorizeUrl ? [new URL(authorizeUrl).origin] : [];
}

function createMainWindow(signInOpener: ElectronSignInOpener): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(PRELOAD_PATH));
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    mainWindow = undefined;
    signInOpener.closeAll(); // so closing the wizard quits the app even mid sign-in
  });
  win.loadURL(RENDERER_URL).catch((error: unknown) => log.error(`could not load the page: ${describeError(error)}`));
  return win;
}

async function start(args: AppArgs, signInOpener: ElectronSignInOpener): Promise<void> {
  hardenSession(session.defaultSession, { appBaseUrl: rendererBaseUrl(RENDERER_URL) });
  // On the default session only, the main window's: the sign-in windows' partitions cannot load app:// at all.
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: RENDERER_DIR }));
  const clipboard = createSecretClipboard((message) => log.warn(message));
  const capabilities = electronHostCapabilities({
    signInOpener,
    clipboard,
    externalOpener: createExternalOpener(),
    // The report is printed from the one app window.
    fileSaver: createFileSaver(() => mainWindow),
  });
  services = await createAppServices({
    dataDir: args.dataDir ?? app.getPath('userData'),
    endpointsFile: args.endpointsFile,
    capabilities,
    settingsEngine: electronStoreEngine,
    presenting: args.presenting ?? false,
    fixedLocale: args.locale ?? null,
  });
  // A refused (newer) settings file still opens the window: the page says why, in the admin's language.
  void runLaunchTasks(services, log.warn);
  const isTrustedSender = createTrustedSenderCheck({ rendererUrl: RENDERER_URL, mainWebContentsId: () => mainWindow?.webContents.id });
  registerIpcHandlers(ipcMain, createHandlerTable(services), isTrustedSender, log);
  // A secret copied less than a minute ago must not outlive the app on the clipboard.
  app.on('will-quit', (event) => {
    if (!clipboard.hasPending()) return;
    event.preventDefault();
    void clipboard.clearPending().finally(() => app.quit());
  });
  mainWindow = createMainWindow(signInOpener);
}

function boot(): void {
  process.on('uncaughtException', (error) => log.error(`uncaught exception: ${describeError(error)}`));
  process.on('unhandledRejection', (reason) => log.error(`unhandled rejection: ${describeError(reason)}`));

  let args: AppArgs;
  try {
    args = parseAppArgs(process.argv.slice(1), process.env);
  } catch (error) {
    failStart(error);
    return;
  }
  // Chromium's own profile follows the data dir, and so does the single-instance lock (tests run side by side).
  if (args.dataDir) app.setPath('userData', args.dataDir);
  app.enableSandbox();
  // Electron accepts this only before 'ready' (electronjs.org/docs/latest/api/protocol).
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const signInOpener = createSignInOpener({ extraOrigins: testAuthorizeOrigins });
  hardenAllWebContents(appContentsPolicy(RENDERER_URL, (contents) => signInOpener.owns(contents)));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(() => start(args, signInOpener))
    .catch(failStart);
}

boot();
