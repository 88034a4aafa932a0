import { describe, expect, it, vi } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { keychainFixKey, type KeychainProblem } from '../../../shared/i18n/keychain-fix';
import { KEYCHAIN_SERVICE } from '../../../shared/secrets';
import { createNamespacedSecretStore } from '../../../electron/services/namespaced-secret-store';
import { createKeytarKeychain, type KeytarLike, type KeytarSecretStoreOptions } from '../../../electron/services/secret-store';
import { createMemoryKeychain } from '../../support/memory-keychain';
import { rejection } from '../../support/rejection';

const TOKEN = 'webex-bearer-token';
const SECRET = 'NzQ2ZDg0-distinctive-secret-value-1f3a';
const NAMESPACE = '0a1b2c3d4e5f';
const ACCOUNT = `${NAMESPACE}/default/webex-bearer-token`;

/** The keytar keychain as handlers see it: bound to one data folder's namespace. */
function createKeytarSecretStore(options: KeytarSecretStoreOptions) {
  return createNamespacedSecretStore({ keychain: createKeytarKeychain(options), namespace: () => NAMESPACE });
}

/** A keytar stand-in: a map, or every call failing with `failWith`, or libsecret's silent locked behaviour. */
function fakeKeytar(options: { failWith?: string | undefined; lockedSilently?: boolean } = {}) {
  const entries = new Map<string, string>();
  const calls: string[] = [];
  const fail = () => {
    if (options.failWith !== undefined) throw new Error(options.failWith);
  };
  const keytar: KeytarLike = {
    async getPassword(service, account) {
      calls.push(`get ${account}`);
      fail();
      if (options.lockedSilently) return null;
      return entries.get(`${service}|${account}`) ?? null;
    },
    async setPassword(service, account, password) {
      calls.push(`set ${account}`);
      fail();
      if (options.lockedSilently) throw new Error('Cannot create an item in a locked collection');
      entries.set(`${service}|${account}`, password);
    },
    async deletePassword(service, account) {
      calls.push(`delete ${account}`);
      fail();
      if (options.lockedSilently) return false;
      return entries.delete(`${service}|${account}`);
    },
  };
  return { keytar, entries, calls };
}

