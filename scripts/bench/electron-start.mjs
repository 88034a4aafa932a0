// Electron cold start to first paint, where an Electron binary exists; otherwise the reason it was skipped.
// The binary is found as `npm start` finds it (scripts/start/electron-install.mjs), without a download.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { summarize } from './stats.mjs';
import { WIZARD_READY } from './startup.mjs';
import { findElectronPackage, locateElectronBinary } from '../start/electron-install.mjs';

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
  const install = locateElectronBinary(findElectronPackage(process.cwd()), process.env);
  if (install.state !== 'present') {
    const where = install.state === 'missing' ? install.expected : 'no electron package';
    return { skipped: `Electron binary not installed on this machine (it cannot be downloaded here): ${where}` };
  }
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await coldStart(install.binary));
  return { firstPaint: summarize(samples.map((s) => s.firstPaintMs)), interactive: summarize(samples.map((s) => s.interactiveMs)) };
}
