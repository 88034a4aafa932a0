import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Locale } from '../../shared/settings/locales';
import { parseBrowserModeArgs, SWITCH_FLAGS } from '../browser-mode/cli-options';

/** Where the Electron app keeps its data, which test endpoints it uses, and how it starts. */
export interface AppArgs {
  dataDir?: string;
  endpointsFile?: string;
  /** Start in presenting mode (only present when asked for). */
  presenting?: true;
  /** The UI language fixed for this launch (only present when asked for). */
  locale?: Locale;
}

const OWN_VALUE_FLAGS = ['--data-dir', '--endpoints', '--locale'];
const OWN_SWITCHES: readonly string[] = SWITCH_FLAGS;

/**
 * Electron's argv also holds the app path and Chromium/Playwright switches
 * (`.`, `--no-sandbox`, `--remote-debugging-port=0`), which browser mode's
 * strict parser would refuse: keep only our flags and their values.
 */
function ownFlags(argv: readonly string[]): string[] {
  const picked: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const name = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
    // A switch takes no value: the next argument is not its (`--presenting=1` is left for the parser to refuse).
    if (OWN_SWITCHES.includes(name)) {
      picked.push(arg);
      continue;
    }
    if (!OWN_VALUE_FLAGS.includes(name)) continue;
    picked.push(arg);
    const next = argv[i + 1];
    // A missing value is left missing, so the parser reports it.
    if (name === arg && next !== undefined && !next.startsWith('--')) {
      picked.push(next);
      i += 1;
    }
  }
  return picked;
}

/**
 * `--data-dir DIR`, `--endpoints FILE`, `--locale en|ko` (or `--flag=value`) and `--presenting`,
 * else SCIM_WIZARD_DATA_DIR / SCIM_WIZARD_ENDPOINTS / SCIM_WIZARD_LOCALE / SCIM_WIZARD_PRESENTING,
 * with browser mode's rules (one parser for both hosts). Paths come back absolute.
 */
export function parseAppArgs(argv: readonly string[], env: Record<string, string | undefined>): AppArgs {
  // The port means nothing to the desktop app; a stray SCIM_WIZARD_PORT must not stop it.
  const parsed = parseBrowserModeArgs(ownFlags(argv), { ...env, SCIM_WIZARD_PORT: undefined });
  if ('error' in parsed) throw new AppError('INVALID_REQUEST', parsed.error);
  return {
    ...(parsed.dataDir !== undefined ? { dataDir: resolve(parsed.dataDir) } : {}),
    ...(parsed.endpointsFile !== undefined ? { endpointsFile: resolve(parsed.endpointsFile) } : {}),
    ...(parsed.presenting ? { presenting: true as const } : {}),
    ...(parsed.locale !== undefined ? { locale: parsed.locale } : {}),
  };
}
