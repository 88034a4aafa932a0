import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { _electron as electron, type ElectronApplication } from 'playwright-core';
import { CHANNELS } from '../../shared/ipc/contract';

/**
 * The built Electron app, driven through Playwright's _electron. Runs only
 * where the Electron binary is installed: it cannot be downloaded on every
 * machine (this one included), and then the spec says so and skips.
 */

const MAIN_ENTRY = resolve('dist/electron/main.cjs');

/**
 * Where the electron package put its binary, or why there is none. Computed
 * as node_modules/electron/index.js does, without requiring it: that module
 * starts a download when the binary is missing.
 */
function findElectronBinary(): { path: string } | { missing: string } {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, relative || 'electron');
    return existsSync(path) ? { path } : { missing: path };
  }
  if (!relative) return { missing: `${join(packageDir, 'dist')} (no ${pathFile})` };
  const path = join(packageDir, 'dist', relative);
  return existsSync(path) ? { path } : { missing: path };
}

const binary = findElectronBinary();
const skipReason = 'missing' in binary ? `Electron binary not installed on this machine (it cannot be downloaded here): ${binary.missing}` : null;
if (skipReason) console.log(skipReason);
test.skip(skipReason !== null, skipReason ?? '');

let app: ElectronApplication | undefined;
test.afterEach(async () => {
  await app?.close();
  app = undefined;
});

test('the built app opens on the integration picker, with only the bridge exposed to the page', async () => {
  if (!('path' in binary)) return;
  expect(existsSync(MAIN_ENTRY), `${MAIN_ENTRY} is missing: run npm run build first`).toBe(true);
  const dataDir = mkdtempSync(join(tmpdir(), 'scim-wizard-electron-e2e-'));
  // Chromium's own sandbox refuses to start as root (containers); the page stays sandboxed by webPreferences.
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  app = await electron.launch({ executablePath: binary.path, args: [...rootArgs, '.', '--data-dir', dataDir], cwd: process.cwd() });

  const page = await app.firstWindow();
  await expect(page.getByTestId('integration-picker')).toBeVisible();

  const exposed = await page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    const bridge = scope.scimWizard as Record<string, unknown> | undefined;
    return {
      bridgeKeys: bridge ? Object.keys(bridge).sort() : null,
      allFunctions: bridge ? Object.values(bridge).every((v) => typeof v === 'function') : false,
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
      popup: window.open('https://evil.example/') === null,
    };
  });
  expect(exposed).toEqual({
    bridgeKeys: [...CHANNELS].sort(),
    allFunctions: true,
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    popup: true,
  });

  const info = await page.evaluate(() => window.scimWizard?.['app.getInfo']({}));
  expect(info).toMatchObject({ ok: true, data: { host: 'electron', versions: { electron: expect.any(String) } } });
});
