/**
 * The pieces of the browser-mode fallback that need no process: which arguments
 * go to dist/node/browser-host.mjs, the address it prints, and the command that
 * opens that address in the default browser.
 *
 * @import { BrowserHostArgsOf, FindBrowserAddress, OpenBrowserCommand } from './launcher-types.js'
 */

/** The options electron/browser-mode/cli-options.ts understands, each with a value. */
const BROWSER_MODE_FLAGS = ['--port', '--data-dir', '--endpoints', '--locale'];
/** Its switches, which take no value (the next argument is not theirs). */
const BROWSER_MODE_SWITCHES = ['--presenting'];

/**
 * The line electron/browser-mode/main.ts prints once it listens. Only our own
 * loopback address with its token is ever opened.
 */
const ADDRESS_LINE = /\(browser mode\) at (http:\/\/127\.0\.0\.1:\d{1,5}\/#token=[A-Za-z0-9_-]+)\s*$/m;
const OUR_ADDRESS = /^http:\/\/127\.0\.0\.1:\d{1,5}\/#token=[A-Za-z0-9_-]+$/;

/**
 * Keeps browser mode's options with their values and sets the rest aside:
 * `npm start -- --no-sandbox` is a Chromium switch that browser mode's strict
 * parser would refuse. A flag without its value is kept, so browser mode names it.
 * @type {BrowserHostArgsOf}
 */
export const browserHostArgs = (appArgs) => {
  /** @type {string[]} */
  const args = [];
  /** @type {string[]} */
  const ignored = [];
  for (let i = 0; i < appArgs.length; i += 1) {
    const arg = appArgs[i] ?? '';
    const name = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    if (BROWSER_MODE_SWITCHES.includes(name)) {
      args.push(arg);
      continue;
    }
    if (!BROWSER_MODE_FLAGS.includes(name)) {
      ignored.push(arg);
      continue;
    }
    args.push(arg);
    const next = appArgs[i + 1];
    if (name === arg && next !== undefined && !next.startsWith('--')) {
      args.push(next);
      i += 1;
    }
  }
  return { args, ignored };
};

/** @type {FindBrowserAddress} */
export const findBrowserAddress = (stdout) => ADDRESS_LINE.exec(stdout)?.[1] ?? null;

/**
 * xdg-open (freedesktop), open (macOS), `start` (Windows, a cmd.exe built-in whose
 * first quoted argument is the window title; /s strips the outer quotes, as Node's shell mode does). Null for anything but our own address,
 * which holds only characters no shell treats specially.
 * @type {OpenBrowserCommand}
 */
export const openBrowserCommand = (platform, url) => {
  if (!OUR_ADDRESS.test(url)) return null;
  if (platform === 'darwin') return { command: 'open', args: [url], windowsVerbatimArguments: false };
  if (platform === 'win32') return { command: 'cmd.exe', args: ['/d', '/s', '/c', `"start "" "${url}""`], windowsVerbatimArguments: true };
  return { command: 'xdg-open', args: [url], windowsVerbatimArguments: false };
};