describe('keytar secret store', () => {
  it('stores under the app service and `<namespace>/<profileId>/<secretId>`, reads and deletes', async () => {
    const fake = fakeKeytar();
    const store = createKeytarSecretStore({ keytar: fake.keytar, platform: 'linux' });
    await store.set('default', TOKEN, SECRET);
    expect([...fake.entries]).toEqual([[`${KEYCHAIN_SERVICE}|${ACCOUNT}`, SECRET]]);
    expect(await store.get('default', TOKEN)).toBe(SECRET);
    expect(await store.get('other', TOKEN)).toBeNull();
    expect(await store.delete('default', TOKEN)).toBe(true);
    expect(await store.delete('default', TOKEN)).toBe(false);
    expect(fake.entries.size).toBe(0);
  });

  it('refuses ids that could reach other entries', async () => {
    const fake = fakeKeytar();
    const store = createKeytarSecretStore({ keytar: fake.keytar, platform: 'linux' });
    expect((await rejection(store.get('__probe__', TOKEN))).code).toBe('INVALID_REQUEST');
    expect((await rejection(store.set('a/b', TOKEN, SECRET))).code).toBe('INVALID_REQUEST');
    expect((await rejection(store.get('default', 'nope' as typeof TOKEN))).code).toBe('INVALID_REQUEST');
    expect(fake.calls).toEqual([]);
  });

  it('refuses account names the namespaced store would never build, before keytar sees them', async () => {
    const fake = fakeKeytar();
    const keychain = createKeytarKeychain({ keytar: fake.keytar, platform: 'linux' });
    for (const account of ['', 'default', 'a/../b', 'Default/webex-bearer-token', 'a/b\nc', `${'a'.repeat(200)}/b`]) {
      expect((await rejection(keychain.get(account))).code).toBe('INVALID_REQUEST');
    }
    expect(fake.calls).toEqual([]);
  });

  describe('maps what keytar throws', () => {
    const LINUX_INSTALL = 'sudo apt-get install gnome-keyring libsecret-1-0';
    const cases: { platform: NodeJS.Platform; text: string; code: string; fix: string }[] = [
      // Observed here (libsecret + gnome-keyring on Debian), see secret-store.ts.
      { platform: 'linux', text: 'Cannot autolaunch D-Bus without X11 $DISPLAY', code: 'KEYCHAIN_UNAVAILABLE', fix: LINUX_INSTALL },
      { platform: 'linux', text: 'The given address is empty', code: 'KEYCHAIN_UNAVAILABLE', fix: LINUX_INSTALL },
      { platform: 'linux', text: 'Could not connect: No such file or directory', code: 'KEYCHAIN_UNAVAILABLE', fix: LINUX_INSTALL },
      { platform: 'linux', text: 'Could not connect: Connection refused', code: 'KEYCHAIN_UNAVAILABLE', fix: LINUX_INSTALL },
      { platform: 'linux', text: 'The name org.freedesktop.secrets was not provided by any .service files', code: 'KEYCHAIN_UNAVAILABLE', fix: LINUX_INSTALL },
      {
        platform: 'linux',
        text: 'Object does not exist at path “/org/freedesktop/secrets/collection/login”',
        code: 'KEYCHAIN_UNAVAILABLE',
        fix: 'Create a default keyring',
      },
      { platform: 'linux', text: 'Cannot create an item in a locked collection', code: 'KEYCHAIN_LOCKED', fix: 'Unlock your login keyring' },
      { platform: 'linux', text: 'Prompt dismissed', code: 'KEYCHAIN_LOCKED', fix: 'Passwords and Keys / Seahorse' },
      { platform: 'linux', text: 'Something nobody has seen before', code: 'KEYCHAIN_UNAVAILABLE', fix: LINUX_INSTALL },
      // macOS (SecCopyErrorMessageString) and Windows (FormatMessage) texts, as keytar passes them on.
      { platform: 'darwin', text: 'User interaction is not allowed.', code: 'KEYCHAIN_LOCKED', fix: 'Keychain Access: unlock the login keychain' },
      { platform: 'darwin', text: 'User canceled the operation.', code: 'KEYCHAIN_LOCKED', fix: 'Keychain Access: unlock the login keychain' },
      { platform: 'darwin', text: 'A default keychain could not be found.', code: 'KEYCHAIN_UNAVAILABLE', fix: 'Keychain Access' },
      {
        platform: 'win32',
        text: 'A specified logon session does not exist. It may already have been terminated.\r\n',
        code: 'KEYCHAIN_UNAVAILABLE',
        fix: 'Credential Manager',
      },
      { platform: 'win32', text: 'The stub received bad data.\r\n', code: 'KEYCHAIN_REJECTED', fix: 'nothing was stored' },
    ];

    it.each(cases)('$platform "$text" -> $code', async ({ platform, text, code, fix }) => {
      const store = createKeytarSecretStore({ keytar: fakeKeytar({ failWith: text }).keytar, platform });
      const error = await rejection(store.set('default', TOKEN, SECRET));
      expect(error.code).toBe(code);
      expect(error.message).toContain(fix);
      expect(error.message).toContain(`system said: ${text.trim()}`);
      // The UI writes the fix from these, in the language on screen.
      expect(error.params).toMatchObject({ problem: expect.any(String), platform, detail: text.trim() });
      expect(en.keychain.fix[keychainFixKey(platform, error.params?.problem as KeychainProblem)]).toContain(fix);
    });

    it.each(cases.filter((c) => c.code !== 'KEYCHAIN_REJECTED'))('probe: $platform "$text" -> $code', async ({ platform, text, code, fix }) => {
      const store = createKeytarSecretStore({ keytar: fakeKeytar({ failWith: text }).keytar, platform });
      const status = await store.probe();
      expect(status).toEqual({ ok: false, code, problem: expect.any(String), platform, detail: text.trim() });
      if (!status.ok) expect(en.keychain.fix[keychainFixKey(platform, status.problem)]).toContain(fix);
    });

    it('maps failures of get and delete too', async () => {
      const store = createKeytarSecretStore({ keytar: fakeKeytar({ failWith: 'The given address is empty' }).keytar, platform: 'linux' });
      expect((await rejection(store.get('default', TOKEN))).code).toBe('KEYCHAIN_UNAVAILABLE');
      expect((await rejection(store.delete('default', TOKEN))).code).toBe('KEYCHAIN_UNAVAILABLE');
    });
  });

  describe('refuses values before keytar sees them', () => {
    const refused: [string, string, NodeJS.Platform][] = [
      ['empty', '', 'linux'],
      ['with a NUL', 'abc\0def', 'linux'],
      ['over 8 KiB', 'x'.repeat(8 * 1024 + 1), 'linux'],
      ['over 8 KiB in UTF-8 bytes', 'é'.repeat(4097), 'linux'],
      ['over 2560 bytes on Windows', 'x'.repeat(2561), 'win32'],
      ['with a lone surrogate', 'abc\uD800def', 'linux'],
    ];
    it.each(refused)('%s', async (_name, value, platform) => {
      const fake = fakeKeytar();
      const store = createKeytarSecretStore({ keytar: fake.keytar, platform });
      const error = await rejection(store.set('default', TOKEN, value));
      expect(error.code).toBe('KEYCHAIN_REJECTED');
      expect(error.message).toMatch(/nothing was stored/);
      expect(fake.calls).toEqual([]);
    });

    it('takes values up to the limit, including non-ASCII', async () => {
      const fake = fakeKeytar();
      const store = createKeytarSecretStore({ keytar: fake.keytar, platform: 'linux' });
      await store.set('default', TOKEN, 'x'.repeat(8 * 1024));
      await store.set('p2', TOKEN, '토큰-🔑-é');
      expect(await store.get('p2', TOKEN)).toBe('토큰-🔑-é');
    });
  });

  describe('never reveals the secret', () => {
    const leaks = [`secret_password_store_sync failed for ${SECRET}`, `bad data near "${SECRET.slice(3, 15)}"`, `value ${SECRET} is locked`];
    it.each(leaks)('even when keytar says "%s"', async (text) => {
      const store = createKeytarSecretStore({ keytar: fakeKeytar({ failWith: text }).keytar, platform: 'linux' });
      const error = await rejection(store.set('default', TOKEN, SECRET));
      const everything = JSON.stringify({ message: error.message, stack: error.stack, params: error.params, shape: error.toShape() });
      expect(everything).not.toContain(SECRET.slice(3, 15));
      expect(error.message).not.toContain('system said');
      expect(['KEYCHAIN_UNAVAILABLE', 'KEYCHAIN_LOCKED']).toContain(error.code);
    });

    it('nor in a refusal', async () => {
      const store = createKeytarSecretStore({ keytar: fakeKeytar().keytar, platform: 'linux' });
      const error = await rejection(store.set('default', TOKEN, `${SECRET}\0`));
      expect(JSON.stringify({ m: error.message, p: error.params, s: error.stack })).not.toContain(SECRET);
    });
  });

  describe('a missing native module', () => {
    it('is KEYCHAIN_UNAVAILABLE when used, not a crash when created', async () => {
      const load = vi.fn(async (): Promise<KeytarLike> => {
        throw new Error("Cannot find module '@github/keytar'");
      });
      const store = createKeytarSecretStore({ loadKeytar: load, platform: 'linux' });
      expect(load).not.toHaveBeenCalled();
      const error = await rejection(store.get('default', TOKEN));
      expect(error.code).toBe('KEYCHAIN_UNAVAILABLE');
      expect(error.message).toContain('keychain module could not be loaded');
      expect(error.message).toContain('libsecret-1-0');
      expect(error.params).toMatchObject({ problem: 'module', platform: 'linux' });
      expect((await rejection(store.set('default', TOKEN, SECRET))).code).toBe('KEYCHAIN_UNAVAILABLE');
      expect(await store.probe()).toEqual({
        ok: false,
        code: 'KEYCHAIN_UNAVAILABLE',
        problem: 'module',
        platform: 'linux',
        detail: "Cannot find module '@github/keytar'",
      });
      expect(en.keychain.fix[keychainFixKey('linux', 'module')]).toContain('reinstall the app');
    });

    it('is tried again on the next call', async () => {
      const fake = fakeKeytar();
      const load = vi.fn<() => Promise<KeytarLike>>().mockRejectedValueOnce(new Error('Failed to load keytar native addon')).mockResolvedValue(fake.keytar);
      const store = createKeytarSecretStore({ loadKeytar: load, platform: 'darwin' });
      expect((await rejection(store.get('default', TOKEN))).message).toContain('Reinstall the app');
      expect(await store.get('default', TOKEN)).toBeNull();
      expect(await store.get('default', TOKEN)).toBeNull();
      expect(load).toHaveBeenCalledTimes(2);
    });
  });

  describe('a locked Linux keyring that answers "not found"', () => {
    it('is reported as KEYCHAIN_LOCKED, not as a missing secret', async () => {
      const fake = fakeKeytar({ lockedSilently: true });
      const store = createKeytarSecretStore({ keytar: fake.keytar, platform: 'linux' });
      const error = await rejection(store.get('default', TOKEN));
      expect(error.code).toBe('KEYCHAIN_LOCKED');
      expect(error.message).toContain('Unlock your login keyring');
      expect(error.params).toMatchObject({ problem: 'locked' });
      expect((await rejection(store.delete('default', TOKEN))).code).toBe('KEYCHAIN_LOCKED');
    });

    it('is only double-checked on Linux', async () => {
      const fake = fakeKeytar({ lockedSilently: true });
      const store = createKeytarSecretStore({ keytar: fake.keytar, platform: 'darwin' });
      expect(await store.get('default', TOKEN)).toBeNull();
      expect(fake.calls).toEqual([`get ${ACCOUNT}`]);
    });

    it('a real "not found" costs one probe entry that is removed again', async () => {
      const fake = fakeKeytar();
      const store = createKeytarSecretStore({ keytar: fake.keytar, platform: 'linux' });
      expect(await store.get('default', TOKEN)).toBeNull();
      expect(fake.calls.map((call) => call.replace(/__probe__\/[0-9a-f]+/, '__probe__/*'))).toEqual([
        `get ${ACCOUNT}`,
        'set __probe__/*',
        'get __probe__/*',
        'delete __probe__/*',
      ]);
      expect(fake.entries.size).toBe(0);
    });
  });

  describe('probe', () => {
    it.each([
      ['linux', 'libsecret (Secret Service)'],
      ['darwin', 'macOS Keychain'],
      ['win32', 'Windows Credential Manager'],
    ] as const)('round-trips a throwaway entry on %s', async (platform, backend) => {
      const fake = fakeKeytar();
      const store = createKeytarSecretStore({ keytar: fake.keytar, platform });
      expect(await store.probe()).toEqual({ ok: true, backend });
      expect(fake.calls).toHaveLength(3);
      expect(fake.calls[0]).toMatch(/^set __probe__\/[0-9a-f]{16}$/);
      expect(fake.entries.size).toBe(0);
    });

    it('fails when the keychain returns something else than was stored', async () => {
      const fake = fakeKeytar();
      fake.keytar.getPassword = async () => 'something else';
      const status = await createKeytarSecretStore({ keytar: fake.keytar, platform: 'linux' }).probe();
      expect(status).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE', problem: 'unavailable' });
      expect(fake.entries.size).toBe(0);
    });
  });
});

describe('memory keychain (test double)', () => {
  it('stores values by account and simulates an unavailable or locked keychain', async () => {
    const keychain = createMemoryKeychain();
    await keychain.set(ACCOUNT, SECRET);
    expect(await keychain.get(ACCOUNT)).toBe(SECRET);
    expect([...keychain.entries.keys()]).toEqual([ACCOUNT]);
    keychain.mode = 'locked';
    expect((await rejection(keychain.get(ACCOUNT))).code).toBe('KEYCHAIN_LOCKED');
    expect(await keychain.probe()).toMatchObject({ ok: false, code: 'KEYCHAIN_LOCKED', problem: 'locked' });
    keychain.mode = 'unavailable';
    expect((await rejection(keychain.set(ACCOUNT, 'x'))).code).toBe('KEYCHAIN_UNAVAILABLE');
    expect(await keychain.probe()).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE', problem: 'unavailable' });
    keychain.mode = 'ok';
    expect((await rejection(keychain.set(ACCOUNT, ''))).code).toBe('KEYCHAIN_REJECTED');
    expect(await keychain.delete(ACCOUNT)).toBe(true);
  });
});
