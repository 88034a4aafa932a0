import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError, type AppErrorShape } from '../../../shared/errors';
import { keychainAccount, type SecretId } from '../../../shared/secrets';
import { browserModeCapabilities } from '../../../electron/browser-mode/browser-capabilities';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlerTable } from '../../../electron/services/handlers';
import type { Keychain } from '../../../electron/services/secret-store';
import { envelopeCalls, type EnvelopeCalls } from '../../support/envelope-calls';
import { canMountTmpfs, mountSmallTmpfs, unmount } from '../../support/faults-mounts';
import { findSecretsInText, findSecretsUnder } from '../../support/faults-secret-scan';
import { renderError } from '../../support/faults-sentences';
import { createMemoryKeychain, type MemoryKeychain } from '../../support/memory-keychain';

/**
 * A secret save is two writes: the value to the keychain, its dates to the settings
 * file (electron/services/secret-writes.ts). Each fault below hits one of them, through
 * the real handlers and the real settings file; the keychain is the in-memory double
 * with faults of its own. After each: a typed error the renderer has a sentence for,
 * the last good state (settings and keychain) intact, and the secret nowhere else.
 */
const PROFILE = 'default';
const TOKEN: SecretId = 'webex-bearer-token';
/** Distinctive, so any copy of them anywhere is found. */
const FIRST = 'MzQ5YjA2ZTEtZmF1bHQtZmlyc3Q_PF84_0f0f0f0f-1111-4aaa-8bbb-cccccccccccc';
const SECOND = 'MzQ5YjA2ZTEtZmF1bHQtc2Vjb25k_PF84_0e0e0e0e-2222-4ddd-9eee-ffffffffffff';
const SECRETS = [FIRST, SECOND];

let scratch: string;
let mountable = false;
const cleanups: Array<() => unknown> = [];

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'faults-secrets-'));
  const probe = join(scratch, 'mount-probe');
  mkdirSync(probe);
  mountable = canMountTmpfs(probe);
});
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

interface FaultyKeychain extends MemoryKeychain {
  /** The next set stores the value, then throws (a reply lost after the keychain took it). */
  failAfterStoring: boolean;
  /** Every set from now on stores the value and never returns (the process dies before the next step). */
  hangAfterStoring: boolean;
}

function faultyKeychain(): FaultyKeychain {
  const memory = createMemoryKeychain();
  const keychain: FaultyKeychain = Object.assign(memory, { failAfterStoring: false, hangAfterStoring: false });
  const set = memory.set.bind(memory);
  keychain.set = async (account, value) => {
    await set(account, value);
    if (keychain.hangAfterStoring) return new Promise<void>(() => undefined);
    if (keychain.failAfterStoring) {
      keychain.failAfterStoring = false;
      throw new AppError('KEYCHAIN_UNAVAILABLE', 'The system keychain could not be reached (system said: Timeout was reached).', {
        problem: 'unavailable',
        platform: 'linux',
        detail: 'Timeout was reached',
      });
    }
  };
  return keychain;
}

interface Rig extends EnvelopeCalls {
  dataDir: string;
  keychain: FaultyKeychain;
  services: AppServices;
  logLines: string[];
  account(): string;
  settingsText(): string;
}

function rig(dataDir: string, keychain: FaultyKeychain = faultyKeychain()): Rig {
  const logLines: string[] = [];
  const services = createAppServices({
    dataDir,
    keychain: keychain as Keychain,
    capabilities: browserModeCapabilities(),
    log: { info: (line) => void logLines.push(line) },
  });
  const table = createHandlerTable(services);
  const calls = envelopeCalls((channel, payload) => dispatch(table, channel, payload, { host: 'browser' }));
  return {
    ...calls,
    dataDir,
    keychain,
    services,
    logLines,
    account: () => keychainAccount(services.keychainNamespace()!, PROFILE, TOKEN),
    settingsText: () => readFileSync(join(dataDir, 'settings.json'), 'utf8'),
  };
}

