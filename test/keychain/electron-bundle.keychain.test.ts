import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RENDERER_CSP } from '../../shared/csp';
import { CHANNELS } from '../../shared/ipc/contract';
import { KEYCHAIN_SERVICE } from '../../shared/secrets';
import { keychainAccountIn } from '../support/keychain-account';
import { electronDouble, electronModule } from '../support/electron-double';
import { postFragment } from '../support/capture-redirect';
import { freePort } from '../support/free-port';
import { filesContaining } from '../e2e/support/leak-scan';

/**
 * The desktop app as it ships, minus the Electron binary no machine here can
 * download: the BUILT main bundle (dist/electron/main.cjs) with its real
 * dependencies (electron-store through Node's require(esm), @github/keytar on
 * the real keyring), with only `electron` itself replaced by the recording
 * double. It proves what the source-level unit tests cannot: the bundle's
 * externals load, the real services answer through the IPC wiring, and a
 * token captured over the loopback ends in the keychain and nowhere else.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const MAIN_BUNDLE = join(ROOT, 'dist/electron/main.cjs');
const PRELOAD_BUNDLE = join(ROOT, 'dist/electron/preload.cjs');
const RENDERER_ENTRY = join(ROOT, 'dist/renderer/index.html');
/** The page main loads: dist/renderer served over the app:// protocol, not file://. */
const RENDERER_URL = 'app://renderer/index.html';
const keytar = createRequire(import.meta.url)('@github/keytar') as { getPassword(s: string, a: string): Promise<string | null> };

type Envelope = { ok: true; data: Record<string, unknown> } | { ok: false; error: { code: string; message: string } };

let dataDir: string;
let loopbackPort: number;
/** Node's CommonJS loader entry point (not in @types/node): every require, and every import of a CommonJS file, goes through it. */
type ModuleLoad = (this: unknown, request: string, ...rest: unknown[]) => unknown;
const loader = Module as unknown as { _load: ModuleLoad };
let originalLoad: ModuleLoad;
const logged: string[] = [];
const savedArgv = process.argv;

