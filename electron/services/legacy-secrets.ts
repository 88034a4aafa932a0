import { AppError } from '../../shared/errors';
import { keychainAccount, legacyKeychainAccount } from '../../shared/secrets';
import type { LegacySecret, Settings } from '../../shared/settings/schema';
import type { Keychain } from './secret-store';
import type { SettingsStore } from './settings-store';

export interface LegacyMoveReport {
  /** Entries now under the namespaced account. */
  moved: number;
  /** Listed, but nothing was under the old account (removed by hand, or another data folder moved it first). */
  missing: number;
}

/**
 * Moves the tokens a schema-1 settings file saved under the shared account
 * `<profileId>/<secretId>` to this data folder's `<namespace>/<profileId>/<secretId>`:
 * copy, read back, delete the old entry, then strike it from `legacySecrets`.
 * Any keychain failure stops the move with the entry still listed and the old
 * entry still there, so it is tried again later and nothing is lost; an entry
 * already copied is simply copied again.
 */
export async function moveLegacySecrets(settings: SettingsStore, keychain: Keychain): Promise<LegacyMoveReport> {
  const report: LegacyMoveReport = { moved: 0, missing: 0 };
  const { keychainNamespace, legacySecrets = [] } = settings.read();
  for (const entry of legacySecrets) {
    const from = legacyKeychainAccount(entry.profileId, entry.secretId);
    const value = await keychain.get(from);
    if (value === null) {
      report.missing += 1;
    } else {
      const to = keychainAccount(keychainNamespace, entry.profileId, entry.secretId);
      await keychain.set(to, value);
      if ((await keychain.get(to)) !== value) {
        throw new AppError(
          'KEYCHAIN_UNAVAILABLE',
          'The system keychain did not return the token that was being moved to this data folder; it stays where it was.',
          {
            problem: 'unavailable',
            platform: process.platform,
          },
        );
      }
      await keychain.delete(from);
      report.moved += 1;
    }
    settings.update((current) => withoutEntry(current, entry));
  }
  return report;
}

/** The list without `entry`; the key disappears with its last entry. */
function withoutEntry(settings: Settings, entry: LegacySecret): Settings {
  const rest = (settings.legacySecrets ?? []).filter((other) => other.profileId !== entry.profileId || other.secretId !== entry.secretId);
  const { legacySecrets: _done, ...others } = settings;
  return rest.length > 0 ? { ...others, legacySecrets: rest } : others;
}

/**
 * The move as one shared task: the host starts it at launch and every secret call
 * waits for it (so no token is read or written under the new account before the old
 * one is moved). Once done it stays done; after a failure the next caller tries again.
 */
export function createLegacySecretMover(settings: SettingsStore, keychain: Keychain): () => Promise<LegacyMoveReport> {
  let running: Promise<LegacyMoveReport> | null = null;
  return () => {
    running ??= moveLegacySecrets(settings, keychain).catch((error: unknown) => {
      running = null;
      throw error;
    });
    return running;
  };
}
