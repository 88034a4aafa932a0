// Electron cold start to first paint, where an Electron binary exists; otherwise the reason it was skipped.
// Binary detection as test/e2e/support/electron-app.ts: computed like node_modules/electron/index.js,
// without requiring it (that module starts a download when the binary is missing).
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { summarize } from './stats.mjs';
import { WIZARD_READY } from './startup.mjs';

function findElectronBinary() {
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

/** Launch to the first paint of the window and to the picker's first button enabled, fresh data folder each time. */
async function coldStart(binary) {
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const startedAt = performance.now();
  const app = await electron.launch({ executablePath: binary, args: [...rootArgs, '.', '--data-dir', mkdtempSync(join(tmpdir(), 'bench-electron-'))] });
  try {
    const page = await app.firstWindow();
    await page.waitForFunction(() => performance.getEntriesByName('first-paint').length > 0, undefined, { timeout: 30_000 });
    const firstPaintMs = performance.now() - startedAt;
    await page.waitForSelector(`${WIZARD_READY}:enabled`, { timeout: 30_000 });
    return { firstPaintMs, interactiveMs: performance.now() - startedAt };
  } finally {
    await app.close();
  }
}

export async function measureElectronStart(runs) {
  const binary = findElectronBinary();
  if ('missing' in binary) return { skipped: `Electron binary not installed on this machine (it cannot be downloaded here): ${binary.missing}` };
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await coldStart(binary.path));
  return { firstPaint: summarize(samples.map((s) => s.firstPaintMs)), interactive: summarize(samples.map((s) => s.interactiveMs)) };
}
