import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYCHAIN_SERVICE } from '../../shared/secrets';
import { createNamespacedSecretStore } from '../../electron/services/namespaced-secret-store';
import { createKeytarKeychain } from '../../electron/services/secret-store';
import { openSettingsStore } from '../../electron/services/settings-store';
import { LOCK_LOGIN_COLLECTION, runResultsChild } from '../support/results-child';

/**
 * Against the real Secret Service (gnome-keyring). Run through
 * test/keychain/with-keyring.sh, which provides a private session bus and an
 * unlocked, throwaway keyring.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const TOKEN = 'webex-bearer-token';
const run = promisify(execFile);
/** A namespace of this test run's own, so its entries never meet another run's. */
const NAMESPACE = '0ce57e5700ce';
const store = createNamespacedSecretStore({ keychain: createKeytarKeychain(), namespace: () => NAMESPACE });

let scratch: string;
beforeAll(() => {
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) {
    throw new Error('No session bus: run the keychain tests through test/keychain/with-keyring.sh (npm run test:keychain).');
  }
  scratch = mkdtempSync(join(tmpdir(), 'keychain-test-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Accounts the Secret Service holds for our service, as `secret-tool` sees them (attributes go to stderr). */
async function accountsInSecretService(): Promise<string[]> {
  const { stdout, stderr } = await run('secret-tool', ['search', '--all', 'service', KEYCHAIN_SERVICE]);
  return [...`${stdout}\n${stderr}`.matchAll(/^attribute\.account = (.*)$/gm)].map((match) => match[1]!).sort();
}

describe('the real keychain', () => {
  it('stores, reads and deletes a value, visible to other Secret Service clients', async () => {
    const value = `kc-roundtrip-${Date.now()}`;
    await store.set('kc-one', TOKEN, value);
    expect(await store.get('kc-one', TOKEN)).toBe(value);
    expect(await accountsInSecretService()).toContain(`${NAMESPACE}/kc-one/webex-bearer-token`);
    expect(await store.delete('kc-one', TOKEN)).toBe(true);
    expect(await store.get('kc-one', TOKEN)).toBeNull();
    expect(await accountsInSecretService()).not.toContain(`${NAMESPACE}/kc-one/webex-bearer-token`);
    expect(await store.delete('kc-one', TOKEN)).toBe(false);
  });

  it('keeps profiles apart', async () => {
    await store.set('kc-a', TOKEN, 'value-a');
    await store.set('kc-b', TOKEN, 'value-b');
    expect(await store.get('kc-a', TOKEN)).toBe('value-a');
    expect(await store.get('kc-b', TOKEN)).toBe('value-b');
    await store.delete('kc-a', TOKEN);
    expect(await store.get('kc-a', TOKEN)).toBeNull();
    expect(await store.get('kc-b', TOKEN)).toBe('value-b');
    await store.delete('kc-b', TOKEN);
  });

  it('keeps unicode exactly and overwrites on a second set', async () => {
    const unicode = '토큰 🔑 é ß 中文 \u{1F600}';
    await store.set('kc-u', TOKEN, unicode);
    expect(await store.get('kc-u', TOKEN)).toBe(unicode);
    await store.set('kc-u', TOKEN, 'second');
    expect(await store.get('kc-u', TOKEN)).toBe('second');
    expect((await accountsInSecretService()).filter((account) => account === `${NAMESPACE}/kc-u/webex-bearer-token`)).toHaveLength(1);
    await store.delete('kc-u', TOKEN);
  });

  it('takes an 8 KiB value', async () => {
    const big = 'A'.repeat(8 * 1024);
    await store.set('kc-big', TOKEN, big);
    expect(await store.get('kc-big', TOKEN)).toBe(big);
    await store.delete('kc-big', TOKEN);
  });

  it('probes ok and leaves no probe entry behind', async () => {
    expect(await store.probe()).toEqual({ ok: true, backend: 'libsecret (Secret Service)' });
    expect(await store.get('kc-none', TOKEN)).toBeNull();
    expect((await accountsInSecretService()).filter((account) => account.startsWith('__probe__'))).toEqual([]);
  });
});

describe('the secret never touches disk', () => {
  function filesUnder(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
  }

  it('is in the keychain but in no file of the data folder', async () => {
    const dataDir = join(scratch, 'data');
    const secret = `tok-${Date.now()}-7f3c9e1a-distinctive`;
    const settings = openSettingsStore({ dataDir });
    await store.set('default', TOKEN, secret);
    settings.update((s) => {
      const profile = s.profiles.default!;
      const at = new Date().toISOString();
      return { ...s, profiles: { default: { ...profile, secrets: { [TOKEN]: { savedAt: at, expiresAt: null } }, updatedAt: at } } };
    });
    // A damaged file moved aside and a fresh one written must not carry it either.
    writeFileSync(settings.filePath, '{broken');
    openSettingsStore({ dataDir }).update((s) => ({ ...s, locale: 'en' }));

    const files = filesUnder(dataDir);
    expect(files.length).toBeGreaterThanOrEqual(2);
    const needles = [Buffer.from(secret, 'utf8'), Buffer.from(secret, 'utf16le'), Buffer.from(Buffer.from(secret).toString('base64'))];
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const needle of needles) expect(bytes.includes(needle), `${file} holds the secret`).toBe(false);
    }
    expect(await store.get('default', TOKEN)).toBe(secret);
    await store.delete('default', TOKEN);
  });
});

/**
 * Failure modes need a fresh process (libsecret keeps its bus connection for the
 * life of a process). The child loads secret-store.ts through Vite's module runner
 * (in-process loading of keytar is covered above) and runs STEPS (probe, set, get, delete, lock) against the environment it is given.
 */
const CHILD = `
import { execFileSync } from 'node:child_process';
import { runnerImport } from 'vite';
const { module: m } = await runnerImport(process.env.SECRET_STORE_MODULE, { configFile: false, logLevel: 'silent' });
// runnerImport closes its runner once loaded, so keytar is imported here, natively.
const keychain = m.createKeytarKeychain({ loadKeytar: async () => (await import('@github/keytar')).default });
const ACCOUNT = 'c41d0000c41d/kc-child/webex-bearer-token';
const results = [];
for (const step of process.env.STEPS.split(',')) {
  if (step === 'lock') {
    ${LOCK_LOGIN_COLLECTION}
    results.push({ step, ok: true });
    continue;
  }
  try {
    const value = step === 'probe' ? await keychain.probe()
      : step === 'set' ? await keychain.set(ACCOUNT, process.env.SECRET_VALUE)
      : step === 'get' ? await keychain.get(ACCOUNT)
      : await keychain.delete(ACCOUNT);
    results.push({ step, ok: true, value: value ?? null });
  } catch (error) {
    results.push({ step, ok: false, code: error.code, message: error.message, problem: error.params?.problem });
  }
}
console.log('RESULTS ' + JSON.stringify(results));
`;

interface StepResult {
  step: string;
  ok: boolean;
  value?: unknown;
  code?: string;
  message?: string;
  problem?: string;
}

function runChild(options: { steps: string[]; env?: Record<string, string>; wrapper?: string[]; secret?: string }) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    SECRET_STORE_MODULE: join(ROOT, 'electron/services/secret-store.ts'),
    STEPS: options.steps.join(','),
    SECRET_VALUE: options.secret ?? 'child-secret-value',
  };
  return runResultsChild<StepResult>({ script: CHILD, cwd: ROOT, env, ...(options.wrapper ? { wrapper: options.wrapper } : {}) });
}

