// Renders the app's SVG mark (renderer/public/app-icon.svg) to build/icon.png for electron-builder,
// which wants a PNG of at least 512x512 (1024x1024 serves macOS best) and derives .ico/.icns from it.
// Chromium draws it: ImageMagick here has no SVG reader. Run again after changing the SVG:
//   node scripts/render-app-icon.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SIZE = 1024;
const svg = readFileSync(new URL('../renderer/public/app-icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  const inline = svg.replace('<svg ', `<svg width="${SIZE}" height="${SIZE}" `);
  await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${inline}`);
  await page.locator('svg').screenshot({ path: new URL('../build/icon.png', import.meta.url).pathname, omitBackground: true });
} finally {
  await browser.close();
}