let count = 0;
async function webexRig(): Promise<Rig> {
  count += 1;
  const r = rig(join(scratch, `data-${count}`));
  await r.data('profile.selectIntegration', { profileId: PROFILE, integrationId: 'webex-entra' });
  return r;
}

const save = (r: Rig, value: string) => r.error('secrets.save', { profileId: PROFILE, secretId: TOKEN, value, expiresAt: null });

/** The secret is in no file of the data folder, no log line, and not in the error main sent. */
function expectNoSecretOutsideKeychain(r: Rig, error?: AppErrorShape): void {
  expect(findSecretsUnder(r.dataDir, SECRETS)).toEqual([]);
  expect(findSecretsInText('log', r.logLines.join('\n'), SECRETS)).toEqual([]);
  if (error) expect(findSecretsInText('error', JSON.stringify(error), SECRETS)).toEqual([]);
  // Positive control: the scanner does find a planted copy.
  expect(findSecretsInText('planted', `x${Buffer.from(FIRST).toString('base64url')}x`, SECRETS)).toContainEqual({ where: 'planted', form: 'base64url' });
}

function expectSentences(error: AppErrorShape, key: string): void {
  const shown = renderError(error);
  expect(shown.key).toBe(key);
  expect(shown.hasKey).toEqual({ en: true, ko: true });
  expect(shown.ko).toMatch(/[\uAC00-\uD7A3]/);
}

describe('the keychain absent or locked', () => {
  it.each([
    ['unavailable', 'KEYCHAIN_UNAVAILABLE'],
    ['locked', 'KEYCHAIN_LOCKED'],
  ] as const)('%s: %s, no dates recorded, the value nowhere', async (mode, code) => {
    const r = await webexRig();
    const before = r.settingsText();
    r.keychain.mode = mode;
    const error = await save(r, FIRST);
    expect(error.code).toBe(code);
    expectSentences(error, code);
    expect(r.settingsText()).toBe(before);
    expect(r.keychain.entries.size).toBe(0);
    expectNoSecretOutsideKeychain(r, error);
  });

  it('locked after a first save: the saved token and its dates stay as they were', async () => {
    const r = await webexRig();
    await r.data('secrets.save', { profileId: PROFILE, secretId: TOKEN, value: FIRST, expiresAt: null });
    const before = r.settingsText();
    r.keychain.mode = 'locked';
    expect((await save(r, SECOND)).code).toBe('KEYCHAIN_LOCKED');
    r.keychain.mode = 'ok';
    expect(r.settingsText()).toBe(before);
    expect(r.keychain.entries.get(r.account())).toBe(FIRST);
  });
});

describe('the keychain failing mid-write (it took the value, then the call failed)', () => {
  it('a first save: the entry it took is removed again, so nothing is left that the UI cannot see', async () => {
    const r = await webexRig();
    const before = r.settingsText();
    r.keychain.failAfterStoring = true;
    const error = await save(r, FIRST);
    expect(error).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    expectSentences(error, 'KEYCHAIN_UNAVAILABLE');
    expect([...r.keychain.entries.keys()]).toEqual([]);
    expect(r.settingsText()).toBe(before);
    expectNoSecretOutsideKeychain(r, error);
  });

  it('a replacement: the previous token is put back, matching the dates the settings still hold', async () => {
    const r = await webexRig();
    await r.data('secrets.save', { profileId: PROFILE, secretId: TOKEN, value: FIRST, expiresAt: null });
    const before = r.settingsText();
    r.keychain.failAfterStoring = true;
    expect((await save(r, SECOND)).code).toBe('KEYCHAIN_UNAVAILABLE');
    expect(r.keychain.entries.get(r.account())).toBe(FIRST);
    expect(r.settingsText()).toBe(before);
    expectNoSecretOutsideKeychain(r);
  });
});

