import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServices } from '../services/app-services';
import { dispatch } from '../services/dispatch';
import { createHandlerTable } from '../services/handlers';
import { runLaunchTasks } from '../services/launch-tasks';
import { browserModeCapabilities } from './browser-capabilities';
import { BROWSER_MODE_USAGE, parseBrowserModeArgs } from './cli-options';
import { defaultDataDir } from './default-data-dir';
import { startHttpHost } from './http-host';

/**
 * Entry of `node dist/node/browser-host.mjs`: composes the services and the
 * handler table, serves them with the built renderer on 127.0.0.1, and prints
 * the address to open. Stdout carries only the address and the data folder
 * (tests and users read them); everything else goes to stderr.
 */

// Built to dist/node/browser-host.mjs: the renderer build and package.json sit beside/above it.
const STATIC_DIR = fileURLToPath(new URL('../renderer/', import.meta.url));
const PRODUCT_NAME = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { productName: string }).productName;

const stderrLog = {
  info: (message: string) => console.error(`[browser-host] ${message}`),
  warn: (message: string) => console.error(`[browser-host] warning: ${message}`),
  error: (message: string) => console.error(`[browser-host] error: ${message}`),
};

async function main(): Promise<void> {
  const options = parseBrowserModeArgs(process.argv.slice(2), process.env);
  if ('error' in options) {
    console.error(`${options.error}\n\n${BROWSER_MODE_USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(BROWSER_MODE_USAGE);
    return;
  }

  const dataDir = resolve(options.dataDir ?? defaultDataDir(PRODUCT_NAME));
  const services = createAppServices({
    dataDir,
    endpointsFile: options.endpointsFile ? resolve(options.endpointsFile) : undefined,
    capabilities: browserModeCapabilities(),
    presenting: options.presenting ?? false,
    fixedLocale: options.locale ?? null,
  });
  const table = createHandlerTable(services);
  // A refused (newer) settings file is still served: the page says why, in the admin's language.
  void runLaunchTasks(services, stderrLog.info);
  const host = await startHttpHost({
    call: (channel, payload) => dispatch(table, channel, payload, { host: 'browser' }, stderrLog),
    staticDir: STATIC_DIR,
    port: options.port,
    log: stderrLog,
  });

  // One write: stdout to a pipe is asynchronous, and a reader that sees the address must see the folder too.
  console.log(`SCIM Setup Wizard (browser mode) at ${host.url}\nData folder: ${dataDir}`);

  let stopping = false;
  const stop = () => {
    // A second Ctrl+C means "now": do not wait for open calls to wind down.
    if (stopping) process.exit(1);
    stopping = true;
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // Start-up errors (bad endpoints file, port in use, missing build) carry a message meant for the user.
  console.error(`SCIM Setup Wizard (browser mode) could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
