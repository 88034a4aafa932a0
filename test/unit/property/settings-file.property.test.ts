import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateSettings } from '../../../electron/services/settings-migrations';
import { SETTINGS_SCHEMA_VERSION, settingsSchema } from '../../../shared/settings/schema';
import { hostileJson, RUNS } from './arbitraries';

/**
 * The settings file as read back from disk (electron/services/settings-migrations.ts, then
 * settingsSchema): whatever it holds, the migration answers (never throws) with the data or a
 * reason; a migrated file is at the current version and migrating it again changes nothing; a
 * pre-release (v0) file with well-formed progress always becomes a valid current file.
 */

const NOW = new Date('2026-11-25T12:00:00Z');

describe('settings file: properties', () => {
  it('never throws on any JSON value: the migration answers with data at the current version or a reason', () => {
    fc.assert(
      fc.property(hostileJson, (raw) => {
        const result = migrateSettings(raw, NOW);
        if (!result.ok) {
          expect(result.reason).not.toBe('');
          return;
        }
        expect(result.data.schemaVersion).toBe(SETTINGS_SCHEMA_VERSION);
        expect(result.to).toBe(SETTINGS_SCHEMA_VERSION);
        settingsSchema.safeParse(result.data);
        const again = migrateSettings(result.data, NOW);
        expect(again).toEqual({ ok: true, data: result.data, from: SETTINGS_SCHEMA_VERSION, to: SETTINGS_SCHEMA_VERSION });
      }),
      RUNS,
    );
  });

  // A null version reads as none (a pre-release file), like an absent one.
  it('refuses a file from a newer version or with a broken version', () => {
    const version = fc.oneof(
      fc.integer({ min: SETTINGS_SCHEMA_VERSION + 1 }),
      fc.integer({ max: -1 }),
      fc.double({ noInteger: true }),
      fc.string(),
      fc.boolean(),
    );
    fc.assert(
      fc.property(version, hostileJson, (schemaVersion, rest) => {
        const raw = typeof rest === 'object' && rest !== null && !Array.isArray(rest) ? { ...rest, schemaVersion } : { schemaVersion };
        expect(migrateSettings(raw, NOW).ok).toBe(false);
      }),
      RUNS,
    );
  });

  it('turns any pre-release file with well-formed progress into a valid current file', () => {
    const v0 = fc.record(
      {
        locale: fc.oneof(fc.constantFrom('en', 'ko', 'fr', '', null), fc.string()),
        progress: fc.record(
          {
            integrationId: fc.option(fc.string({ maxLength: 30 })),
            stepId: fc.option(fc.string({ maxLength: 30 })),
            fields: fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 200 }), { maxKeys: 5 }),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(v0, (raw) => {
        const result = migrateSettings(raw, NOW);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const parsed = settingsSchema.safeParse(result.data);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      }),
      RUNS,
    );
  });
});
