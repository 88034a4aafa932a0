import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keychainAccount, legacyKeychainAccount } from '../../../shared/secrets';
import { SETTINGS_SCHEMA_VERSION, type Settings } from '../../../shared/settings/schema';
import { browserModeCapabilities } from '../../../electron/browser-mode/browser-capabilities';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlerTable } from '../../../electron/services/handlers';
import { runLaunchTasks } from '../../../electron/services/launch-tasks';
import { createMemoryKeychain, type MemoryKeychain } from '../../support/memory-keychain';
import { rejection } from '../../support/rejection';

/**
 * Keychain namespaces per data folder and the move of schema-1 tokens, on the
 * app's own services with the in-memory keychain (the real keychain is covered
 * by test/keychain/keychain-namespace.keychain.test.ts).
 */
const TOKEN = 'webex-bearer-token';
const AT = '2025-01-02T03:04:05.000Z';
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'keychain-namespace-'));
  dirs.push(dir);
  return dir;
}

function services(dir: string, keychain: MemoryKeychain): AppServices {
  return createAppServices({ dataDir: dir, keychain, capabilities: browserModeCapabilities() });
}

function v1Profile(id: string, withToken: boolean) {
  return {
    id,
    name: id,
    integrationId: 'webex-entra',
    currentStepId: 'bearer-token',
    completedStepIds: [],
    skippedStepIds: [],
    fields: {},
    secrets: withToken ? { [TOKEN]: { savedAt: AT, expiresAt: null } } : {},
    actions: {},
    updatedAt: AT,
  };
}

/** A data folder as version 1 of the settings left it: the token's dates in the file, the token under `<profileId>/<secretId>`. */
function v1Folder(profiles: Record<string, boolean>): string {
  const dir = dataDir();
  mkdirSync(dir, { recursive: true });
  const entries = Object.fromEntries(Object.entries(profiles).map(([id, withToken]) => [id, v1Profile(id, withToken)]));
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ schemaVersion: 1, locale: null, activeProfileId: Object.keys(profiles)[0], profiles: entries }));
  return dir;
}

const onDisk = (dir: string) => JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as Settings;

describe('a keychain namespace per data folder', () => {
  it('keeps two data folders with the same profile id apart', async () => {
    const keychain = createMemoryKeychain();
    const first = services(dataDir(), keychain);
    const second = services(dataDir(), keychain);
    await first.secrets.set('default', TOKEN, 'first-folder-token');
    await second.secrets.set('default', TOKEN, 'second-folder-token');
    expect(await first.secrets.get('default', TOKEN)).toBe('first-folder-token');
    expect(await second.secrets.get('default', TOKEN)).toBe('second-folder-token');
    expect([...keychain.entries.keys()].sort()).toEqual(
      [keychainAccount(first.keychainNamespace()!, 'default', TOKEN), keychainAccount(second.keychainNamespace()!, 'default', TOKEN)].sort(),
    );
    expect(first.keychainNamespace()).not.toBe(second.keychainNamespace());
    // Nothing under the old shared account.
    expect(keychain.entries.has(legacyKeychainAccount('default', TOKEN))).toBe(false);
  });

  it('shows the namespace in app info, for diagnostics', async () => {
    const app = services(dataDir(), createMemoryKeychain());
    const info = await dispatch(createHandlerTable(app), 'app.getInfo', {}, { host: 'browser' });
    expect(info).toMatchObject({ ok: true, data: { keychainNamespace: app.keychainNamespace() } });
    expect(app.keychainNamespace()).toMatch(/^[0-9a-f]{12}$/);
  });

  it('still refuses profile and secret ids that could reach other accounts', async () => {
    const keychain = createMemoryKeychain();
    const app = services(dataDir(), keychain);
    for (const profileId of ['', 'a/b', '../default', 'Default', '__probe__']) {
      expect((await rejection(app.secrets.set(profileId, TOKEN, 'x'))).code).toBe('INVALID_REQUEST');
    }
    expect((await rejection(app.secrets.get('default', 'other' as typeof TOKEN))).code).toBe('INVALID_REQUEST');
    expect(keychain.entries.size).toBe(0);
  });
});