describe('the settings write failing after the keychain write', () => {
  /** The data folder turned into a file: every write fails (EEXIST or ENOTDIR), root or not. */
  function breakFolder(r: Rig): void {
    rmSync(r.dataDir, { recursive: true });
    writeFileSync(r.dataDir, 'no longer a folder');
    cleanups.push(() => rmSync(r.dataDir, { force: true }));
  }

  it('a first save: SETTINGS_UNWRITABLE, and the keychain entry is taken out again', async () => {
    const r = await webexRig();
    breakFolder(r);
    const error = await save(r, FIRST);
    expect(error).toMatchObject({ code: 'SETTINGS_UNWRITABLE', params: { folder: r.dataDir } });
    expectSentences(error, 'SETTINGS_UNWRITABLE');
    expect([...r.keychain.entries.keys()]).toEqual([]);
    expect(findSecretsInText('error', JSON.stringify(error), SECRETS)).toEqual([]);
  });

  it('a replacement on a full disk (a real 64 KiB tmpfs): the keychain gets its previous value back', async (context) => {
    if (!mountable)
      return context.skip('this machine cannot mount a tmpfs (needs root and CAP_SYS_ADMIN); the broken folder above covers a failed settings write');
    count += 1;
    const dataDir = join(scratch, `data-${count}`);
    mkdirSync(dataDir);
    expect(mountSmallTmpfs(dataDir, 64)).toBe(true);
    cleanups.push(() => unmount(dataDir));
    const r = rig(dataDir);
    await r.data('profile.selectIntegration', { profileId: PROFILE, integrationId: 'webex-entra' });
    await r.data('secrets.save', { profileId: PROFILE, secretId: TOKEN, value: FIRST, expiresAt: null });
    const before = r.settingsText();
    let blocks = 0;
    try {
      for (; blocks < 1000; blocks += 1) writeFileSync(join(dataDir, `filler-${blocks}`), Buffer.alloc(4096, 1));
    } catch {
      // full
    }
    const error = await save(r, SECOND);
    expect(error).toMatchObject({ code: 'SETTINGS_UNWRITABLE', params: { reason: 'ENOSPC', variant: 'disk-full' } });
    expect(r.keychain.entries.get(r.account())).toBe(FIRST);
    expect(r.settingsText()).toBe(before);
    // atomically removes its failed temp file asynchronously (fs.unlink), so give it a moment.
    await vi.waitFor(() => expect(readdirSync(dataDir).filter((name) => !name.startsWith('filler-'))).toEqual(['settings.json']));
    expectNoSecretOutsideKeychain(r, error);
  });
});

describe('the process killed between the keychain write and the settings write', () => {
  it('after a restart: the last good settings, the value only in the keychain, and removable from the app', async () => {
    const r = await webexRig();
    const before = r.settingsText();
    r.keychain.hangAfterStoring = true;
    // The save never gets past the keychain write: as far as the settings file knows, the process died there.
    void r.data('secrets.save', { profileId: PROFILE, secretId: TOKEN, value: FIRST, expiresAt: null });
    await new Promise((done) => setTimeout(done, 50));
    r.keychain.hangAfterStoring = false;
    expect(r.settingsText()).toBe(before);

    // A restart: new services over the same data folder and the same keychain.
    const restarted = rig(r.dataDir, r.keychain);
    expect(restarted.services.notices()).toEqual([]);
    expect(restarted.services.settings.read().profiles[PROFILE]!.secrets).toEqual({});
    expect(r.keychain.entries.get(restarted.account())).toBe(FIRST);
    expectNoSecretOutsideKeychain(restarted);
    // The stray entry is not stuck: the next save replaces it, and deleting the profile deletes it.
    await restarted.data('secrets.save', { profileId: PROFILE, secretId: TOKEN, value: SECOND, expiresAt: null });
    expect(r.keychain.entries.get(restarted.account())).toBe(SECOND);
    await restarted.data('profiles.create', { name: 'Spare', integrationId: null });
    const deleted = await restarted.data('profiles.delete', { profileId: PROFILE });
    expect(deleted.removedSecrets).toEqual([TOKEN]);
    expect([...r.keychain.entries.keys()]).toEqual([]);
  });
});
