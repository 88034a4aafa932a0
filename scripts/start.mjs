#!/usr/bin/env node
// `npm start` (after `npm run build`): opens the desktop app as `electron .` did, with the same
// arguments. Where the desktop window cannot open (no Electron binary and no download, no display,
// Electron stops at once), it says why in one sentence and serves the same wizard in browser
// mode instead, opening the default browser where there is a display.
//
//   node scripts/start.mjs [--data-dir DIR] [--endpoints FILE] [--port N] [...]   (uses the last build in dist/)
//
// The decisions live in scripts/start/ (plain functions, unit-tested); this file runs them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserHostArgs, findBrowserAddress, openBrowserCommand } from './start/browser-fallback.mjs';
import { EARLY_EXIT_MS, hasDisplay, planAfterDownload, planDesktop, reasonForElectronExit } from './start/desktop-availability.mjs';
import { downloadElectronBinary } from './start/electron-download.mjs';
import { findElectronPackage, locateElectronBinary } from './start/electron-install.mjs';
import { launcherMessage, pickLanguage, reasonSentence } from './start/launcher-messages.mjs';
import { createSignalRelay, exitCodeOf } from './start/signal-relay.mjs';

/** @import { ChildProcess } from 'node:child_process' */
/** @import { FallbackReason } from './start/launcher-types.js' */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOST_ENTRY = join(ROOT, 'dist', 'node', 'browser-host.mjs');
/** Long enough for the ~100 MB zip on a slow line; undici itself gives up on a stalled one after 5 minutes. */
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
/** Enough of Electron's start-up stderr to find the line that says why it stopped. */
const MAX_STDERR_TAIL = 16 * 1024;

const { platform, env } = process;
const language = pickLanguage(env, Intl.DateTimeFormat().resolvedOptions().locale);
// The launcher's own lines go to stderr: stdout carries only what browser mode prints (its address), as before.
const say = (/** @type {string} */ text) => console.error(text);
const relay = createSignalRelay({ onIdleSignal: (signal) => process.exit(exitCodeOf(null, signal, constants.signals)) });

async function main() {
  const appArgs = process.argv.slice(2);
  /** @type {FallbackReason} */
  let reason;
  const plan = await desktopPlan();
  if (plan.action === 'desktop') {
    const desktop = await runElectron(plan.binary, appArgs);
    if (desktop.reason === null) return desktop.exitCode;
    reason = desktop.reason;
  } else if (plan.action === 'browser') {
    reason = plan.reason;
  } else {
    throw new Error(`unexpected plan ${plan.action}`);
  }
  say(reasonSentence(reason, language));
  return runBrowserMode(appArgs);
}

/** Where Electron stands, downloading it once (bounded) where its package would. */
async function desktopPlan() {
  const packageDir = findElectronPackage(ROOT);
  const plan = planDesktop({ platform, env, install: locateElectronBinary(packageDir, env) });
  if (plan.action !== 'download' || packageDir === null) return plan;
  say(launcherMessage(language, 'downloading', { minutes: DOWNLOAD_TIMEOUT_MS / 60_000 }));
  const abort = new AbortController();
  /** @type {NodeJS.Signals | null} */
  let stoppedBy = null;
  relay.attach((signal) => {
    stoppedBy = signal;
    abort.abort();
  });
  const outcome = await downloadElectronBinary({ installScript: join(packageDir, 'install.js'), timeoutMs: DOWNLOAD_TIMEOUT_MS, abortSignal: abort.signal });
  relay.detach();
  if (stoppedBy !== null) process.exit(exitCodeOf(null, stoppedBy, constants.signals));
  return planAfterDownload(outcome, locateElectronBinary(packageDir, env));
}

/**
 * `electron .` as before (stdin and stdout shared, signals passed on as electron's cli.js
 * does); stderr passes through the launcher so an early exit can say why.
 * @param {string} binary
 * @param {string[]} appArgs
 * @returns {Promise<{ exitCode: number, reason: FallbackReason | null }>}
 */
