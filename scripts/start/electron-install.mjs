import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Where the electron package keeps its binary, found the way its index.js finds
 * it but without its side effect: `require('electron')` starts a download when
 * the binary is missing (node_modules/electron/index.js, getElectronPath).
 *
 * @import { FindElectronPackage, LocateElectronBinary } from './launcher-types.js'
 */

/**
 * The folder of the electron package as the project root resolves it, or null when there is none.
 * @type {FindElectronPackage}
 */
export const findElectronPackage = (fromDir) => {
  try {
    return dirname(createRequire(join(fromDir, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
};

/**
 * Mirrors index.js: path.txt names the executable inside dist/ (written by
 * install.js after a download); ELECTRON_OVERRIDE_DIST_PATH replaces dist/ and
 * then index.js never downloads.
 * @type {LocateElectronBinary}
 */
export const locateElectronBinary = (packageDir, env) => {
  if (packageDir === null) return { state: 'no-package' };
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = join(override, relative || 'electron');
    return existsSync(binary) ? { state: 'present', binary } : { state: 'missing', expected: binary, downloadable: false };
  }
  if (relative) {
    const binary = join(packageDir, 'dist', relative);
    if (existsSync(binary)) return { state: 'present', binary };
  }
  return { state: 'missing', expected: join(packageDir, 'dist'), downloadable: true };
};
