import { readFileSync } from 'node:fs';
import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RENDERER_CSP, RENDERER_CSP_META } from '../../../shared/csp';
import { mainWindowOptions } from '../../../electron/app/window-options';
import {
  appContentsPolicy,
  hardenAllWebContents,
  hardenSession,
  hardenWebContents,
  rendererBaseUrl,
  signInContentsPolicy,
} from '../../../electron/app/security';

vi.mock('electron', async () => (await import('../../support/electron-double')).electronModule());
import { electronDouble, FakeBrowserWindow, FakeSession, FakeWebContents } from '../../support/electron-double';

const RENDERER_URL = 'app://renderer/index.html';
/** Where the page was loaded from before app:// (a file:// page is never the app's own). */
const OLD_FILE_URL = 'file:///opt/scim-wizard/resources/app/dist/renderer/index.html';
const APP_BASE = rendererBaseUrl(RENDERER_URL);

const asContents = (fake: FakeWebContents) => fake as unknown as WebContents;
const asSession = (fake: FakeSession) => fake as unknown as Session;

function hardenedContents(isSignIn = false): FakeWebContents {
  const contents = new FakeWebContents(new FakeSession(''));
  hardenWebContents(
    asContents(contents),
    appContentsPolicy(RENDERER_URL, () => isSignIn),
  );
  return contents;
}

beforeEach(() => electronDouble.reset());

describe('mainWindowOptions', () => {
  it('turns on every isolation flag and off every Node or legacy feature', () => {
    const options = mainWindowOptions('/app/dist/electron/preload.cjs');
    expect(options.webPreferences).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
  });

  it('stays hidden until the first paint, with a title and a usable size', () => {
    const options = mainWindowOptions('/p.cjs');
    expect(options.show).toBe(false);
    expect(options.title).toBe('SCIM Setup Wizard');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.minWidth).toBeLessThanOrEqual(options.width ?? 0);
    expect(options.minHeight).toBeLessThanOrEqual(options.height ?? 0);
  });
});

describe('hardenWebContents: navigation', () => {
  it('lets the app window (re)load only its own entry page', () => {
    const contents = hardenedContents();
    expect(contents.navigate(RENDERER_URL).defaultPrevented).toBe(false);
    expect(contents.navigate(`${RENDERER_URL}#/step/2`).defaultPrevented).toBe(false);
    expect(contents.redirect(RENDERER_URL).defaultPrevented).toBe(false);
  });

  it.each([
    'https://evil.example/',
    'https://portal.azure.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    OLD_FILE_URL,
    'app://renderer/other.html',
    'app://evil/index.html',
    'app://renderer.evil/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
  ])('stops the app window navigating or redirecting to %s', (url) => {
    const contents = hardenedContents();
    expect(contents.navigate(url).defaultPrevented).toBe(true);
    expect(contents.redirect(url).defaultPrevented).toBe(true);
  });

  it('lets a sign-in window browse http(s) (the sign-in and the loopback redirect) but nothing else', () => {
    const contents = hardenedContents(true);
    expect(contents.navigate('https://idbroker.webex.com/idb/oauth2/v1/authorize?x=1').defaultPrevented).toBe(false);
    expect(contents.redirect('http://localhost:3000/auth/code#access_token=x').defaultPrevented).toBe(false);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x']) {
      expect(contents.navigate(url).defaultPrevented).toBe(true);
    }
    const own = new FakeWebContents(new FakeSession(''));
    hardenWebContents(asContents(own), signInContentsPolicy);
    expect(own.navigate('https://login.microsoftonline.com/').defaultPrevented).toBe(false);
    expect(own.navigate('file:///etc/passwd').defaultPrevented).toBe(true);
  });

  it('refuses to attach a <webview>', () => {
    expect(hardenedContents().attachWebview().defaultPrevented).toBe(true);
  });
});

describe('hardenWebContents: window.open', () => {
  it('always denies, and hands only allow-listed https pages to the system browser', async () => {
    const contents = hardenedContents();
    const refused = [
      'http://portal.azure.com/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://evil.example/',
      'https://portal.azure.com.evil.example/',
      'https://user@portal.azure.com/',
      'https://portal.azure.com:8443/',
    ];
    for (const url of refused) expect(contents.openWindow(url)).toEqual({ action: 'deny' });
    expect(contents.openWindow('https://portal.azure.com/#view/Microsoft_AAD_IAM')).toEqual({ action: 'deny' });
    expect(electronDouble.shell.openedExternal).toEqual(['https://portal.azure.com/#view/Microsoft_AAD_IAM']);
  });

  it('survives the system browser refusing the URL', async () => {
    electronDouble.shell.failOpenExternal = true;
    expect(hardenedContents().openWindow('https://learn.microsoft.com/')).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0)); // an unhandled rejection would fail the run
  });
});