describe('keychain failures, in a child process', () => {
  it('no session bus: KEYCHAIN_UNAVAILABLE with the Linux fix', async () => {
    const { results } = await runChild({ steps: ['probe', 'set', 'get'], env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' } });
    const [probe, set, get] = results;
    expect(probe).toMatchObject({
      ok: true,
      value: {
        ok: false,
        code: 'KEYCHAIN_UNAVAILABLE',
        problem: 'unavailable',
        platform: 'linux',
        detail: expect.stringContaining('Could not connect'),
      },
    });
    expect(set).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE' });
    expect(set!.message).not.toContain('child-secret-value');
    expect(get).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE' });
  });

  it('a session bus without any Secret Service: KEYCHAIN_UNAVAILABLE', async () => {
    const config = join(scratch, 'no-secret-service.conf');
    writeFileSync(
      config,
      `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/></policy></busconfig>`,
    );
    const { results } = await runChild({ steps: ['probe'], wrapper: ['dbus-run-session', `--config-file=${config}`, '--'] });
    expect(results[0]!.value).toMatchObject({
      ok: false,
      code: 'KEYCHAIN_UNAVAILABLE',
      problem: 'unavailable',
      detail: expect.stringContaining('org.freedesktop.secrets was not provided'),
    });
  });

  it('a Secret Service without a login keyring (none could be created): KEYCHAIN_UNAVAILABLE', async () => {
    // gnome-keyring is started on demand by D-Bus, but cannot ask for a password to create the keyring.
    const home = mkdtempSync(join(scratch, 'home-'));
    const { results } = await runChild({
      steps: ['probe', 'get'],
      wrapper: ['dbus-run-session', '--'],
      env: { HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_RUNTIME_DIR: mkdtempSync(join(scratch, 'run-')) },
    });
    const [probe, get] = results;
    expect(probe!.value).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE', problem: 'no-keyring' });
    // libsecret answers "not found" here; the store does not take that at face value.
    expect(get).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE' });
  });

  it('a locked keyring: KEYCHAIN_LOCKED for probe, set, get and delete', async () => {
    const { results } = await runChild({
      steps: ['set', 'get', 'lock', 'probe', 'get', 'set', 'delete'],
      wrapper: ['bash', join(ROOT, 'test/keychain/with-keyring.sh')],
      secret: 'locked-test-secret-value',
    });
    const [seed, read, lock, probe, get, set, del] = results;
    expect(seed).toMatchObject({ ok: true });
    expect(read).toMatchObject({ ok: true, value: 'locked-test-secret-value' });
    expect(lock).toMatchObject({ ok: true });
    expect(probe!.value).toMatchObject({ ok: false, code: 'KEYCHAIN_LOCKED', problem: 'locked' });
    // libsecret itself returns "not found" for the locked entry; the store reports the lock instead.
    expect(get).toMatchObject({ ok: false, code: 'KEYCHAIN_LOCKED' });
    expect(set).toMatchObject({ ok: false, code: 'KEYCHAIN_LOCKED', message: expect.stringContaining('locked collection') });
    expect(set!.message).not.toContain('locked-test-secret-value');
    expect(del).toMatchObject({ ok: false, code: 'KEYCHAIN_LOCKED' });
  });
});