describe('tokens saved under schema 1', () => {
  it('are moved into the namespace: copied, checked, the old entry deleted and the list emptied', async () => {
    const dir = v1Folder({ default: true });
    const keychain = createMemoryKeychain();
    keychain.entries.set(legacyKeychainAccount('default', TOKEN), 'legacy-token');
    const app = services(dir, keychain);
    expect(onDisk(dir).legacySecrets).toEqual([{ profileId: 'default', secretId: TOKEN }]);

    expect(await app.moveLegacySecrets()).toEqual({ moved: 1, missing: 0 });
    expect([...keychain.entries]).toEqual([[keychainAccount(app.keychainNamespace()!, 'default', TOKEN), 'legacy-token']]);
    expect(await app.secrets.get('default', TOKEN)).toBe('legacy-token');
    expect(onDisk(dir)).not.toHaveProperty('legacySecrets');
    expect(onDisk(dir).profiles.default?.secrets[TOKEN]).toEqual({ savedAt: AT, expiresAt: null });
    // Done once, done for good: a restart has nothing left to move.
    expect(await services(dir, keychain).moveLegacySecrets()).toEqual({ moved: 0, missing: 0 });
  });

  it('are moved before the first secret call even when the host did not start the move', async () => {
    const dir = v1Folder({ default: true });
    const keychain = createMemoryKeychain();
    keychain.entries.set(legacyKeychainAccount('default', TOKEN), 'legacy-token');
    expect(await services(dir, keychain).secrets.get('default', TOKEN)).toBe('legacy-token');
    expect(keychain.entries.has(legacyKeychainAccount('default', TOKEN))).toBe(false);
  });

  it('survive a locked keychain: nothing is deleted, and the move succeeds once it is unlocked', async () => {
    const dir = v1Folder({ default: true });
    const keychain = createMemoryKeychain();
    keychain.entries.set(legacyKeychainAccount('default', TOKEN), 'legacy-token');
    keychain.mode = 'locked';
    const app = services(dir, keychain);
    expect((await rejection(app.moveLegacySecrets())).code).toBe('KEYCHAIN_LOCKED');
    // A secret call meanwhile fails with the keychain's own error, not with a missing token.
    expect((await rejection(app.secrets.get('default', TOKEN))).code).toBe('KEYCHAIN_LOCKED');
    expect(keychain.entries.get(legacyKeychainAccount('default', TOKEN))).toBe('legacy-token');
    expect(onDisk(dir).legacySecrets).toEqual([{ profileId: 'default', secretId: TOKEN }]);

    keychain.mode = 'ok';
    expect(await app.secrets.get('default', TOKEN)).toBe('legacy-token');
    expect(keychain.entries.has(legacyKeychainAccount('default', TOKEN))).toBe(false);
    expect(onDisk(dir)).not.toHaveProperty('legacySecrets');
  });

  it('are tried again at the next start when the app stopped with the keychain locked', async () => {
    const dir = v1Folder({ default: true });
    const keychain = createMemoryKeychain({ mode: 'locked' });
    keychain.entries.set(legacyKeychainAccount('default', TOKEN), 'legacy-token');
    await rejection(services(dir, keychain).moveLegacySecrets());
    keychain.mode = 'ok';
    const restarted = services(dir, keychain);
    expect(await restarted.moveLegacySecrets()).toEqual({ moved: 1, missing: 0 });
    expect(await restarted.secrets.get('default', TOKEN)).toBe('legacy-token');
  });

  it('keep the old entry when the keychain does not return the copy', async () => {
    const dir = v1Folder({ default: true });
    const keychain = createMemoryKeychain();
    keychain.entries.set(legacyKeychainAccount('default', TOKEN), 'legacy-token');
    const app = services(dir, keychain);
    const realSet = keychain.set.bind(keychain);
    keychain.set = async (account, value) => realSet(account, `${value}-garbled`);
    expect((await rejection(app.moveLegacySecrets())).code).toBe('KEYCHAIN_UNAVAILABLE');
    expect(keychain.entries.get(legacyKeychainAccount('default', TOKEN))).toBe('legacy-token');
    expect(onDisk(dir).legacySecrets).toHaveLength(1);
  });

  it('that are gone from the old account are dropped from the list, and the dates stay (the keychain is the truth)', async () => {
    const dir = v1Folder({ default: true });
    const app = services(dir, createMemoryKeychain());
    expect(await app.moveLegacySecrets()).toEqual({ moved: 0, missing: 1 });
    expect(onDisk(dir)).not.toHaveProperty('legacySecrets');
    expect(await app.secrets.get('default', TOKEN)).toBeNull();
  });

  it('are not taken from profiles that recorded no token (the old account may be another folder’s)', async () => {
    const dir = v1Folder({ spare: false });
    const keychain = createMemoryKeychain();
    keychain.entries.set(legacyKeychainAccount('spare', TOKEN), 'another-folders-token');
    const app = services(dir, keychain);
    expect(await app.moveLegacySecrets()).toEqual({ moved: 0, missing: 0 });
    expect(keychain.entries.get(legacyKeychainAccount('spare', TOKEN))).toBe('another-folders-token');
    expect(await app.secrets.get('spare', TOKEN)).toBeNull();
  });
});

