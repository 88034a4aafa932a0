import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { findElectronPackage, locateElectronBinary } from '../../../scripts/start/electron-install.mjs';

/**
 * The built Electron app, driven through Playwright's _electron. It runs only where the Electron
 * binary is installed (`ELECTRON_OVERRIDE_DIST_PATH`, or the electron package's own download):
 * it cannot be downloaded on every machine, and then the suite says why and skips.
 */

export const MAIN_ENTRY = resolve('dist/electron/main.cjs');

/** Found as `npm start` finds it (scripts/start/electron-install.mjs): like electron's index.js, without its download. */
const install = locateElectronBinary(findElectronPackage(process.cwd()), process.env);
const binary: { path: string } | { missing: string } =
  install.state === 'present' ? { path: install.binary } : { missing: install.state === 'missing' ? install.expected : 'no electron package' };

/** Why the Electron suite cannot run here, or null when it can. */
export const electronSkipReason: string | null =
  'missing' in binary ? `Electron binary not installed on this machine (it cannot be downloaded here): ${binary.missing}` : null;

export interface RunningElectronApp {
  app: ElectronApplication;
  /** The wizard's window. */
  page: Page;
  /** Everything the main process printed, for leak scans and for debugging a failure. */
  output(): string;
  close(): Promise<void>;
}

/** Starts the built app as a user would (`electron . --data-dir DIR [--endpoints FILE] ...`). */
export async function launchElectronApp(options: { dataDir: string; endpointsFile?: string; args?: string[] }): Promise<RunningElectronApp> {
  if ('missing' in binary) throw new Error(electronSkipReason ?? 'no Electron binary');
  expect(existsSync(MAIN_ENTRY), `${MAIN_ENTRY} is missing: run npm run build first`).toBe(true);
  // Chromium's own sandbox refuses to start as root (containers); the page stays sandboxed by webPreferences.
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const args = [...rootArgs, '.', '--data-dir', options.dataDir];
  if (options.endpointsFile) args.push('--endpoints', options.endpointsFile);
  args.push(...(options.args ?? []));
  const app = await electron.launch({ executablePath: binary.path, args, cwd: process.cwd() });
  let output = '';
  app.process().stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  app.process().stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const page = await app.firstWindow();
  return { app, page, output: () => output, close: () => app.close() };
}

/** Runs a sequence of launches and closes whatever is still open after each test, even a failed one. */
export function electronApps() {
  const running: RunningElectronApp[] = [];
  return {
    async launch(options: Parameters<typeof launchElectronApp>[0]): Promise<RunningElectronApp> {
      const launched = await launchElectronApp(options);
      running.push(launched);
      return launched;
    },
    async closeAll(): Promise<void> {
      for (const launched of running.splice(0)) await launched.close().catch(() => undefined);
    },
  };
}
