import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

/**
 * Runs the real `npm start` launcher (scripts/start.mjs, what `npm start` runs
 * after `npm run build`) against the built dist/ (npm test builds before the
 * unit stage). No test here downloads Electron or opens a real browser: the
 * display is absent, or Electron and xdg-open are shell-script stand-ins.
 */

const ROOT = resolve('.');
const START = join(ROOT, 'scripts', 'start.mjs');
const HOST_ENTRY = join(ROOT, 'dist', 'node', 'browser-host.mjs');
const ADDRESS = /SCIM Setup Wizard \(browser mode\) at (http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]+))\n/;
const WAIT_MS = 30_000;

interface Launched {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

let work: string;
let dataDir: string;
let launched: Launched[] = [];

/** The environment of a user with no display and an English locale, without this run's app or Electron settings. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8' };
  for (const name of ['DISPLAY', 'WAYLAND_DISPLAY', 'LC_ALL', 'LC_MESSAGES', 'ELECTRON_OVERRIDE_DIST_PATH', 'ELECTRON_RUN_AS_NODE']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('SCIM_WIZARD_')) delete env[name];
  return env;
}

function launch(args: string[], env: NodeJS.ProcessEnv): Launched {
  const child = spawn(process.execPath, [START, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once('close', (code, signal) => done({ code, signal })));
  const run = { child, stdout: () => out, stderr: () => err, exited };
  launched.push(run);
  return run;
}

async function until<T>(what: string, run: Launched, probe: () => T | null | undefined | false): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (run.child.exitCode !== null || run.child.signalCode !== null || Date.now() > deadline) {
      throw new Error(`gave up waiting for ${what}\n--- stdout\n${run.stdout()}\n--- stderr\n${run.stderr()}`);
    }
    await new Promise((next) => setTimeout(next, 50));
  }
}

async function exitsWithin(run: Launched, ms: number) {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`launcher did not exit within ${ms} ms\n${run.stderr()}`)), ms));
  return Promise.race([run.exited, timeout]);
}

interface Reply {
  status: number;
  contentType: string;
  body: string;
}

function send(port: number, options: { method?: string; path: string; headers?: OutgoingHttpHeaders; body?: string }): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type']), body: Buffer.concat(chunks).toString('utf8') }),
      );
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end(options.body);
  });
}

/** The wizard page and one API call with the printed token, as the page makes it. */
async function expectWorkingWizard(port: number, token: string) {
  const page = await send(port, { path: '/' });
  expect(page.status).toBe(200);
  expect(page.contentType).toMatch(/^text\/html/);
  expect(page.body).toMatch(/<!doctype html>/i);

  const origin = `http://127.0.0.1:${port}`;
  const headers = { Host: `127.0.0.1:${port}`, Origin: origin, 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
  const info = await send(port, { method: 'POST', path: '/api/app.getInfo', headers, body: '{}' });
  expect(info.status).toBe(200);
  const envelope = JSON.parse(info.body) as { ok: boolean; data: { host: string; dataDir: string } };
  expect(envelope).toMatchObject({ ok: true, data: { host: 'browser', dataDir } });

  const { Authorization: _, ...withoutToken } = headers;
  expect((await send(port, { method: 'POST', path: '/api/app.getInfo', headers: withoutToken, body: '{}' })).status).toBe(401);
}

async function expectPortClosed(port: number) {
  await expect(send(port, { path: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
}

/** The launcher's own sentences (stderr lines that are neither Electron's nor the host's). */
function reasonLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.startsWith('The desktop window cannot open'));
}

/** A shell-script stand-in, executable. */
function writeScript(path: string, body: string) {
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

/** Processes whose command line holds this test's folder: what a crashed launcher could leave behind. */
function leftoverPids(marker: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(marker)) pids.push(Number(entry));
    } catch {
      // Gone already.
    }
  }
  return pids;
}

describe.skipIf(process.platform !== 'linux')('npm start launcher (Linux only: it relies on the Linux display rule and /bin/sh stand-ins)', () => {
  beforeAll(() => {
    expect(existsSync(HOST_ENTRY), `${HOST_ENTRY} is missing: run npm run build first (npm test does)`).toBe(true);
  });

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'scim-wizard-start-'));
    dataDir = join(work, 'data');
    mkdirSync(dataDir);
  });

  afterEach(async () => {
    for (const run of launched) {
      if (run.child.exitCode !== null || run.child.signalCode !== null) continue;
      run.child.kill('SIGTERM');
      await Promise.race([run.exited, new Promise((next) => setTimeout(next, 5_000))]);
      run.child.kill('SIGKILL');
    }
    launched = [];
    for (const pid of leftoverPids(work)) process.kill(pid, 'SIGKILL');
    rmSync(work, { recursive: true, force: true });
  });

  it('with no display: one sentence why, then the browser-mode wizard, and SIGTERM stops it', async () => {
    const run = launch(['--data-dir', dataDir, '--port', '0'], baseEnv());
    const [, , port, token] = await until('the browser-mode address', run, () => ADDRESS.exec(run.stdout()));

    expect(reasonLines(run.stderr())).toEqual([
      'The desktop window cannot open because there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so the wizard starts in browser mode instead.',
    ]);
    expect(run.stderr()).not.toMatch(/^\s+at /m);
    await until('the data folder line', run, () => run.stdout().includes(`Data folder: ${dataDir}\n`));
    await until('the no-display hint', run, () => run.stderr().includes(`ssh -L ${port}:127.0.0.1:${port}`));
    await expectWorkingWizard(Number(port), token!);

    run.child.kill('SIGTERM');
    expect(await exitsWithin(run, 10_000)).toEqual({ code: 0, signal: null });
    await expectPortClosed(Number(port));
  });

  it('when Electron stops at once: its reason, then browser mode opened in the default browser, and Ctrl+C stops it', async () => {
    const electronDir = join(work, 'electron');
    const binDir = join(work, 'bin');
    mkdirSync(electronDir);
    mkdirSync(binDir);
    writeScript(
      join(electronDir, 'electron'),
      [
        `echo '[4242:0101/000000.000000:ERROR:bus.cc(407)] Failed to connect to the bus' >&2`,
        `echo '[4242:0101/000000.000000:FATAL:electron_main_delegate.cc(294)] Running as root without --no-sandbox is not supported.' >&2`,
        'exit 1',
      ].join('\n'),
    );
    // Records the address without its fragment (the token stays out of the file) and whether a token came with it.
    writeScript(
      join(binDir, 'xdg-open'),
      `url="$1"; case "$url" in *'#token='*) t=with-token;; *) t=no-token;; esac; echo "\${url%%#*} $t" > '${work}/opened'`,
    );
    const env = { ...baseEnv(), DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: electronDir, PATH: `${binDir}:${process.env.PATH ?? ''}` };

    const run = launch(['--data-dir', dataDir, '--port', '0', '--enable-logging'], env);
    const [, , port, token] = await until('the browser-mode address', run, () => ADDRESS.exec(run.stdout()));

    expect(reasonLines(run.stderr())).toEqual([
      'The desktop window cannot open because Electron exited at once (exit code 1: Running as root without --no-sandbox is not supported.), so the wizard starts in browser mode instead.',
    ]);
    expect(run.stderr()).toContain('Browser mode ignores these desktop-only arguments: --enable-logging.');
    const opened = await until('the browser to be opened', run, () => existsSync(join(work, 'opened')) && readFileSync(join(work, 'opened'), 'utf8'));
    expect(opened).toBe(`http://127.0.0.1:${port}/ with-token\n`);
    await expectWorkingWizard(Number(port), token!);

    run.child.kill('SIGINT');
    expect(await exitsWithin(run, 10_000)).toEqual({ code: 0, signal: null });
    await expectPortClosed(Number(port));
  });

  it('where Electron starts, runs `electron .` as before: same arguments and folder, signals passed on, no browser mode', async () => {
    const electronDir = join(work, 'electron');
    mkdirSync(electronDir);
    writeScript(
      join(electronDir, 'electron'),
      [
        `trap 'echo stopped > "${work}/stopped"; exit 0' TERM`,
        `pwd > '${work}/cwd'`,
        `printf '%s\\n' "$@" > '${work}/args'`,
        'while :; do sleep 0.1; done',
      ].join('\n'),
    );
    const env = { ...baseEnv(), DISPLAY: ':99', ELECTRON_OVERRIDE_DIST_PATH: electronDir };

    const run = launch(['--data-dir', dataDir, '--no-sandbox'], env);
    await until('Electron to start', run, () => existsSync(join(work, 'args')) && readFileSync(join(work, 'args'), 'utf8').endsWith('\n'));
    expect(readFileSync(join(work, 'args'), 'utf8')).toBe(`.\n--data-dir\n${dataDir}\n--no-sandbox\n`);
    expect(readFileSync(join(work, 'cwd'), 'utf8').trim()).toBe(ROOT);

    run.child.kill('SIGTERM');
    expect(await exitsWithin(run, 10_000)).toEqual({ code: 0, signal: null });
    expect(existsSync(join(work, 'stopped'))).toBe(true);
    expect(run.stderr()).not.toContain('cannot open');
    expect(run.stdout()).toBe('');
  });
});