describe('while the settings file is refused (written by a newer app)', () => {
  it('reaches no keychain entry, has no namespace to show, and still probes the keychain', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ schemaVersion: SETTINGS_SCHEMA_VERSION + 1, keychainNamespace: 'abcdefabcdef' }));
    const keychain = createMemoryKeychain();
    const app = services(dir, keychain);
    expect(app.keychainNamespace()).toBeNull();
    expect((await rejection(app.secrets.set('default', TOKEN, 'x'))).code).toBe('SETTINGS_TOO_NEW');
    expect((await rejection(app.secrets.get('default', TOKEN))).code).toBe('SETTINGS_TOO_NEW');
    expect((await rejection(app.moveLegacySecrets())).code).toBe('SETTINGS_TOO_NEW');
    expect(await app.secrets.probe()).toMatchObject({ ok: true });
    expect(keychain.entries.size).toBe(0);
  });
});

describe('the launch tasks both hosts run', () => {
  it('move schema-1 tokens and log it; a locked keychain is logged, not thrown, and left for later', async () => {
    const dir = v1Folder({ default: true });
    const keychain = createMemoryKeychain({ mode: 'locked' });
    keychain.entries.set(legacyKeychainAccount('default', TOKEN), 'legacy-token');
    const logLines: string[] = [];
    const log = (line: string) => void logLines.push(line);
    await expect(runLaunchTasks(services(dir, keychain), log)).resolves.toBeUndefined();
    expect(logLines).toEqual([expect.stringMatching(/not moved yet \(KEYCHAIN_LOCKED\); tried again/)]);

    keychain.mode = 'ok';
    await runLaunchTasks(services(dir, keychain), log);
    expect(logLines[1]).toMatch(/1 token\(s\) saved by an earlier version moved/);
    expect(logLines.join('\n')).not.toContain('legacy-token');
  });

  it('say nothing when there is nothing to move', async () => {
    const logLines: string[] = [];
    await runLaunchTasks(services(dataDir(), createMemoryKeychain()), (line) => logLines.push(line));
    expect(logLines).toEqual([]);
  });

  it('log why a settings file from a newer version is not used', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ schemaVersion: SETTINGS_SCHEMA_VERSION + 1, writtenBy: { app: '9.0.0' } }));
    const logLines: string[] = [];
    await runLaunchTasks(services(dir, createMemoryKeychain()), (line) => logLines.push(line));
    expect(logLines).toEqual([expect.stringMatching(/settings file not used \(SETTINGS_TOO_NEW\): .*version 9\.0\.0/)]);
  });
});