beforeAll(async () => {
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) throw new Error('No session bus: run through test/keychain/with-keyring.sh (npm run test:keychain).');
  if (!existsSync(RENDERER_ENTRY)) throw new Error('dist/renderer is not built: run npm run build first.');
  if (!existsSync(MAIN_BUNDLE) || !existsSync(PRELOAD_BUNDLE)) {
    const built = spawnSync('npm', ['run', '--silent', 'build:electron'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build:electron failed');
  }
  dataDir = mkdtempSync(join(tmpdir(), 'electron-bundle-'));
  loopbackPort = await freePort();
  const endpointsFile = join(dataDir, 'endpoints.json');
  writeFileSync(
    endpointsFile,
    JSON.stringify({ webex: { authorizeUrl: 'http://127.0.0.1:9/authorize', loopbackPort, scimBaseUrl: 'http://127.0.0.1:9/v1/scim' } }),
  );

  // `electron` from the bundle (require) and from electron-store (import, which Node turns into a load of electron/index.js).
  originalLoad = loader._load;
  const double = electronModule();
  loader._load = function (requested, ...rest) {
    if (requested === 'electron' || /node_modules[\\/]electron[\\/]index\.js$/.test(requested)) return double;
    return originalLoad.call(this, requested, ...rest);
  };
  for (const level of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  }

  electronDouble.reset();
  process.argv = [process.execPath, '.', '--data-dir', dataDir, '--endpoints', endpointsFile];
  createRequire(import.meta.url)(MAIN_BUNDLE);
  electronDouble.app.markReady();
  await vi.waitFor(() => expect(electronDouble.windows.length).toBe(1), { timeout: 10_000 });
});

afterAll(() => {
  loader._load = originalLoad;
  process.argv = savedArgv;
  for (const win of electronDouble.windows) win.close();
  vi.restoreAllMocks();
  rmSync(dataDir, { recursive: true, force: true });
});

/** ipcRenderer.invoke from the app's own page, as the preload does it. */
function invoke(channel: string, payload: unknown): Promise<Envelope> {
  const win = electronDouble.windows[0]!;
  const fromApp = { sender: { id: win.webContents.id }, senderFrame: { url: RENDERER_URL, parent: null } };
  return electronDouble.ipcMain.invoke(`wizard:${channel}`, fromApp, payload) as Promise<Envelope>;
}

async function data(channel: string, payload: unknown): Promise<Record<string, unknown>> {
  const envelope = await invoke(channel, payload);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.data;
}

describe('the built Electron main bundle, with real services', () => {
  it('opens one hardened window on the built preload and renderer', () => {
    const [win] = electronDouble.windows;
    const prefs = (win?.options as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: PRELOAD_BUNDLE });
    expect(existsSync(PRELOAD_BUNDLE)).toBe(true);
    expect(win?.loadedUrls).toEqual([RENDERER_URL]);
    expect(win?.loadedFiles).toEqual([]);
  });

  it('serves the built renderer over app:// (the page with its CSP header, its module script as JavaScript) and nothing beside it', async () => {
    expect(electronDouble.protocol.privilegedSchemes).toEqual([[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]]);
    const page = await electronDouble.protocol.request(RENDERER_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Security-Policy')).toBe(RENDERER_CSP);
    const html = await page.text();
    expect(html).toBe(readFileSync(RENDERER_ENTRY, 'utf8'));
    const script = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^assets\/.+\.js$/);
    const module = await electronDouble.protocol.request(new URL(script!, RENDERER_URL).href);
    expect(module.status).toBe(200);
    expect(module.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    // dist/electron/main.cjs sits one folder up: neither a way out nor another host reaches it.
    for (const url of ['app://renderer/..%2felectron%2fmain.cjs', 'app://renderer/%2e%2e/electron/main.cjs', 'app://electron/main.cjs']) {
      const refused = await electronDouble.protocol.request(url);
      expect({ url, status: refused.status }).toEqual({ url, status: expect.toSatisfy((s: number) => s === 403 || s === 404) });
    }
  });

  it('has a preload bundle that exposes exactly the contract, and nothing from Node', () => {
    const source = readFileSync(PRELOAD_BUNDLE, 'utf8');
    // A sandboxed preload may require only electron (and a few polyfilled built-ins); this one needs electron alone.
    expect([...source.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1])).toEqual(['electron']);
    electronDouble.contextBridge.reset();
    createRequire(import.meta.url)(PRELOAD_BUNDLE);
    const [exposed, ...others] = electronDouble.contextBridge.exposed;
    expect(others).toEqual([]);
    expect(exposed?.key).toBe('scimWizard');
    expect(Object.keys(exposed?.api as object).sort()).toEqual([...CHANNELS].sort());
  });

  it('answers through the IPC wiring: app info, validated saves (electron-store on disk), typed refusals', async () => {
    expect(await data('app.getInfo', {})).toMatchObject({ host: 'electron', dataDir });
    await data('profile.selectIntegration', { profileId: 'default', integrationId: 'webex-entra' });
    const refused = await data('profile.saveField', { profileId: 'default', fieldId: 'webex.tenantUrl', value: 'a35bfbc6-ccbd-4a17-a488-72gf46c5420c' });
    expect(refused).toMatchObject({ ok: false, code: 'org-id-bad-character', params: { position: 27 } });
    const settings = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as { profiles: Record<string, { integrationId: string }> };
    expect(settings.profiles.default?.integrationId).toBe('webex-entra');
    expect(await invoke('profile.saveField', { profileId: 'default', fieldId: 'webex.tenantUrl' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST' },
    });
  });

  it('reaches the real keychain', async () => {
    expect(await data('diagnostics.probeKeychain', {})).toMatchObject({ ok: true });
  });

  it('captures a token over the loopback into the keychain, copies it through the main clipboard, and writes it nowhere else', async () => {
    const started = await data('signIn.start', { profileId: 'default', actionId: 'capture-token', opener: 'system-browser' });
    expect(started.openedBy).toBe('main');
    expect(electronDouble.shell.openedExternal).toEqual([started.authorizeUrl]);
    const state = new URL(started.authorizeUrl as string).searchParams.get('state');
    const token = `bundle-token-${Date.now()}-${'t'.repeat(24)}`;
    const waiting = data('signIn.await', { captureId: started.captureId });
    expect(await postFragment(loopbackPort, `access_token=${token}&token_type=Bearer&expires_in=7200&state=${state}`)).toBe(200);
    const captured = await waiting;
    expect(Date.parse(captured.expiresAt as string) - Date.now()).toBeGreaterThan(7100_000);
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, keychainAccountIn(dataDir, 'default', 'webex-bearer-token'))).toBe(token);

    expect(await data('secrets.copyToClipboard', { profileId: 'default', secretId: 'webex-bearer-token' })).toMatchObject({
      placedBy: 'main',
      clearAfterMs: 60_000,
    });
    expect(electronDouble.clipboard.text).toBe(token);

    expect(filesContaining(dataDir, token)).toEqual([]);
    expect(logged.filter((line) => line.includes(token))).toEqual([]);
  });
});
