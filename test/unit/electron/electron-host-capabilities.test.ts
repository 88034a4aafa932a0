import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createExternalOpener,
  createFileSaver,
  createSecretClipboard,
  createSignInOpener,
  electronHostCapabilities,
} from '../../../electron/app/electron-host-capabilities';

vi.mock('electron', async () => (await import('../../support/electron-double')).electronModule());
import { electronDouble, type FakeWebContents } from '../../support/electron-double';

const AUTHORIZE = 'https://idbroker.webex.com/idb/oauth2/v1/authorize?response_type=token&state=abc';
const asContents = (fake: FakeWebContents) => fake as unknown as Electron.WebContents;

beforeEach(() => electronDouble.reset());
afterEach(() => vi.useRealTimers());

describe('sign-in opener, in-app private window', () => {
  it('opens the page in a window with a fresh in-memory partition each time', async () => {
    const opener = createSignInOpener({ extraOrigins: [] });
    await expect(opener.open(AUTHORIZE, 'in-app-private')).resolves.toBe('main');
    await opener.open(AUTHORIZE, 'in-app-private');
    const [first, second] = electronDouble.windows;
    const partitions = [first, second].map((w) => w?.options.webPreferences?.partition);
    for (const partition of partitions) {
      expect(partition).toMatch(/^signin-/);
      expect(partition).not.toMatch(/^persist:/);
    }
    expect(partitions[0]).not.toBe(partitions[1]);
    expect(second?.loadedUrls).toEqual([AUTHORIZE]);
    // One sign-in at a time: the first window was closed when the second opened.
    expect(first?.isDestroyed()).toBe(true);
  });

  it('isolates the window: sandboxed, no preload, no Node', async () => {
    await createSignInOpener({ extraOrigins: [] }).open(AUTHORIZE, 'in-app-private');
    const prefs = electronDouble.windows[0]?.options.webPreferences ?? {};
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
    });
    expect(prefs).not.toHaveProperty('preload');
  });

  it('hardens its session: every permission and device denied', async () => {
    await createSignInOpener({ extraOrigins: [] }).open(AUTHORIZE, 'in-app-private');
    const ses = electronDouble.windows[0]!.webContents.session;
    expect(ses.partition).toBe(electronDouble.windows[0]!.options.webPreferences?.partition);
    await expect(ses.requestPermission('media', AUTHORIZE)).resolves.toBe(false);
    await expect(ses.requestPermission('clipboard-sanitized-write', AUTHORIZE)).resolves.toBe(false);
    expect(ses.checkPermission('notifications', AUTHORIZE)).toBe(false);
    expect(ses.devicePermissionHandler?.({})).toBe(false);
  });

  it('lets the window navigate over http(s) only and never open another window', async () => {
    await createSignInOpener({ extraOrigins: [] }).open(AUTHORIZE, 'in-app-private');
    const contents = electronDouble.windows[0]!.webContents;
    expect(contents.navigate('https://login.microsoftonline.com/common/oauth2/authorize').defaultPrevented).toBe(false);
    expect(contents.redirect('http://localhost:3000/auth/code#access_token=x').defaultPrevented).toBe(false);
    expect(contents.navigate('file:///etc/passwd').defaultPrevented).toBe(true);
    expect(contents.navigate('javascript:alert(1)').defaultPrevented).toBe(true);
    expect(contents.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.attachWebview().defaultPrevented).toBe(true);
  });

  it('knows its own windows, and closeAll() closes them', async () => {
    const opener = createSignInOpener({ extraOrigins: [] });
    await opener.open(AUTHORIZE, 'in-app-private');
    const win = electronDouble.windows[0]!;
    expect(opener.owns(asContents(win.webContents))).toBe(true);
    opener.closeAll();
    expect(win.isDestroyed()).toBe(true);
    expect(opener.owns(asContents(win.webContents))).toBe(false);
    expect(() => opener.closeAll()).not.toThrow();
  });

  it('refuses a start page off the allow-list, in either mode', async () => {
    const opener = createSignInOpener({ extraOrigins: [] });
    for (const mode of ['in-app-private', 'system-browser'] as const) {
      await expect(opener.open('https://evil.example/authorize', mode)).rejects.toMatchObject({ code: 'URL_NOT_ALLOWED' });
      await expect(opener.open('http://localhost:9000/authorize', mode)).rejects.toMatchObject({ code: 'URL_NOT_ALLOWED' });
    }
    expect(electronDouble.windows).toEqual([]);
    expect(electronDouble.shell.openedExternal).toEqual([]);
  });
});

