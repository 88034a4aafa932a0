import { SECRET_IDS, newKeychainNamespace } from '../../shared/secrets';
import { SETTINGS_SCHEMA_VERSION } from '../../shared/settings/schema';

/**
 * Explicit, ordered upgrades of the settings file, one step per version
 * (we do not use conf's `migrations` option: its author documents known bugs).
 * A step turns a parsed file of version `from` into version `from + 1`. Steps
 * do not validate: the store validates the final result against settingsSchema.
 * Steps write the target shape out literally instead of calling today's
 * helpers (emptyProfile, ...), because those helpers follow the newest schema.
 * Version 0 is a file without `schemaVersion` (the pre-release shape).
 */
export interface SettingsMigration {
  from: number;
  describe: string;
  up(data: Record<string, unknown>, now: Date): Record<string, unknown>;
}

export type MigrationResult = { ok: true; data: Record<string, unknown>; from: number; to: number } | { ok: false; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** v0 `{ locale, progress: { integrationId, stepId, fields } }` -> v1 with the progress as the 'default' profile. */
const v0ToV1: SettingsMigration = {
  from: 0,
  describe: 'pre-release progress becomes the "default" profile',
  up(data, now) {
    const progress = data.progress ?? {};
    if (!isRecord(progress)) throw new Error('"progress" is not an object');
    // An unknown locale is only a preference (the OS locale takes over), so it is dropped
    // rather than failing the whole file; everything else is copied as found and validated later.
    const locale = data.locale === 'en' || data.locale === 'ko' ? data.locale : null;
    return {
      schemaVersion: 1,
      locale,
      activeProfileId: 'default',
      profiles: {
        default: {
          id: 'default',
          name: 'Default',
          integrationId: progress.integrationId ?? null,
          currentStepId: progress.stepId ?? null,
          completedStepIds: [],
          skippedStepIds: [],
          fields: progress.fields ?? {},
          secrets: {},
          actions: {},
          updatedAt: now.toISOString(),
        },
      },
    };
  },
};

/**
 * v1 -> v2: the data folder gets its own keychain namespace. Tokens saved by v1 live under the
 * shared account `<profileId>/<secretId>`; the profiles whose metadata says a token was saved
 * are listed in `legacySecrets`, and the app moves those entries into the namespace at start-up
 * (electron/services/legacy-secrets.ts). Profiles without that metadata are not listed: their
 * old account may hold another data folder's token, which must not be taken.
 */
const v1ToV2: SettingsMigration = {
  from: 1,
  describe: 'a keychain namespace for this data folder; saved tokens listed for the move into it',
  up(data) {
    const profiles = isRecord(data.profiles) ? data.profiles : {};
    const legacySecrets: { profileId: string; secretId: string }[] = [];
    for (const [profileId, profile] of Object.entries(profiles)) {
      const secrets = isRecord(profile) && isRecord(profile.secrets) ? profile.secrets : {};
      for (const secretId of SECRET_IDS) if (Object.hasOwn(secrets, secretId)) legacySecrets.push({ profileId, secretId });
    }
    return { ...data, keychainNamespace: newKeychainNamespace(), ...(legacySecrets.length > 0 ? { legacySecrets } : {}) };
  },
};

export const SETTINGS_MIGRATIONS: readonly SettingsMigration[] = [v0ToV1, v1ToV2];

/** Brings parsed file content up to `target`, or says why it cannot be used. */
export function migrateSettings(
  raw: unknown,
  now: Date,
  steps: readonly SettingsMigration[] = SETTINGS_MIGRATIONS,
  target: number = SETTINGS_SCHEMA_VERSION,
): MigrationResult {
  if (!isRecord(raw)) return { ok: false, reason: 'the file does not hold a JSON object' };
  const found = raw.schemaVersion ?? 0;
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 0) {
    return { ok: false, reason: 'schemaVersion is not a whole number' };
  }
  if (found > target) {
    return { ok: false, reason: `it was written by a newer version of the app (schema ${found}; this version knows ${target})` };
  }
  let data = raw;
  for (let version = found; version < target; version += 1) {
    const step = steps.find((candidate) => candidate.from === version);
    if (!step) return { ok: false, reason: `no upgrade from schema ${version} to ${version + 1}` };
    try {
      // schemaVersion is set here so a step cannot forget it.
      data = { ...step.up(data, now), schemaVersion: version + 1 };
    } catch (error) {
      const why = error instanceof Error ? error.message : 'unknown error';
      return { ok: false, reason: `upgrade from schema ${version} failed: ${why}` };
    }
  }
  return { ok: true, data, from: found, to: target };
}
