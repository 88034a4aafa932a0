import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The app's icon reaches every place it is shown: the desktop packages
 * (electron-builder's `icon`, a PNG it converts to .ico/.icns), the window's
 * favicon, and the header (both the SVG served with the built renderer).
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const builderRequire = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
const { getConfig } = builderRequire('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<{ icon?: string | null }>;
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width, height and colour type from a PNG's IHDR chunk, which always comes first. */
function pngHeader(file: string) {
  const bytes = readFileSync(file);
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25] };
}

describe('app icon', () => {
  it('electron-builder packages a square PNG of at least 512x512 with transparency (its minimum for macOS)', async () => {
    const { icon } = await getConfig(ROOT, resolve(ROOT, 'electron-builder.yml'), null);
    expect(icon).toBe('build/icon.png');
    const header = pngHeader(resolve(ROOT, icon!));
    expect(header, 'a PNG file').not.toBeNull();
    expect(header!.width).toBeGreaterThanOrEqual(512);
    expect(header!.height).toBe(header!.width);
    expect(header!.colourType, 'RGBA: rounded corners stay transparent').toBe(6);
    expect(pngHeader(resolve(ROOT, 'renderer/public/app-icon.svg')), 'the check can fail').toBeNull();
  });

  it('the page links the SVG favicon that the renderer build ships, inside the CSP', () => {
    const html = readFileSync(resolve(ROOT, 'renderer/index.html'), 'utf8');
    expect(html).toMatch(/<link rel="icon" type="image\/svg\+xml" href="\.\/app-icon\.svg" \/>/);
    // Vite copies renderer/public/ to the build's root, beside index.html.
    const svg = readFileSync(resolve(ROOT, 'renderer/public/app-icon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 512 512"/);
    // No external references: the CSP allows images from 'self' and data: only.
    expect(svg).not.toMatch(/(?:href|src)="(?!#)/);
    expect(html).toContain("img-src 'self' data:");
  });
});
