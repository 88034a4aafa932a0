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
  help: boolean;
}

export const BROWSER_MODE_USAGE = `Usage: browser-host [options]

Serves SCIM Setup Wizard to a browser on 127.0.0.1, for machines where the
desktop app cannot start. Open the address it prints (it holds a per-launch key).

Options:
  --port N           Port on 127.0.0.1 (0-65535; default 0 = any free port)   [SCIM_WIZARD_PORT]
  --data-dir DIR     Folder for settings (default: the desktop app's folder)  [SCIM_WIZARD_DATA_DIR]
  --endpoints FILE   Test endpoints file replacing the production URLs        [SCIM_WIZARD_ENDPOINTS]
  --help             Show this help
`;

type Env = Record<string, string | undefined>;

const VALUE_FLAGS = { '--port': 'port', '--data-dir': 'dataDir', '--endpoints': 'endpointsFile' } as const;
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

export function parseBrowserModeArgs(argv: readonly string[], env: Env): BrowserModeOptions | { error: string } {
  const given: Partial<Record<(typeof VALUE_FLAGS)[ValueFlag], string>> = {};
  let help = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
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

  const dataDir = given.dataDir ?? fromEnv('SCIM_WIZARD_DATA_DIR');
  const endpointsFile = given.endpointsFile ?? fromEnv('SCIM_WIZARD_ENDPOINTS');
  return { port, help, ...(dataDir !== undefined ? { dataDir } : {}), ...(endpointsFile !== undefined ? { endpointsFile } : {}) };
}
