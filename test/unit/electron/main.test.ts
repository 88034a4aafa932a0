import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/errors';
import { CHANNELS } from '../../../shared/ipc/contract';
import { RENDERER_CSP } from '../../../shared/csp';
import { mainWindowOptions } from '../../../electron/app/window-options';
import { electronStoreEngine } from '../../../electron/app/electron-store-engine';
import { APP_SCHEME_PRIVILEGES } from '../../../electron/app/app-protocol';

vi.mock('electron', async () => (await import('../../support/electron-double')).electronModule());
import { electronDouble, fakeEvent } from '../../support/electron-double';

// main.ts wires the lead's services; here they are stand-ins that record what main gave them.
const services = vi.hoisted(() => ({
  createAppServices: vi.fn(),
  table: {} as Record<string, ReturnType<typeof vi.fn>>,
}));
vi.mock('../../../electron/services/app-services', () => ({ createAppServices: (options: unknown) => services.createAppServices(options) }));
vi.mock('../../../electron/services/handlers', () => ({ createHandlerTable: () => services.table }));

const MAIN_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../electron/app');
const RENDERER_URL = 'app://renderer/index.html';
/** Where the renderer used to load from: no longer the app's page. */
const OLD_FILE_URL = pathToFileURL(join(MAIN_DIR, '..', 'renderer', 'index.html')).href;

let loads = 0;
let savedArgv: string[];
let processListeners: { uncaught: unknown[]; rejection: unknown[] };

/** Runs main.ts afresh (a new module instance each time) with these arguments. */
async function runMain(args: string[]): Promise<void> {
  process.argv = [process.execPath, '.', ...args];
  loads += 1;
  const path = `../../../electron/app/main.ts?run=${loads}`;
  await import(/* @vite-ignore */ path);
}

async function ready(): Promise<void> {
  electronDouble.app.markReady();
  await vi.waitFor(() => expect(electronDouble.windows.length + electronDouble.app.exitCodes.length).toBeGreaterThan(0));
}

beforeEach(() => {
  electronDouble.reset();
  services.createAppServices.mockReset();
  services.createAppServices.mockImplementation((options: unknown) => ({
    endpoints: null,
    options,
    settings: { refusal: null },
    moveLegacySecrets: async () => ({ moved: 0, missing: 0 }),
  }));
  services.table = Object.fromEntries(CHANNELS.map((c) => [c, vi.fn(async () => ({ cancelled: true }))]));
  savedArgv = process.argv;
  processListeners = { uncaught: process.listeners('uncaughtException'), rejection: process.listeners('unhandledRejection') };
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  process.argv = savedArgv;
  for (const listener of process.listeners('uncaughtException')) if (!processListeners.uncaught.includes(listener)) process.off('uncaughtException', listener);
  for (const listener of process.listeners('unhandledRejection'))
    if (!processListeners.rejection.includes(listener)) process.off('unhandledRejection', listener);
  vi.restoreAllMocks();
});

