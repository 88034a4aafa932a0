import { AppError } from '../../shared/errors';
import type { AppServices } from './app-services';

/**
 * What both hosts run once their services exist (electron/app/main.ts and
 * electron/browser-mode/main.ts): say in the log why a refused settings file is
 * not used (the page shows it in the admin's language), and move the tokens a
 * schema-1 settings file left under the old shared keychain account. Never
 * throws: a move the keychain refuses now (locked, absent) is tried again on the
 * next secret call and at the next start, and nothing is deleted before it is copied.
 */
export async function runLaunchTasks(services: Pick<AppServices, 'settings' | 'moveLegacySecrets'>, log: (line: string) => void): Promise<void> {
  const { refusal } = services.settings;
  if (refusal) {
    log(`settings file not used (${refusal.code}): ${refusal.message}`);
    return;
  }
  try {
    const { moved, missing } = await services.moveLegacySecrets();
    if (moved + missing > 0) {
      log(`keychain: ${moved} token(s) saved by an earlier version moved into this data folder's namespace, ${missing} no longer in the keychain`);
    }
  } catch (error) {
    const code = error instanceof AppError ? error.code : 'unexpected error';
    log(`keychain: tokens saved by an earlier version not moved yet (${code}); tried again on the next use and at the next start`);
  }
}
