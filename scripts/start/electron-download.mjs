import { spawn } from 'node:child_process';
import { shorten } from './desktop-availability.mjs';

/**
 * The electron package's own download (node_modules/electron/install.js, what
 * `require('electron')` runs when the binary is missing), bounded in time and
 * with its stack trace reduced to one short reason.
 *
 * @import { DownloadElectronBinary, SummarizeError } from './launcher-types.js'
 */

/** Keeps only the end of what the script wrote: the error is the last thing it prints. */
const MAX_KEPT_OUTPUT = 16 * 1024;

/** @type {DownloadElectronBinary} */
export const downloadElectronBinary = ({ installScript, timeoutMs, env = process.env, abortSignal }) =>
  new Promise((resolve) => {
    // stdout is not needed; stderr is kept for the reason (its progress bar only draws on a terminal).
    const child = spawn(process.execPath, [installScript], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
      windowsHide: true,
      ...(abortSignal ? { signal: abortSignal } : {}),
    });
    let stderr = '';
    let timedOut = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (/** @type {string} */ chunk) => {
      stderr = (stderr + chunk).slice(-MAX_KEPT_OUTPUT);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, timedOut: false, detail: errorCode(error) });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) resolve({ ok: false, timedOut: true, seconds: Math.round(timeoutMs / 1000) });
      else if (code === 0) resolve({ ok: true });
      else resolve({ ok: false, timedOut: false, detail: summarizeError(stderr) || (code !== null ? `exit code ${code}` : `signal ${signal}`) });
    });
  });

/**
 * "TypeError: fetch failed\n    at ..." → "fetch failed": the message of the first
 * error line, else the first line that is not a stack frame.
 * @type {SummarizeError}
 */
export const summarizeError = (stderr) => {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at '));
  for (const line of lines) {
    const message = /^(?:[A-Za-z]+\.)*[A-Za-z]*Error(?: \[[^\]]*\])?: (.+)$/.exec(line)?.[1];
    if (message) return shorten(message);
  }
  return shorten(lines[0] ?? '');
};

/**
 * @param {Error & { code?: unknown }} error
 * @returns {string}
 */
function errorCode(error) {
  return typeof error.code === 'string' ? error.code : shorten(error.message);
}
