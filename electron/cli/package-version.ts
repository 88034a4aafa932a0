import { readFileSync } from 'node:fs';

/**
 * The version in package.json, for `--version` when the bin did not pass it.
 * Source (electron/cli/) and bundle (dist/node/) both sit two folders below it.
 */
export function readPackageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
