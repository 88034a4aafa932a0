import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadElectronBinary, summarizeError } from '../../../scripts/start/electron-download.mjs';

/** Stand-ins for node_modules/electron/install.js: no test here reaches the network. */
let dir: string;
const script = (name: string, source: string) => {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'scim-wizard-electron-download-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('downloadElectronBinary', () => {
  it('reports success when the install script exits 0', async () => {
    const installScript = script('ok.cjs', 'process.exit(0);');
    await expect(downloadElectronBinary({ installScript, timeoutMs: 10_000 })).resolves.toEqual({ ok: true });
  });

  it("reduces install.js's stack trace to its message", async () => {
    // What install.js prints on this machine: console.error(err.stack) of undici's fetch, then exit 1.
    const installScript = script(
      'offline.cjs',
      `console.error('TypeError: fetch failed\\n    at node:internal/deps/undici/undici:14976:13\\n    at async FetchDownloader.download (file:///x/FetchDownloader.js:46:30)'); process.exit(1);`,
    );
    await expect(downloadElectronBinary({ installScript, timeoutMs: 10_000 })).resolves.toEqual({ ok: false, timedOut: false, detail: 'fetch failed' });
  });

  it('names the exit code when the script printed nothing', async () => {
    const installScript = script('silent.cjs', 'process.exit(3);');
    await expect(downloadElectronBinary({ installScript, timeoutMs: 10_000 })).resolves.toEqual({ ok: false, timedOut: false, detail: 'exit code 3' });
  });

  it('stops a download that hangs once its time is up', async () => {
    const installScript = script('hang.cjs', 'setInterval(() => {}, 1000);');
    const started = Date.now();
    await expect(downloadElectronBinary({ installScript, timeoutMs: 400 })).resolves.toEqual({ ok: false, timedOut: true, seconds: 0 });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops when the launcher is told to stop', async () => {
    const installScript = script('hang-too.cjs', 'setInterval(() => {}, 1000);');
    const abort = new AbortController();
    const outcome = downloadElectronBinary({ installScript, timeoutMs: 60_000, abortSignal: abort.signal });
    setTimeout(() => abort.abort(), 100);
    await expect(outcome).resolves.toMatchObject({ ok: false, timedOut: false });
  });
});

describe('summarizeError', () => {
  it('takes the message of the first error line', () => {
    expect(
      summarizeError('HTTPError: Response code 404 (Not Found) for https://github.com/electron/electron/releases/download/v45.4.1/x.zip\n    at f (a.js:1:1)'),
    ).toBe('Response code 404 (Not Found) for https://github.com/electron/electron/releases/download/v45.4.1/x.zip');
    expect(summarizeError("Error: EACCES: permission denied, mkdir '/home/admin/.cache/electron'")).toBe(
      "EACCES: permission denied, mkdir '/home/admin/.cache/electron'",
    );
    expect(summarizeError('Error [ERR_SOCKET_TIMEOUT]: Socket timed out')).toBe('Socket timed out');
  });

  it('falls back to the first line that is not a stack frame', () => {
    expect(summarizeError('\nsomething odd happened\n    at x (y.js:1:1)\n')).toBe('something odd happened');
    expect(summarizeError('')).toBe('');
  });
});