describe('hardenAllWebContents', () => {
  it('guards every webContents created after it, including later windows', () => {
    hardenAllWebContents(appContentsPolicy(RENDERER_URL));
    const first = new FakeBrowserWindow({});
    const later = new FakeBrowserWindow({ webPreferences: { partition: 'other' } });
    for (const win of [first, later]) {
      expect(win.webContents.navigate('https://evil.example/').defaultPrevented).toBe(true);
      expect(win.webContents.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
      expect(win.webContents.attachWebview().defaultPrevented).toBe(true);
    }
  });
});

describe('hardenSession', () => {
  const appPage = `${APP_BASE}index.html`;

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'fullscreen', 'unknown'])(
    'denies the %s request and check',
    async (permission) => {
      const ses = new FakeSession('');
      hardenSession(asSession(ses), { appBaseUrl: APP_BASE });
      await expect(ses.requestPermission(permission, appPage)).resolves.toBe(false);
      expect(ses.checkPermission(permission, appPage)).toBe(false);
    },
  );

  it('lets only the app page itself write (not read) the clipboard, for the non-secret Copy buttons', async () => {
    const ses = new FakeSession('');
    hardenSession(asSession(ses), { appBaseUrl: APP_BASE });
    await expect(ses.requestPermission('clipboard-sanitized-write', appPage)).resolves.toBe(true);
    expect(ses.checkPermission('clipboard-sanitized-write', appPage)).toBe(true);
    await expect(ses.requestPermission('clipboard-sanitized-write', appPage, false)).resolves.toBe(false);
    await expect(ses.requestPermission('clipboard-sanitized-write', 'https://evil.example/')).resolves.toBe(false);
    expect(ses.checkPermission('clipboard-sanitized-write', 'file:///etc/index.html')).toBe(false);
    expect(ses.checkPermission('clipboard-sanitized-write', OLD_FILE_URL)).toBe(false);
    expect(ses.checkPermission('clipboard-sanitized-write', 'app://renderer.evil/index.html')).toBe(false);
  });

  it('denies everything, clipboard writes included, in a session without app pages (the sign-in window)', async () => {
    const ses = new FakeSession('signin-x');
    hardenSession(asSession(ses));
    await expect(ses.requestPermission('clipboard-sanitized-write', 'https://idbroker.webex.com/')).resolves.toBe(false);
    expect(ses.checkPermission('notifications', 'https://idbroker.webex.com/')).toBe(false);
    expect(ses.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
    expect(ses.headersReceivedListener).toBeNull();
  });

  it('denies devices and cancels downloads', () => {
    const ses = new FakeSession('');
    hardenSession(asSession(ses), { appBaseUrl: APP_BASE });
    expect(ses.devicePermissionHandler?.({ deviceType: 'hid' })).toBe(false);
    const download = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    ses.emit('will-download', download, {}, {});
    expect(download.defaultPrevented).toBe(true);
  });

  it('adds the strict CSP header to the app pages and leaves other responses alone', async () => {
    const ses = new FakeSession('');
    hardenSession(asSession(ses), { appBaseUrl: APP_BASE });
    const own = await ses.receiveHeaders(appPage, { 'Content-Type': ['text/html'] });
    expect(own.responseHeaders).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [RENDERER_CSP] });
    const asset = await ses.receiveHeaders(`${APP_BASE}assets/index-abc.js`);
    expect(asset.responseHeaders?.['Content-Security-Policy']).toEqual([RENDERER_CSP]);
    expect(await ses.receiveHeaders('https://api.ciscospark.com/v1/scim/x')).toEqual({});
    expect(await ses.receiveHeaders(OLD_FILE_URL)).toEqual({});
    expect(await ses.receiveHeaders('app://evil/index.html')).toEqual({});
  });
});

describe('RENDERER_CSP', () => {
  it('applies to the app:// pages, whose base is the app origin', () => {
    expect(APP_BASE).toBe('app://renderer/');
  });

  it('is the strict policy, and the <meta> copy differs only by frame-ancestors', () => {
    expect(RENDERER_CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
    expect(RENDERER_CSP_META).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it('is what renderer/index.html carries in its meta tag', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(RENDERER_CSP_META);
  });
});
