/**
 * Can the desktop window open here? Pure decisions over facts the entry
 * (scripts/start.mjs) gathers: the platform, the environment, where the
 * Electron binary is, how a download or a first Electron run ended.
 *
 * @import { DesktopPlan, FallbackReason, HasDisplay, PlanAfterDownload, PlanDesktop, ReasonForElectronExit, Shorten, SummarizeError } from './launcher-types.js'
 */

/** The platforms node_modules/electron/install.js has a binary name for (getPlatformPath). */
const ELECTRON_PLATFORMS = new Set(['darwin', 'win32', 'linux', 'freebsd', 'openbsd']);

/** A non-zero exit this soon after spawn means Electron itself could not start (no window was ever usable). */
export const EARLY_EXIT_MS = 10_000;

/**
 * electron/app/main.ts logs this before its own start-up error dialog (bad endpoints file, ...):
 * the app ran and refused, so browser mode would only refuse the same way.
 */
const APP_REFUSED_MARKER = '[scim-wizard] cannot start';

/** Keeps the reason to one readable line. */
const MAX_DETAIL_LENGTH = 160;

/**
 * macOS and Windows always have a desktop session for a logged-in user; elsewhere
 * (X11 or Wayland) a window needs DISPLAY or WAYLAND_DISPLAY.
 * @type {HasDisplay}
 */
export const hasDisplay = (platform, env) => platform === 'darwin' || platform === 'win32' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);

/**
 * The display comes first: with no display, downloading the binary would be wasted.
 * @type {PlanDesktop}
 */
export const planDesktop = ({ platform, env, install }) => {
  if (!ELECTRON_PLATFORMS.has(platform)) return browser({ code: 'unsupported-platform', platform });
  if (!hasDisplay(platform, env)) return browser({ code: 'no-display' });
  if (install.state === 'no-package') return browser({ code: 'electron-not-installed' });
  if (install.state === 'present') return { action: 'desktop', binary: install.binary };
  if (install.downloadable) return { action: 'download' };
  return browser({ code: 'binary-missing', path: install.expected });
};

/** @type {PlanAfterDownload} */
export const planAfterDownload = (outcome, install) => {
  if (!outcome.ok) {
    return outcome.timedOut ? browser({ code: 'download-timed-out', seconds: outcome.seconds }) : browser({ code: 'download-failed', detail: outcome.detail });
  }
  if (install.state === 'present') return { action: 'desktop', binary: install.binary };
  return browser(install.state === 'missing' ? { code: 'binary-missing', path: install.expected } : { code: 'electron-not-installed' });
};

/**
 * Null when the run counts as the desktop app's own (the launcher passes its exit
 * code on): a clean exit, a late one, one the user asked for, or the app refusing
 * to start with its own dialog. Otherwise why Electron could not start.
 * @type {ReasonForElectronExit}
 */
export const reasonForElectronExit = ({ exitCode, signal, elapsedMs, stderrTail, stoppedBySignal }) => {
  if (stoppedBySignal || elapsedMs > EARLY_EXIT_MS) return null;
  if (exitCode === 0 && signal === null) return null;
  if (stderrTail.includes(APP_REFUSED_MARKER)) return null;
  return { code: 'exited-at-once', exitCode, signal, detail: summarizeElectronStderr(stderrTail) };
};

/** Chromium's log prefix: `[pid:MMDD/HHMMSS.micro:LEVEL:file.cc(line)] `. */
const CHROMIUM_LOG_LINE = /^\[\d+:\d+\/\d+\.\d+:([A-Z]+):[^\]]*\]\s*/;

/**
 * The line that says why: a FATAL line (e.g. "Running as root without --no-sandbox
 * is not supported"), else a plain line (e.g. the loader's "error while loading shared
 * libraries"), else the last ERROR line; Chromium's prefix removed.
 * @type {SummarizeError}
 */
export const summarizeElectronStderr = (stderr) => {
  const lines = stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const level = (/** @type {string} */ line) => CHROMIUM_LOG_LINE.exec(line)?.[1] ?? null;
  const picked =
    lines.find((line) => level(line) === 'FATAL') ?? lines.find((line) => level(line) === null) ?? lines.filter((line) => level(line) === 'ERROR').at(-1) ?? '';
  return shorten(picked.replace(CHROMIUM_LOG_LINE, ''));
};

/**
 * One line of at most MAX_DETAIL_LENGTH characters.
 * @type {Shorten}
 */
export const shorten = (text) => {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_DETAIL_LENGTH ? `${oneLine.slice(0, MAX_DETAIL_LENGTH - 1)}…` : oneLine;
};

/**
 * @param {FallbackReason} reason
 * @returns {DesktopPlan}
 */
function browser(reason) {
  return { action: 'browser', reason };
}
