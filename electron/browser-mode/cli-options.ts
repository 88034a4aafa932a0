import { LOCALES, isLocale, type Locale } from '../../shared/settings/locales';

/**
 * Command-line and environment options of `scim-setup-wizard` browser mode.
 * Flags win over environment variables; empty variables count as unset.
 * Pure: paths come back as given, the caller resolves them.
 */

export interface BrowserModeOptions {
  /** 0 = any free port (the default). */
  port: number;
  dataDir?: string;
  endpointsFile?: string;
  /** Present (true) only when asked for: start in presenting mode (a customer watches the screen). */
  presenting?: true;
  /** Present only when asked for: the UI language, fixed for this launch. */
  locale?: Locale;
  help: boolean;
}

export const BROWSER_MODE_USAGE = `Usage: browser-host [options]

Serves SCIM Setup Wizard to a browser on 127.0.0.1, for machines where the
desktop app cannot start. Open the address it prints (it holds a per-launch key).

Options:
  --port N           Port on 127.0.0.1 (0-65535; default 0 = any free port)   [SCIM_WIZARD_PORT]
  --data-dir DIR     Folder for settings (default: the desktop app's folder)  [SCIM_WIZARD_DATA_DIR]
  --endpoints FILE   Test endpoints file replacing the production URLs        [SCIM_WIZARD_ENDPOINTS]
  --presenting       Start in presenting mode: secrets stay masked            [SCIM_WIZARD_PRESENTING=1]
  --locale en|ko     Fix the language for this launch (the menu is locked)     [SCIM_WIZARD_LOCALE]
  --help             Show this help
`;

type Env = Record<string, string | undefined>;

const VALUE_FLAGS = { '--port': 'port', '--data-dir': 'dataDir', '--endpoints': 'endpointsFile', '--locale': 'locale' } as const;
/** Flags that take no value. */
export const SWITCH_FLAGS = ['--presenting'] as const;
type ValueFlag = keyof typeof VALUE_FLAGS;

function isValueFlag(name: string): name is ValueFlag {
  return Object.prototype.hasOwnProperty.call(VALUE_FLAGS, name);
}

function parsePort(text: string, source: string): number | { error: string } {
  const trimmed = text.trim();
  // Digits only: Number() would also accept "0x50", "1e3" and " ".
  if (!/^\d{1,5}$/.test(trimmed) || Number(trimmed) > 65535)
    return { error: `${source} must be a whole number from 0 to 65535 (got ${JSON.stringify(text)}).` };
  return Number(trimmed);
}

function parseLocale(text: string, source: string): Locale | { error: string } {
  const value = text.trim().toLowerCase();
  return isLocale(value) ? value : { error: `${source} must be ${LOCALES.join(' or ')} (got ${JSON.stringify(text)}).` };
}

/** `1`/`true` on, `0`/`false` off: anything else is a typo worth stopping for, not a silent "off". */
function parseSwitchEnv(text: string, source: string): boolean | { error: string } {
  const value = text.trim().toLowerCase();
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return { error: `${source} must be 1 or 0 (got ${JSON.stringify(text)}).` };
}

export function parseBrowserModeArgs(argv: readonly string[], env: Env): BrowserModeOptions | { error: string } {
  const given: Partial<Record<(typeof VALUE_FLAGS)[ValueFlag], string>> = {};
  let help = false;
  let presentingFlag = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--presenting') {
      if (name !== arg) return { error: '--presenting takes no value.' };
      presentingFlag = true;
      continue;
    }
    if (!isValueFlag(name)) return { error: `Unknown option ${JSON.stringify(arg)}. Run with --help for the list.` };
    let value: string | undefined;
    if (name !== arg) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      // "--data-dir --port 3" is a forgotten value, not a folder called "--port".
      if (value === undefined || value.startsWith('--')) return { error: `${name} needs a value.` };
      i++;
    }
    if (value === '') return { error: `${name} needs a value.` };
    given[VALUE_FLAGS[name]] = value;
  }

  const fromEnv = (key: string) => (env[key] === '' ? undefined : env[key]);
  const portText = given.port ?? fromEnv('SCIM_WIZARD_PORT');
  const portSource = given.port !== undefined ? '--port' : 'SCIM_WIZARD_PORT';
  const port = portText === undefined ? 0 : parsePort(portText, portSource);
  if (typeof port !== 'number') return port;

  const presentingEnv = fromEnv('SCIM_WIZARD_PRESENTING');
  const presenting = presentingFlag || (presentingEnv === undefined ? false : parseSwitchEnv(presentingEnv, 'SCIM_WIZARD_PRESENTING'));
  if (typeof presenting !== 'boolean') return presenting;

  const localeText = given.locale ?? fromEnv('SCIM_WIZARD_LOCALE');
  const locale = localeText === undefined ? undefined : parseLocale(localeText, given.locale !== undefined ? '--locale' : 'SCIM_WIZARD_LOCALE');
  if (typeof locale === 'object') return locale;

  const dataDir = given.dataDir ?? fromEnv('SCIM_WIZARD_DATA_DIR');
  const endpointsFile = given.endpointsFile ?? fromEnv('SCIM_WIZARD_ENDPOINTS');
  return {
    port,
    help,
    ...(dataDir !== undefined ? { dataDir } : {}),
    ...(endpointsFile !== undefined ? { endpointsFile } : {}),
    ...(presenting ? { presenting: true as const } : {}),
    ...(locale !== undefined ? { locale } : {}),
  };
}