describe('main.ts', () => {
  it('before ready: follows --data-dir for userData, forces the sandbox, registers app:// as privileged, takes the single-instance lock, creates nothing', async () => {
    await runMain(['--data-dir', 'tmp/wizard-data']);
    expect(electronDouble.app.getPath('userData')).toBe(resolve('tmp/wizard-data'));
    expect(electronDouble.app.sandboxEnabled).toBe(true);
    // The double throws, as Electron does, if this came after ready; handle() must wait for ready.
    expect(electronDouble.protocol.privilegedSchemes).toEqual([[APP_SCHEME_PRIVILEGES]]);
    expect(electronDouble.protocol.isProtocolHandled('app')).toBe(false);
    expect(electronDouble.app.lockRequests).toBe(1);
    expect(electronDouble.windows).toEqual([]);
    expect(electronDouble.ipcMain.registrations).toEqual([]);
  });

  it('on ready: serves app:// before the window loads it, from the renderer folder beside main, refusing a way out', async () => {
    const windowsWhenHandled: number[] = [];
    const handle = electronDouble.protocol.handle.bind(electronDouble.protocol);
    vi.spyOn(electronDouble.protocol, 'handle').mockImplementation((scheme, handler) => {
      windowsWhenHandled.push(electronDouble.windows.length);
      handle(scheme, handler);
    });
    await runMain([]);
    await ready();
    expect(windowsWhenHandled).toEqual([0]);
    expect(electronDouble.protocol.isProtocolHandled('app')).toBe(true);
    // Unbuilt here (main runs from electron/app, so its renderer folder is electron/renderer): missing, not an error.
    expect((await electronDouble.protocol.request(RENDERER_URL)).status).toBe(404);
    expect((await electronDouble.protocol.request('app://renderer/..%2fapp%2fmain.ts')).status).toBe(403);
    expect((await electronDouble.protocol.request('app://evil/index.html')).status).toBe(403);
  });

  it('on ready: builds services with the data dir and endpoints file, then a hidden, hardened main window on the built renderer', async () => {
    await runMain(['--data-dir', '/data/wizard', '--endpoints', '/data/endpoints.json']);
    await ready();
    const options = services.createAppServices.mock.calls[0]?.[0] as { dataDir: string; endpointsFile: string; capabilities: { host: string } };
    expect(options).toMatchObject({ dataDir: '/data/wizard', endpointsFile: '/data/endpoints.json', capabilities: { host: 'electron' } });
    expect((options as { settingsEngine?: unknown }).settingsEngine).toBe(electronStoreEngine);

    const [win] = electronDouble.windows;
    expect(electronDouble.windows).toHaveLength(1);
    expect(win?.options).toEqual(mainWindowOptions(join(MAIN_DIR, 'preload.cjs')));
    expect(win?.loadedUrls).toEqual([RENDERER_URL]);
    expect(win?.loadedFiles).toEqual([]);
    expect(win?.shown).toBe(false);
    win?.emit('ready-to-show');
    expect(win?.shown).toBe(true);

    // Navigation guard from web-contents-created, permissions and CSP on the default session.
    expect(win?.webContents.navigate('https://evil.example/').defaultPrevented).toBe(true);
    expect(win?.webContents.navigate(RENDERER_URL).defaultPrevented).toBe(false);
    expect(win?.webContents.navigate(OLD_FILE_URL).defaultPrevented).toBe(true);
    const ses = electronDouble.session.defaultSession;
    await expect(ses.requestPermission('media', RENDERER_URL)).resolves.toBe(false);
    await expect(ses.requestPermission('clipboard-sanitized-write', RENDERER_URL)).resolves.toBe(true);
    await expect(ses.requestPermission('clipboard-sanitized-write', OLD_FILE_URL)).resolves.toBe(false);
    expect((await ses.receiveHeaders(RENDERER_URL)).responseHeaders?.['Content-Security-Policy']).toEqual([RENDERER_CSP]);
  });

  it('serves every channel to the main window page only', async () => {
    await runMain([]);
    await ready();
    expect([...electronDouble.ipcMain.registrations].sort()).toEqual(CHANNELS.map((c) => `wizard:${c}`).sort());
    const win = electronDouble.windows[0]!;
    const fromApp = { sender: { id: win.webContents.id }, senderFrame: { url: RENDERER_URL, parent: null } };
    await expect(electronDouble.ipcMain.invoke('wizard:actions.cancel', fromApp, { requestId: 'r1' })).resolves.toEqual({
      ok: true,
      data: { cancelled: true },
    });
    const fromElsewhere = { sender: { id: win.webContents.id + 100 }, senderFrame: { url: RENDERER_URL, parent: null } };
    await expect(electronDouble.ipcMain.invoke('wizard:actions.cancel', fromElsewhere, { requestId: 'r1' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN_SENDER' },
    });
    for (const url of [OLD_FILE_URL, 'app://evil/index.html', 'app://renderer/other.html']) {
      const fromOtherPage = { sender: { id: win.webContents.id }, senderFrame: { url, parent: null } };
      await expect(electronDouble.ipcMain.invoke('wizard:actions.cancel', fromOtherPage, { requestId: 'r1' })).resolves.toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN_SENDER' },
      });
    }
    expect(services.table['actions.cancel']).toHaveBeenCalledOnce();
  });

  it('lets a sign-in window it opened browse the identity provider, and closes it with the main window', async () => {
    await runMain([]);
    await ready();
    const { capabilities } = services.createAppServices.mock.calls[0]?.[0] as {
      capabilities: { signInOpener: { open(url: string, mode: string): Promise<string> } };
    };
    await capabilities.signInOpener.open('https://idbroker.webex.com/idb/oauth2/v1/authorize', 'in-app-private');
    const [main, signIn] = electronDouble.windows;
    expect(signIn?.webContents.navigate('https://login.microsoftonline.com/').defaultPrevented).toBe(false);
    expect(main?.webContents.navigate('https://login.microsoftonline.com/').defaultPrevented).toBe(true);
    main?.close();
    expect(signIn?.isDestroyed()).toBe(true);
    electronDouble.app.emit('window-all-closed');
    expect(electronDouble.app.quitCalls).toBe(1);
  });

  it('quits at once when another instance holds the lock', async () => {
    electronDouble.app.singleInstanceLock = false;
    await runMain([]);
    expect(electronDouble.app.quitCalls).toBe(1);
    electronDouble.app.markReady();
    await new Promise((r) => setTimeout(r, 10));
    expect(services.createAppServices).not.toHaveBeenCalled();
    expect(electronDouble.windows).toEqual([]);
  });

  it('shows why it cannot start (e.g. a bad endpoints file) and exits 1', async () => {
    services.createAppServices.mockImplementation(() => {
      throw new AppError('INVALID_REQUEST', 'The endpoints file /x.json is not valid: webex.authorizeUrl: bad');
    });
    await runMain(['--endpoints', '/x.json']);
    await ready();
    expect(electronDouble.dialog.errorBoxes).toEqual([
      { title: 'SCIM Setup Wizard cannot start', content: 'The endpoints file /x.json is not valid: webex.authorizeUrl: bad' },
    ]);
    expect(electronDouble.app.exitCodes).toEqual([1]);
    expect(electronDouble.windows).toEqual([]);
  });

  it('logs an uncaught error by name and stack frames only, never its message', async () => {
    await runMain([]);
    const listener = process.listeners('uncaughtException').find((l) => !processListeners.uncaught.includes(l));
    listener?.(new Error('token=SECRET-abc'), 'uncaughtException');
    const logged = JSON.stringify(vi.mocked(console.error).mock.calls);
    expect(logged).toContain('uncaught exception: Error');
    expect(logged).not.toContain('SECRET-abc');
  });

  it('clears a pending secret from the clipboard before quitting', async () => {
    await runMain([]);
    await ready();
    const { capabilities } = services.createAppServices.mock.calls[0]?.[0] as { capabilities: { clipboard: { place(v: string, ms: number): string } } };
    capabilities.clipboard.place('tok-1', 60_000);
    const quitting = fakeEvent();
    electronDouble.app.emit('will-quit', quitting);
    expect(quitting.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(electronDouble.app.quitCalls).toBe(1));
    expect(electronDouble.clipboard.text).toBe('');
    const again = fakeEvent();
    electronDouble.app.emit('will-quit', again);
    expect(again.defaultPrevented).toBe(false);
  });
});
