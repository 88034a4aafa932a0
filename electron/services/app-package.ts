import { readFileSync } from 'node:fs';

/**
 * The app's name and version from package.json. Source (electron/services/) and
 * bundles (dist/electron/, dist/node/) all sit two folders below it.
 */
export interface AppPackage {
  productName: string;
  version: string;
}

let cached: AppPackage | undefined;

export function appPackage(): AppPackage {
  cached ??= JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as AppPackage;
  return cached;
}
