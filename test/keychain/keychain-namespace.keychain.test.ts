import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYCHAIN_SERVICE, legacyKeychainAccount } from '../../shared/secrets';
import type { Settings } from '../../shared/settings/schema';
import { browserModeCapabilities } from '../../electron/browser-mode/browser-capabilities';
import { createAppServices, type AppServices } from '../../electron/services/app-services';
import { keychainAccountIn } from '../support/keychain-account';

/**
 * Keychain namespaces per data folder, against the real Secret Service
 * (gnome-keyring, through test/keychain/with-keyring.sh): the app's own services
 * with their default keychain, exactly as both hosts build them.
 */
const TOKEN = 'webex-bearer-token';
const run = promisify(execFile);
const keytar = createRequire(import.meta.url)('@github/keytar') as {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
};

let scratch: string;
const cleanups: Array<() => Promise<unknown>> = [];

beforeAll(() => {
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) throw new Error('No session bus: run through test/keychain/with-keyring.sh (npm run test:keychain).');
  scratch = mkdtempSync(join(tmpdir(), 'keychain-namespace-'));
});
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

async function accountsInSecretService(): Promise<string[]> {
  const { stdout, stderr } = await run('secret-tool', ['search', '--all', 'service', KEYCHAIN_SERVICE]);
  return [...`${stdout}\n${stderr}`.matchAll(/^attribute\.account = (.*)$/gm)].map((match) => match[1]!).sort();
}

function servicesFor(name: string): AppServices {
  const services = createAppServices({ dataDir: join(scratch, name), capabilities: browserModeCapabilities() });
  cleanups.push(() => services.secrets.delete('default', TOKEN));
  return services;
}

describe('one keychain namespace per data folder', () => {
  it('keeps the tokens of two data folders apart although both use profile "default"', async () => {
    const first = servicesFor('first');
    const second = servicesFor('second');
    await first.secrets.set('default', TOKEN, 'token-of-the-first-folder');
    await second.secrets.set('default', TOKEN, 'token-of-the-second-folder');

    expect(await first.secrets.get('default', TOKEN)).toBe('token-of-the-first-folder');
    expect(await second.secrets.get('default', TOKEN)).toBe('token-of-the-second-folder');
    const firstAccount = keychainAccountIn(join(scratch, 'first'), 'default', TOKEN);
    const secondAccount = keychainAccountIn(join(scratch, 'second'), 'default', TOKEN);
    expect(firstAccount).toMatch(/^[0-9a-f]{12}\/default\/webex-bearer-token$/);
    expect(firstAccount).not.toBe(secondAccount);
    expect(await accountsInSecretService()).toEqual(expect.arrayContaining([firstAccount, secondAccount]));
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, firstAccount)).toBe('token-of-the-first-folder');

    // Removing one folder's token leaves the other's alone.
    expect(await first.secrets.delete('default', TOKEN)).toBe(true);
    expect(await first.secrets.get('default', TOKEN)).toBeNull();
    expect(await second.secrets.get('default', TOKEN)).toBe('token-of-the-second-folder');
  });

  it('keeps the same namespace when the data folder is opened again', async () => {
    const before = servicesFor('reopened');
    await before.secrets.set('default', TOKEN, 'kept-across-restarts');
    const after = servicesFor('reopened');
    expect(after.keychainNamespace()).toBe(before.keychainNamespace());
    expect(await after.secrets.get('default', TOKEN)).toBe('kept-across-restarts');
  });
});

describe('a schema-1 settings file', () => {
  it('has its token moved from the old shared account into its namespace at start-up', async () => {
    const dataDir = join(scratch, 'from-v1');
    const legacy = legacyKeychainAccount('default', TOKEN);
    const value = `legacy-token-${Date.now()}`;
    await keytar.setPassword(KEYCHAIN_SERVICE, legacy, value);
    cleanups.push(() => keytar.deletePassword(KEYCHAIN_SERVICE, legacy));
    const at = '2025-01-02T03:04:05.000Z';
    const v1 = {
      schemaVersion: 1,
      locale: null,
      activeProfileId: 'default',
      profiles: {
        default: {
          id: 'default',
          name: 'Default',
          integrationId: 'webex-entra',
          currentStepId: 'bearer-token',
          completedStepIds: [],
          skippedStepIds: [],
          fields: {},
          secrets: { [TOKEN]: { savedAt: at, expiresAt: null } },
          actions: {},
          updatedAt: at,
        },
      },
    };
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify(v1));
    const services = servicesFor('from-v1');

    expect(await services.moveLegacySecrets()).toEqual({ moved: 1, missing: 0 });
    const account = keychainAccountIn(dataDir, 'default', TOKEN);
    const accounts = await accountsInSecretService();
    expect(accounts).toContain(account);
    expect(accounts).not.toContain(legacy);
    expect(await services.secrets.get('default', TOKEN)).toBe(value);
    const onDisk = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as Settings;
    expect(onDisk.schemaVersion).toBe(2);
    expect(onDisk.legacySecrets).toBeUndefined();
    expect(onDisk.profiles.default?.secrets[TOKEN]).toEqual({ savedAt: at, expiresAt: null });
  });
});
