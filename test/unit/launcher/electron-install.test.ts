import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findElectronPackage, locateElectronBinary } from '../../../scripts/start/electron-install.mjs';

/** A stand-in for node_modules/electron: path.txt names the executable inside dist/, as install.js writes it. */
let packageDir: string;

beforeEach(() => {
  packageDir = mkdtempSync(join(tmpdir(), 'scim-wizard-electron-package-'));
});
afterEach(() => rmSync(packageDir, { recursive: true, force: true }));

function installBinary(relative: string) {
  writeFileSync(join(packageDir, 'path.txt'), relative);
  mkdirSync(join(packageDir, 'dist', relative, '..'), { recursive: true });
  writeFileSync(join(packageDir, 'dist', relative), '');
}

describe('locateElectronBinary', () => {
  it('finds the binary path.txt names inside dist/', () => {
    installBinary('electron');
    expect(locateElectronBinary(packageDir, {})).toEqual({ state: 'present', binary: join(packageDir, 'dist', 'electron') });
  });

  it('finds the macOS app bundle the same way', () => {
    installBinary('Electron.app/Contents/MacOS/Electron');
    expect(locateElectronBinary(packageDir, {})).toEqual({ state: 'present', binary: join(packageDir, 'dist', 'Electron.app/Contents/MacOS/Electron') });
  });

  it('reports a missing binary as downloadable when there is no path.txt (never downloaded)', () => {
    expect(locateElectronBinary(packageDir, {})).toEqual({ state: 'missing', expected: join(packageDir, 'dist'), downloadable: true });
  });

  it('reports a missing binary as downloadable when path.txt names a file that is gone', () => {
    writeFileSync(join(packageDir, 'path.txt'), 'electron');
    expect(locateElectronBinary(packageDir, {})).toEqual({ state: 'missing', expected: join(packageDir, 'dist'), downloadable: true });
  });

  it('looks only in ELECTRON_OVERRIDE_DIST_PATH when it is set, and never downloads there', () => {
    installBinary('electron');
    const override = mkdtempSync(join(tmpdir(), 'scim-wizard-electron-override-'));
    try {
      expect(locateElectronBinary(packageDir, { ELECTRON_OVERRIDE_DIST_PATH: override })).toEqual({
        state: 'missing',
        expected: join(override, 'electron'),
        downloadable: false,
      });
      writeFileSync(join(override, 'electron'), '');
      expect(locateElectronBinary(packageDir, { ELECTRON_OVERRIDE_DIST_PATH: override })).toEqual({ state: 'present', binary: join(override, 'electron') });
    } finally {
      rmSync(override, { recursive: true, force: true });
    }
  });

  it('reports no package', () => {
    expect(locateElectronBinary(null, {})).toEqual({ state: 'no-package' });
  });
});

describe('findElectronPackage', () => {
  it("finds this project's electron package", () => {
    expect(findElectronPackage(resolve('.'))).toBe(resolve('node_modules/electron'));
  });

  it('is null where no electron package can be resolved', () => {
    expect(findElectronPackage(packageDir)).toBeNull();
  });
});
