// The work the app's host does to store a secret besides the keychain write itself, for the floors that stand
// in for "the floor plus the app's promises" inside a flow (electron/services/secret-writes.ts): the previous
// value is read first (put back if the settings cannot be written), then, after the write, the settings file
// is written as conf writes it (atomically: temp file, fsync, rename), here with the host's own bytes.
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
export const keytar = require('@github/keytar');
// conf's own atomic writer, found from conf (it is conf's dependency, not ours).
export const { writeFileSync: atomicWriteFileSync } = await import(pathToFileURL(createRequire(require.resolve('conf')).resolve('atomically')).href);
/** The keychain service every floor writes under: never the app's own. */
export const FLOOR_SERVICE = 'scim-setup-wizard-bench-floor';

/** `store(account, value)`: a keychain write wrapped in the promised work; `close()` removes what it wrote. */
export function promisedStore(settingsFile) {
  const bytes = readFileSync(settingsFile);
  const copy = join(dirname(settingsFile), 'bench-promised-work.json');
  const accounts = new Set();
  return {
    async store(account, value) {
      accounts.add(account);
      await keytar.getPassword(FLOOR_SERVICE, account);
      await keytar.setPassword(FLOOR_SERVICE, account, value);
      atomicWriteFileSync(copy, bytes);
    },
    async close() {
      rmSync(copy, { force: true });
      for (const account of accounts) await keytar.deletePassword(FLOOR_SERVICE, account);
    },
  };
}