async function runElectron(binary, appArgs) {
  const started = Date.now();
  const child = spawn(binary, ['.', ...appArgs], { cwd: ROOT, stdio: ['inherit', 'inherit', 'pipe'], windowsHide: false });
  relay.attach((signal) => child.kill(signal));
  let stderrTail = '';
  child.stderr?.on('data', (/** @type {Buffer} */ chunk) => {
    process.stderr.write(chunk);
    if (Date.now() - started <= EARLY_EXIT_MS) stderrTail = (stderrTail + chunk.toString('utf8')).slice(-MAX_STDERR_TAIL);
  });
  let exitedAt = started;
  child.once('exit', () => (exitedAt = Date.now()));
  /** @type {{ spawnError: NodeJS.ErrnoException } | { code: number | null, signal: NodeJS.Signals | null }} */
  const ended = await new Promise((resolve) => {
    child.once('error', (spawnError) => resolve({ spawnError }));
    child.once('close', (code, signal) => resolve({ code, signal }));
  });
  relay.detach();
  // ENOENT, EACCES (a binary on a noexec mount), ...
  if ('spawnError' in ended) return { exitCode: 1, reason: { code: 'spawn-failed', detail: ended.spawnError.code ?? ended.spawnError.message } };
  const { code, signal } = ended;
  const reason = reasonForElectronExit({ exitCode: code, signal, elapsedMs: exitedAt - started, stderrTail, stoppedBySignal: relay.received });
  return { exitCode: exitCodeOf(code, signal, constants.signals), reason };
}

/**
 * dist/node/browser-host.mjs with browser mode's own options; its output passes through,
 * and the address it prints is opened in the default browser where there is a display.
 * @param {string[]} appArgs
 * @returns {Promise<number>}
 */
async function runBrowserMode(appArgs) {
  if (!existsSync(HOST_ENTRY)) {
    say(launcherMessage(language, 'not-built', { file: relative(ROOT, HOST_ENTRY) }));
    return 1;
  }
  const { args, ignored } = browserHostArgs(appArgs);
  if (ignored.length > 0) say(launcherMessage(language, 'ignored-args', { args: ignored.join(' ') }));
  // Its own process group on POSIX, so one Ctrl+C reaches it once, through the relay:
  // to the host a second SIGINT means "stop now, do not wait for open calls".
  const child = spawn(process.execPath, [HOST_ENTRY, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], detached: platform !== 'win32' });
  const stopHost = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  // Outside the terminal's process group it would outlive a launcher that crashed.
  process.on('exit', stopHost);

  let printed = '';
  let offered = false;
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (/** @type {string} */ chunk) => {
    process.stdout.write(chunk);
    if (offered) return;
    printed = (printed + chunk).slice(-4096);
    const url = findBrowserAddress(printed);
    if (url) {
      offered = true;
      offerBrowser(url);
    }
  });
  const exitCode = await runToEnd(child, (signal) => {
    // Windows gives Ctrl+C to every console process itself, and kill() there would end the host without closing it.
    if (platform !== 'win32' || signal !== 'SIGINT') child.kill(signal);
  });
  process.off('exit', stopHost);
  return exitCode;
}

/**
 * Opens the address where there is a display; never fails the launch, only says what to open instead.
 * @param {string} url
 */
function offerBrowser(url) {
  if (!hasDisplay(platform, env)) {
    say(launcherMessage(language, 'no-display-for-browser', { port: new URL(url).port }));
    return;
  }
  const open = openBrowserCommand(platform, url);
  if (!open) return;
  const failed = (/** @type {string} */ detail) => say(launcherMessage(language, 'browser-open-failed', { detail }));
  // Detached: a browser started by xdg-open must not share the launcher's Ctrl+C.
  const opener = spawn(open.command, open.args, {
    stdio: 'ignore',
    detached: true,
    windowsHide: true,
    windowsVerbatimArguments: open.windowsVerbatimArguments,
  });
  opener.on('error', (/** @type {NodeJS.ErrnoException} */ error) => failed(error.code ?? error.message));
  opener.on('exit', (code) => {
    if (code !== null && code !== 0) failed(`${open.command}: exit code ${code}`);
  });
  opener.unref();
}

/**
 * Waits for a child, passing stop signals on; resolves with the code a shell would report.
 * @param {ChildProcess} child
 * @param {(signal: NodeJS.Signals) => void} deliver
 * @returns {Promise<number>}
 */
function runToEnd(child, deliver) {
  relay.attach(deliver);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      relay.detach();
      resolve(exitCodeOf(code, signal, constants.signals));
    });
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (/** @type {unknown} */ error) => {
    say(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