describe('sign-in opener, system browser', () => {
  it('hands an allow-listed authorize URL to the OS', async () => {
    const opener = createSignInOpener({ extraOrigins: [] });
    await expect(opener.open(AUTHORIZE, 'system-browser')).resolves.toBe('main');
    expect(electronDouble.shell.openedExternal).toEqual([AUTHORIZE]);
    expect(electronDouble.windows).toEqual([]);
  });

  it("also allows the test endpoints' authorize origin, read when opening", async () => {
    let origins: string[] = [];
    const opener = createSignInOpener({ extraOrigins: () => origins });
    const testAuthorize = 'http://127.0.0.1:4010/auth?state=x';
    await expect(opener.open(testAuthorize, 'system-browser')).rejects.toMatchObject({ code: 'URL_NOT_ALLOWED' });
    origins = ['http://127.0.0.1:4010'];
    await opener.open(testAuthorize, 'system-browser');
    await opener.open(testAuthorize, 'in-app-private');
    expect(electronDouble.shell.openedExternal).toEqual([testAuthorize]);
    expect(electronDouble.windows[0]?.loadedUrls).toEqual([testAuthorize]);
  });
});

describe('secret clipboard', () => {
  it('places the value, then clears it after the delay if it is still there', async () => {
    vi.useFakeTimers();
    const clip = createSecretClipboard();
    expect(clip.place('tok-123', 60_000)).toBe('main');
    expect(electronDouble.clipboard.text).toBe('tok-123');
    await vi.advanceTimersByTimeAsync(59_999);
    expect(electronDouble.clipboard.text).toBe('tok-123');
    await vi.advanceTimersByTimeAsync(1);
    expect(electronDouble.clipboard.text).toBe('');
    expect(electronDouble.clipboard.ops.map((o) => o.op)).toEqual(['writeText', 'readText', 'clear']);
    expect(clip.hasPending()).toBe(false);
  });

  it('leaves the clipboard alone when the admin copied something else meanwhile', async () => {
    vi.useFakeTimers();
    createSecretClipboard().place('tok-123', 60_000);
    await electronDouble.clipboard.writeText('something the admin copied');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(electronDouble.clipboard.text).toBe('something the admin copied');
    expect(electronDouble.clipboard.ops.map((o) => o.op)).not.toContain('clear');
  });

  it('clears a still-pending value at once when asked (the app is quitting)', async () => {
    vi.useFakeTimers();
    const clip = createSecretClipboard();
    clip.place('tok-123', 60_000);
    expect(clip.hasPending()).toBe(true);
    await clip.clearPending();
    expect(electronDouble.clipboard.text).toBe('');
    expect(clip.hasPending()).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(electronDouble.clipboard.ops.filter((o) => o.op === 'clear')).toHaveLength(1);
  });
});

describe('external opener', () => {
  it.each([
    'http://portal.azure.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'https://evil.example/',
    'https://portal.azure.com.evil.example/',
    'https://user@portal.azure.com/',
  ])('refuses %s', async (url) => {
    await expect(createExternalOpener().open(url)).resolves.toBe(false);
    expect(electronDouble.shell.openedExternal).toEqual([]);
  });

  it('opens an allow-listed https page in the system browser', async () => {
    await expect(createExternalOpener().open('https://entra.microsoft.com/#home')).resolves.toBe(true);
    expect(electronDouble.shell.openedExternal).toEqual(['https://entra.microsoft.com/#home']);
  });

  it('reports false when the OS cannot open it', async () => {
    electronDouble.shell.failOpenExternal = true;
    await expect(createExternalOpener().open('https://learn.microsoft.com/')).resolves.toBe(false);
  });
});

describe('electronHostCapabilities', () => {
  const parts = () => ({
    signInOpener: createSignInOpener({ extraOrigins: [] }),
    clipboard: createSecretClipboard(),
    externalOpener: createExternalOpener(),
    fileSaver: createFileSaver(() => undefined),
  });

  it('reports the electron host, the runtime versions and the OS locale', () => {
    electronDouble.app.locale = 'ko';
    const caps = electronHostCapabilities(parts());
    expect(caps.host).toBe('electron');
    expect(caps.osLocale).toBe('ko');
    expect(caps.versions.node).toBe(process.versions.node);
    expect(Object.keys(caps.versions).every((k) => ['electron', 'chrome', 'node', 'v8'].includes(k))).toBe(true);
  });

  it('falls back to the preferred system language when the locale is empty', () => {
    electronDouble.app.locale = '';
    electronDouble.app.preferredSystemLanguages = ['de-CH'];
    expect(electronHostCapabilities(parts()).osLocale).toBe('de-CH');
  });
});
