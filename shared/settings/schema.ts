import { z } from 'zod';
import { KEYCHAIN_NAMESPACE_PATTERN, SECRET_IDS, newKeychainNamespace } from '../secrets';
import { LOCALES, type Locale } from './locales';
import { graphProgressSchema } from './graph-progress';
import { graphSettingsSchema } from './graph-settings';
import { tokenIdentityFailureSchema, tokenIdentitySchema } from '../token-identity/identity-record';

/**
 * The settings file (electron-store / conf). Bump SETTINGS_SCHEMA_VERSION and
 * add a step to electron/services/settings-migrations.ts whenever this shape changes.
 * No secret values here: `secrets` holds metadata only.
 */
export const SETTINGS_SCHEMA_VERSION = 2;

export { LOCALES, type Locale };
export const localeSchema = z.enum(LOCALES);

export const profileIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'profile id: lower-case letters, digits and dashes');

const secretMetaSchema = z.object({
  savedAt: z.string(),
  expiresAt: z.string().nullable(),
  /**
   * Who the token belongs to, as its vendor answered (shared/token-identity), and the last failed
   * check. Added without a schema version bump: optional, so older files read as "not checked".
   * Kept in this record on purpose: a new token, a removal or a duplicate (which copies no
   * secret) drops it with the dates.
   */
  identity: tokenIdentitySchema.optional(),
  identityFailure: tokenIdentityFailureSchema.optional(),
});
export type SecretMeta = z.infer<typeof secretMetaSchema>;

const actionOutcomeSchema = z.object({
  ok: z.boolean(),
  at: z.string(),
  code: z.string().optional(),
});
export type ActionOutcome = z.infer<typeof actionOutcomeSchema>;

export const profileSchema = z.object({
  id: profileIdSchema,
  name: z.string().min(1).max(80),
  integrationId: z.string().nullable(),
  currentStepId: z.string().nullable(),
  completedStepIds: z.array(z.string()),
  skippedStepIds: z.array(z.string()),
  fields: z.record(z.string(), z.string().max(4096)),
  secrets: z.partialRecord(z.enum(SECRET_IDS), secretMetaSchema),
  actions: z.record(z.string(), actionOutcomeSchema),
  /**
   * When each closed (done or skipped) step was closed, by step id (ISO time), for the setup report.
   * Added without a schema version bump: optional with a default, so older files read as "no times known".
   */
  stepsClosedAt: z.record(z.string(), z.string()).default({}),
  updatedAt: z.string(),
  /** Bumped by main on every save: the renderer keeps the newest answer, whatever order answers arrive in. */
  revision: z.number().int().nonnegative().default(0),
  /** What the wizard did in the Entra ID tenant through Microsoft Graph (shared/settings/graph-progress.ts); not copied by duplicate or hand-off. */
  graphProgress: graphProgressSchema.optional(),
  /** The Microsoft sign-in: the app registration's client ID, and whether the keychain holds a sign-in (shared/settings/graph-settings.ts). */
  graph: graphSettingsSchema.optional(),
});
export type Profile = z.infer<typeof profileSchema>;

/** An app version as package.json spells it (read back from files, so kept to harmless characters). */
export const appVersionSchema = z.string().regex(/^[0-9A-Za-z.+-]{1,64}$/);

/** A secret still stored under its pre-namespace keychain account `<profileId>/<secretId>`. */
export const legacySecretSchema = z.object({ profileId: profileIdSchema, secretId: z.enum(SECRET_IDS) });
export type LegacySecret = z.infer<typeof legacySecretSchema>;

export const settingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_SCHEMA_VERSION),
  /** The app version that last wrote the file (stamped on every write), so an older app can name it when it refuses a newer file. */
  writtenBy: z.object({ app: appVersionSchema }).optional(),
  /** This data folder's keychain namespace: accounts are `<keychainNamespace>/<profileId>/<secretId>` (shared/secrets.ts). */
  keychainNamespace: z.string().regex(KEYCHAIN_NAMESPACE_PATTERN),
  /** Secrets of a schema-1 file still under their old account; moved into the namespace at start-up, then dropped from here. */
  legacySecrets: z.array(legacySecretSchema).optional(),
  locale: localeSchema.nullable(),
  activeProfileId: profileIdSchema,
  profiles: z.record(profileIdSchema, profileSchema),
});
export type Settings = z.infer<typeof settingsSchema>;

const DEFAULT_PROFILE_ID = 'default';

export function emptyProfile(id: string, name: string, now: Date = new Date()): Profile {
  return {
    id,
    name,
    integrationId: null,
    currentStepId: null,
    completedStepIds: [],
    skippedStepIds: [],
    fields: {},
    secrets: {},
    actions: {},
    stepsClosedAt: {},
    updatedAt: now.toISOString(),
    revision: 0,
  };
}

export function defaultSettings(now: Date = new Date(), keychainNamespace: string = newKeychainNamespace()): Settings {
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    keychainNamespace,
    locale: null,
    activeProfileId: DEFAULT_PROFILE_ID,
    profiles: { [DEFAULT_PROFILE_ID]: emptyProfile(DEFAULT_PROFILE_ID, 'Default', now) },
  };
}
