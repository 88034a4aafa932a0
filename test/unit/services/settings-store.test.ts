import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { SETTINGS_SCHEMA_VERSION, defaultSettings, emptyProfile, type Settings } from '../../../shared/settings/schema';
import { SETTINGS_MIGRATIONS, migrateSettings } from '../../../electron/services/settings-migrations';
import { openSettingsStore, type ConfLike, type SettingsStore } from '../../../electron/services/settings-store';

const NOW = new Date('2025-01-02T03:04:05.678Z');
const now = () => NOW;
const STAMP = '2025-01-02T03-04-05.678Z';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'settings-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const APP_VERSION = '1.2.3';
const settingsFile = () => join(dir, 'settings.json');
const onDisk = () => JSON.parse(readFileSync(settingsFile(), 'utf8')) as unknown;
const open = () => openSettingsStore({ dataDir: dir, now, appVersion: APP_VERSION });

/** The defaults as this store wrote them: its own random namespace, stamped with the app version. */
function defaultsOf(store: SettingsStore): Settings {
  return { ...defaultSettings(NOW, store.read().keychainNamespace), writtenBy: { app: APP_VERSION } };
}

function withLocale(locale: Settings['locale']) {
  return (current: Settings): Settings => ({ ...current, locale });
}

function caught(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('a fresh data folder', () => {
  it('starts with the defaults, writes them and reports nothing', () => {
    const store = open();
    expect(store.read()).toEqual(defaultsOf(store));
    expect(store.filePath).toBe(settingsFile());
    expect(store.dataDir).toBe(dir);
    expect(store.notices).toEqual([]);
    expect(store.refusal).toBeNull();
    expect(onDisk()).toEqual(defaultsOf(store));
  });

  it('gives every data folder its own random keychain namespace, kept across reopens', () => {
    const store = open();
    const namespace = store.read().keychainNamespace;
    expect(namespace).toMatch(/^[0-9a-f]{12}$/);
    expect(open().read().keychainNamespace).toBe(namespace);
    const other = openSettingsStore({ dataDir: join(dir, 'other'), now });
    expect(other.read().keychainNamespace).toMatch(/^[0-9a-f]{12}$/);
    expect(other.read().keychainNamespace).not.toBe(namespace);
  });

  it('records the app version that wrote the file, on every write', () => {
    open();
    expect(onDisk()).toMatchObject({ writtenBy: { app: APP_VERSION } });
    openSettingsStore({ dataDir: dir, now, appVersion: '1.3.0' }).update(withLocale('ko'));
    expect(onDisk()).toMatchObject({ writtenBy: { app: '1.3.0' }, locale: 'ko' });
  });

  it('creates missing parent folders', () => {
    const nested = join(dir, 'a', 'b');
    const store = openSettingsStore({ dataDir: nested, now });
    expect(readdirSync(nested)).toEqual(['settings.json']);
    expect(store.read().schemaVersion).toBe(SETTINGS_SCHEMA_VERSION);
  });
});

describe('reading and updating', () => {
  it('keeps what was saved across a reopen', () => {
    const first = open();
    const saved = first.update((s) => {
      const profile = s.profiles.default!;
      return { ...s, locale: 'ko', profiles: { default: { ...profile, integrationId: 'webex-entra', fields: { 'webex.orgId': 'abc' } } } };
    });
    expect(saved.locale).toBe('ko');
    const second = open();
    expect(second.read()).toEqual(saved);
    expect(second.notices).toEqual([]);
  });

  it('hands out copies, so callers cannot change the store by accident', () => {
    const store = open();
    const copy = store.read();
    copy.locale = 'ko';
    copy.profiles.default!.fields.x = 'y';
    expect(store.read()).toEqual(defaultsOf(store));
  });

  it('refuses a mutator result that breaks the schema and leaves the file as it was', () => {
    const store = open();
    store.update(withLocale('en'));
    const before = readFileSync(settingsFile());
    const error = caught(() => store.update((s) => ({ ...s, locale: 'fr' }) as unknown as Settings));
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toContain('locale');
    expect(readFileSync(settingsFile())).toEqual(before);
    expect(store.read().locale).toBe('en');
  });

  it('never puts field values into the refusal message', () => {
    const store = open();
    const tooLong = `secret-looking-${'x'.repeat(5000)}`;
    const error = caught(() => store.update((s) => ({ ...s, profiles: { default: { ...s.profiles.default!, fields: { f: tooLong } } } })));
    expect(error.message).not.toContain('secret-looking');
  });

  it('leaves the file as it was when the mutator throws', () => {
    const store = open();
    const before = readFileSync(settingsFile());
    expect(() =>
      store.update(() => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(readFileSync(settingsFile())).toEqual(before);
  });

  it('replaces the file by rename (atomic write) and leaves no temporary files', () => {
    const store = open();
    const inodeBefore = statSync(settingsFile()).ino;
    store.update(withLocale('ko'));
    expect(statSync(settingsFile()).ino).not.toBe(inodeBefore);
    expect(readdirSync(dir)).toEqual(['settings.json']);
    expect(onDisk()).toMatchObject({ locale: 'ko' });
  });

  it('keeps the file private to the user', () => {
    open().update(withLocale('ko'));
    expect(statSync(settingsFile()).mode & 0o077).toBe(0);
  });

  it('writes through a given engine', () => {
    const calls: { cwd: string; configName: string }[] = [];
    const written: unknown[] = [];
    const engine = (options: { cwd: string; configName: string }): ConfLike => {
      calls.push(options);
      return {
        path: join(options.cwd, `${options.configName}.json`),
        get store() {
          return {};
        },
        set store(value) {
          written.push(value);
        },
      };
    };
    const store = openSettingsStore({ dataDir: dir, now, engine, appVersion: APP_VERSION });
    store.update(withLocale('ko'));
    expect(calls).toEqual([{ cwd: dir, configName: 'settings', deserialize: expect.any(Function) }]);
    expect(written).toEqual([defaultsOf(store), { ...defaultsOf(store), locale: 'ko' }]);
  });
});

describe('migration', () => {
  const v0 = {
    locale: 'ko',
    progress: { integrationId: 'webex-entra', stepId: 'webex.token', fields: { 'webex.orgId': 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c' } },
  };

  it('upgrades a pre-release (v0) file to a "default" profile, records it and keeps the original', () => {
    const original = JSON.stringify(v0);
    writeFileSync(settingsFile(), original);
    const store = open();
    const expected: Settings = {
      schemaVersion: 2,
      writtenBy: { app: APP_VERSION },
      keychainNamespace: store.read().keychainNamespace,
      locale: 'ko',
      activeProfileId: 'default',
      profiles: {
        // Today's empty profile (whatever fields the schema defaults) with the v0 progress in it.
        default: {
          ...emptyProfile('default', 'Default', NOW),
          integrationId: 'webex-entra',
          currentStepId: 'webex.token',
          fields: { 'webex.orgId': 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c' },
        },
      },
    };
    expect(store.read()).toEqual(expected);
    expect(onDisk()).toEqual(expected);
    expect(expected.keychainNamespace).toMatch(/^[0-9a-f]{12}$/);
    const backup = join(dir, `settings.v0-backup-${STAMP}.json`);
    expect(store.notices).toEqual([
      { code: 'settings-migrated', message: expect.stringContaining('from schema 0 to 2'), params: { from: '0', to: '2', backup } },
    ]);
    expect(readFileSync(backup, 'utf8')).toBe(original);
    expect(open().notices).toEqual([]);
  });

  it('upgrades a v0 file without progress to empty defaults', () => {
    writeFileSync(settingsFile(), '{}');
    const store = open();
    expect(store.read()).toEqual(defaultsOf(store));
  });

  describe('from schema 1 (one keychain account for every data folder)', () => {
    const at = '2025-01-01T00:00:00.000Z';
    const v1Profile = (id: string, secrets: Record<string, unknown>) => ({
      id,
      name: id,
      integrationId: 'webex-entra',
      currentStepId: 'bearer-token',
      completedStepIds: ['before-you-start'],
      skippedStepIds: [],
      fields: { 'webex.offer': 'commercial' },
      secrets,
      actions: {},
      updatedAt: at,
    });
    const v1 = {
      schemaVersion: 1,
      locale: 'en',
      activeProfileId: 'default',
      profiles: {
        default: v1Profile('default', { 'webex-bearer-token': { savedAt: at, expiresAt: null } }),
        spare: v1Profile('spare', {}),
      },
    };

    it('gets a namespace of its own and lists the saved tokens to move, and only those', () => {
      writeFileSync(settingsFile(), JSON.stringify(v1));
      const store = open();
      const settings = store.read();
      expect(settings.schemaVersion).toBe(2);
      expect(settings.keychainNamespace).toMatch(/^[0-9a-f]{12}$/);
      // 'spare' records no token: its old account may hold another data folder's, which must not be taken.
      expect(settings.legacySecrets).toEqual([{ profileId: 'default', secretId: 'webex-bearer-token' }]);
      expect(settings.profiles.default).toMatchObject({ fields: { 'webex.offer': 'commercial' }, secrets: { 'webex-bearer-token': { savedAt: at } } });
      expect(store.notices).toEqual([expect.objectContaining({ code: 'settings-migrated', params: expect.objectContaining({ from: '1', to: '2' }) })]);
      expect(onDisk()).toMatchObject({ schemaVersion: 2, keychainNamespace: settings.keychainNamespace, legacySecrets: settings.legacySecrets });
    });

    it('lists nothing when no profile saved a token', () => {
      writeFileSync(settingsFile(), JSON.stringify({ ...v1, profiles: { spare: v1Profile('spare', {}) }, activeProfileId: 'spare' }));
      expect(open().read().legacySecrets).toBeUndefined();
    });
  });

  it('has one step for every version up to the current one', () => {
    expect(SETTINGS_MIGRATIONS.map((step) => step.from)).toEqual([...Array(SETTINGS_SCHEMA_VERSION).keys()]);
  });

  it('drops an unknown v0 locale (a preference) but keeps the progress', () => {
    const result = migrateSettings({ ...v0, locale: 'fr' }, NOW);
    expect(result).toMatchObject({ ok: true, from: 0, to: 2, data: { locale: null, profiles: { default: { integrationId: 'webex-entra' } } } });
  });

  it('says why a file cannot be upgraded', () => {
    expect(migrateSettings([1, 2], NOW)).toEqual({ ok: false, reason: 'the file does not hold a JSON object' });
    expect(migrateSettings({ schemaVersion: '1' }, NOW)).toEqual({ ok: false, reason: 'schemaVersion is not a whole number' });
    expect(migrateSettings({ schemaVersion: 99 }, NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('newer version') });
    expect(migrateSettings({ progress: 'x' }, NOW)).toMatchObject({ ok: false, reason: expect.stringContaining('"progress" is not an object') });
    expect(migrateSettings({ schemaVersion: 0 }, NOW, [], 1)).toEqual({ ok: false, reason: 'no upgrade from schema 0 to 1' });
  });

  it('runs steps in order and sets schemaVersion itself', () => {
    const steps = [
      { from: 0, describe: 'a', up: (d: Record<string, unknown>) => ({ ...d, trail: ['a'] }) },
      { from: 1, describe: 'b', up: (d: Record<string, unknown>) => ({ ...d, trail: [...(d.trail as string[]), 'b'] }) },
    ];
    expect(migrateSettings({}, NOW, steps, 2)).toEqual({ ok: true, from: 0, to: 2, data: { schemaVersion: 2, trail: ['a', 'b'] } });
  });
});

describe('a damaged settings file', () => {
  function expectMovedAside(original: string, reason: RegExp) {
    writeFileSync(settingsFile(), original);
    const store = open();
    const movedTo = join(dir, `settings.corrupt-${STAMP}.json`);
    expect(store.notices).toEqual([{ code: 'settings-corrupt-moved', message: expect.stringMatching(reason), params: { movedTo } }]);
    expect(store.notices[0]!.message).toContain(movedTo);
    expect(readFileSync(movedTo, 'utf8')).toBe(original);
    expect(store.read()).toEqual(defaultsOf(store));
    expect(onDisk()).toEqual(defaultsOf(store));
    expect(readdirSync(dir).sort()).toEqual(['settings.corrupt-2025-01-02T03-04-05.678Z.json', 'settings.json']);
  }

  it('moves invalid JSON aside byte for byte and starts fresh', () => {
    expectMovedAside('{"schemaVersion": 1, "profiles": {broken', /not valid JSON/);
  });

  it('moves JSON that fails the schema aside', () => {
    expectMovedAside(JSON.stringify({ ...defaultSettings(NOW), activeProfileId: 'Not Valid!' }), /does not match the settings schema \(activeProfileId/);
  });

  it('moves a v0 file that fails the schema after migration aside', () => {
    expectMovedAside(JSON.stringify({ progress: { fields: { a: 42 } } }), /does not match the settings schema \(profiles\.default\.fields\.a/);
  });

  it('never overwrites an earlier moved-aside file', () => {
    writeFileSync(settingsFile(), 'first');
    open();
    writeFileSync(settingsFile(), 'second');
    const store = open();
    const second = join(dir, `settings.corrupt-${STAMP}-2.json`);
    expect(store.notices[0]!.params).toEqual({ movedTo: second });
    expect(readFileSync(join(dir, `settings.corrupt-${STAMP}.json`), 'utf8')).toBe('first');
    expect(readFileSync(second, 'utf8')).toBe('second');
  });
});

describe('a settings file from a newer version of the app', () => {
  const newer = (extra: Record<string, unknown> = {}) =>
    JSON.stringify({ ...defaultSettings(NOW), schemaVersion: SETTINGS_SCHEMA_VERSION + 1, writtenBy: { app: '2.0.0' }, somethingNew: [1, 2], ...extra });

  it('is left in place byte for byte, and neither read nor written, naming the version that wrote it', () => {
    const original = newer();
    writeFileSync(settingsFile(), original);
    const store = open();
    expect(store.refusal).toBeInstanceOf(AppError);
    const refusal = store.refusal!;
    expect(refusal.code).toBe('SETTINGS_TOO_NEW');
    expect(refusal.params).toEqual({
      file: settingsFile(),
      found: SETTINGS_SCHEMA_VERSION + 1,
      supported: SETTINGS_SCHEMA_VERSION,
      appVersion: APP_VERSION,
      writtenBy: '2.0.0',
    });
    expect(refusal.message).toContain('version 2.0.0 of the app');
    expect(refusal.message).toContain('--data-dir');
    expect(caught(() => store.read())).toBe(refusal);
    expect(caught(() => store.update(withLocale('ko')))).toBe(refusal);
    expect(store.notices).toEqual([]);
    expect(readFileSync(settingsFile(), 'utf8')).toBe(original);
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('is refused through any engine, which is never even created', () => {
    writeFileSync(settingsFile(), newer());
    let created = 0;
    const engine = (): ConfLike => {
      created += 1;
      throw new Error('the engine must not be created for a newer file');
    };
    expect(openSettingsStore({ dataDir: dir, now, engine }).refusal?.code).toBe('SETTINGS_TOO_NEW');
    expect(created).toBe(0);
  });

  it('says "a newer version" when the file does not name its writer, or names it oddly', () => {
    for (const writtenBy of [undefined, { app: 'x'.repeat(100) }, { app: '<script>' }, 'nonsense']) {
      writeFileSync(settingsFile(), newer({ writtenBy }));
      const refusal = open().refusal!;
      expect(refusal.params).toMatchObject({ variant: 'unknown-writer', found: SETTINGS_SCHEMA_VERSION + 1 });
      expect(refusal.params).not.toHaveProperty('writtenBy');
      expect(refusal.message).toContain('a newer version of the app');
    }
  });

  it('is refused even when this version could not validate it (a newer shape is not "corrupt")', () => {
    const original = JSON.stringify({ schemaVersion: SETTINGS_SCHEMA_VERSION + 5, profiles: 'a newer shape' });
    writeFileSync(settingsFile(), original);
    expect(open().refusal?.code).toBe('SETTINGS_TOO_NEW');
    expect(readFileSync(settingsFile(), 'utf8')).toBe(original);
  });
});

describe('a settings file with a UTF-8 byte-order mark (as Notepad saves it)', () => {
  it('is read, not called corrupt, and a later save drops the mark', () => {
    const store = open();
    store.update(withLocale('ko'));
    const saved = readFileSync(settingsFile(), 'utf8');
    writeFileSync(settingsFile(), `\uFEFF${saved}`);
    const reopened = open();
    expect(reopened.notices).toEqual([]);
    expect(reopened.read()).toEqual(store.read());
    expect(readdirSync(dir)).toEqual(['settings.json']);
    reopened.update(withLocale('en'));
    expect(readFileSync(settingsFile(), 'utf8').startsWith('{')).toBe(true);
    expect(onDisk()).toMatchObject({ locale: 'en' });
  });

  it('is migrated like any other file', () => {
    writeFileSync(settingsFile(), `\uFEFF${JSON.stringify({ locale: 'ko' })}`);
    const store = open();
    expect(store.read()).toMatchObject({ schemaVersion: SETTINGS_SCHEMA_VERSION, locale: 'ko' });
    expect(store.notices.map((notice) => notice.code)).toEqual(['settings-migrated']);
  });
});

describe('an unwritable data folder', () => {
  // Tests run as root, where permissions do not stop writes: a path below a regular file does.
  it('is a SETTINGS_UNWRITABLE error naming the folder', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    const dataDir = join(file, 'sub');
    const error = caught(() => openSettingsStore({ dataDir, now }));
    expect(error.code).toBe('SETTINGS_UNWRITABLE');
    expect(error.message).toContain(dataDir);
    expect(error.message).toContain('--data-dir');
    expect(error.params).toMatchObject({ folder: dataDir, reason: 'ENOTDIR' });
  });

  it('turns a failed save into SETTINGS_UNWRITABLE and keeps the previous settings', () => {
    const dataDir = join(dir, 'data');
    const store = openSettingsStore({ dataDir, now });
    rmSync(dataDir, { recursive: true });
    writeFileSync(dataDir, 'the folder became a file');
    const error = caught(() => store.update(withLocale('ko')));
    expect(error.code).toBe('SETTINGS_UNWRITABLE');
    expect(error.message).toContain(dataDir);
    expect(store.read().locale).toBeNull();
  });
});
