import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEYCHAIN_SERVICE } from '../../shared/secrets';
import { browserModeCapabilities } from '../../electron/browser-mode/browser-capabilities';
import { createAppServices } from '../../electron/services/app-services';
import { dispatch } from '../../electron/services/dispatch';
import { createHandlerTable } from '../../electron/services/handlers';
import { findSecretsInText, findSecretsUnder } from '../support/faults-secret-scan';
import { LOCK_LOGIN_COLLECTION, runResultsChild } from '../support/results-child';
import { renderError } from '../support/faults-sentences';

/**
 * Secret saves under keychain faults, against the real Secret Service (gnome-keyring,
 * through test/keychain/with-keyring.sh), through the app's real services and handlers:
 * the keychain locked or absent during a save, and the settings write failing after the
 * keychain took the value. Each: a typed error with a sentence in both languages, the
 * settings as they were, and the secret in no file, log or output.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const TOKEN = 'webex-bearer-token';
const FIRST = 'MzQ5YjA2ZTEta2V5Y2hhaW4tZmlyc3Q_PF84_1a2b3c4d-0000-4aaa-8bbb-faultsfirst01';
const SECOND = 'MzQ5YjA2ZTEta2V5Y2hhaW4tc2Vjb25k_PF84_5e6f7a8b-0000-4ccc-8ddd-faultssecond2';
const SECRETS = [FIRST, SECOND];
const run = promisify(execFile);
// Two folders below the root like the app's own bundles (app-package.ts finds package.json so), inside node_modules so bare imports resolve.
const BUNDLE_DIR = join(ROOT, 'node_modules', `.scim-faults-${process.pid}`);
const BUNDLE = join(BUNDLE_DIR, 'keychain-app.mjs');

let scratch: string;
beforeAll(async () => {
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) throw new Error('No session bus: run through test/keychain/with-keyring.sh (npm run test:keychain).');
  scratch = mkdtempSync(join(tmpdir(), 'faults-keychain-'));
  // Packages stay external: keytar loads natively in the child, as in the app.
  await build({
    input: join(ROOT, 'test/support/faults-keychain-app.ts'),
    platform: 'node',
    external: (id) => !id.startsWith('.') && !id.startsWith('/'),
    output: { file: BUNDLE, format: 'esm' },
    logLevel: 'silent',
  });
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
});

async function accountsInSecretService(): Promise<string[]> {
  const { stdout, stderr } = await run('secret-tool', ['search', '--all', 'service', KEYCHAIN_SERVICE]);
  return [...`${stdout}\n${stderr}`.matchAll(/^attribute\.account = (.*)$/gm)].map((match) => match[1]!).sort();
}

/**
 * The child: real services over DATA_DIR with the real keychain; runs STEPS and prints
 * each outcome with the settings file as it was after the step.
 */
const CHILD = `
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
const app = await import(process.env.APP_BUNDLE);
const dataDir = process.env.DATA_DIR;
const keychain = app.createKeytarKeychain({ loadKeytar: async () => (await import('@github/keytar')).default });
const services = app.createAppServices({ dataDir, keychain, capabilities: app.browserModeCapabilities(), log: { info: (line) => console.error('LOG ' + line) } });
const table = app.createHandlerTable(services);
const call = (channel, payload) => app.dispatch(table, channel, payload, { host: 'browser' });
const results = [];
for (const step of process.env.STEPS.split(',')) {
  let envelope;
  if (step === 'lock') {
    ${LOCK_LOGIN_COLLECTION}
    envelope = { ok: true };
  } else if (step === 'select') {
    envelope = await call('profile.selectIntegration', { profileId: 'default', integrationId: 'webex-entra' });
  } else if (step === 'status') {
    envelope = await call('secrets.status', { profileId: 'default' });
  } else {
    envelope = await call('secrets.save', { profileId: 'default', secretId: '${TOKEN}', value: process.env[step], expiresAt: null });
  }
  results.push({ step, ok: envelope.ok, error: envelope.ok ? undefined : envelope.error, settings: readFileSync(dataDir + '/settings.json', 'utf8') });
}
console.log('RESULTS ' + JSON.stringify(results));
`;

interface StepResult {
  step: string;
  ok: boolean;
  error?: { code: string; message: string; params?: Record<string, string | number> };
  settings: string;
}

function runChild(dataDir: string, steps: string[], options: { wrapper?: string[]; env?: Record<string, string> } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, APP_BUNDLE: BUNDLE, DATA_DIR: dataDir, STEPS: steps.join(','), FIRST, SECOND };
  return runResultsChild<StepResult>({ script: CHILD, cwd: ROOT, env, ...(options.wrapper ? { wrapper: options.wrapper } : {}) });
}

/** Nothing of either secret in the data folder or in anything the child printed (logs included). */
function expectNoSecretOutsideKeychain(dataDir: string, output: string): void {
  expect(findSecretsUnder(dataDir, SECRETS)).toEqual([]);
  // The results line carries the settings text and errors, so this covers them too.
  expect(findSecretsInText('child output', output, SECRETS)).toEqual([]);
  // Positive control: a planted copy is found.
  expect(findSecretsInText('planted', `${output}${encodeURIComponent(SECOND)}`, SECRETS)).not.toEqual([]);
}

function expectSentences(error: StepResult['error'], key: string): void {
  const shown = renderError(error!);
  expect(shown.key).toBe(key);
  expect(shown.hasKey).toEqual({ en: true, ko: true });
  expect(shown.ko).toMatch(/[\uAC00-\uD7A3]/);
}

describe('a secret save against a real keychain that fails', () => {
  it('the keyring locked after a first save: KEYCHAIN_LOCKED, the settings as they were, the value nowhere else', async () => {
    const dataDir = join(scratch, 'locked');
    // Its own keyring (a nested with-keyring.sh): locking it cannot disturb the other tests' keyring.
    const { results, output } = await runChild(dataDir, ['select', 'FIRST', 'lock', 'SECOND', 'status'], {
      wrapper: ['bash', join(ROOT, 'test/keychain/with-keyring.sh')],
    });
    const [select, first, lock, second, status] = results;
    expect([select!.ok, first!.ok, lock!.ok]).toEqual([true, true, true]);
    expect(second).toMatchObject({ ok: false, error: { code: 'KEYCHAIN_LOCKED', params: { problem: 'locked', platform: 'linux' } } });
    expectSentences(second!.error, 'KEYCHAIN_LOCKED');
    expect(second!.settings).toBe(first!.settings);
    // Reading through a locked keyring is the lock too, not "no token".
    expect(status).toMatchObject({ ok: false, error: { code: 'KEYCHAIN_LOCKED' } });
    expectNoSecretOutsideKeychain(dataDir, output);
  });

  it('no keychain at all (no session bus): KEYCHAIN_UNAVAILABLE, no dates recorded, the value nowhere else', async () => {
    const dataDir = join(scratch, 'absent');
    const { results, output } = await runChild(dataDir, ['select', 'FIRST'], { env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' } });
    const [select, first] = results;
    expect(select!.ok).toBe(true);
    expect(first).toMatchObject({ ok: false, error: { code: 'KEYCHAIN_UNAVAILABLE' } });
    expectSentences(first!.error, 'KEYCHAIN_UNAVAILABLE');
    expect(first!.settings).toBe(select!.settings);
    expectNoSecretOutsideKeychain(dataDir, output);
  });

  it('the settings write failing after the keychain took the value: the keychain gets its previous value back', async () => {
    const dataDir = join(scratch, 'settings-fail');
    const services = createAppServices({ dataDir, capabilities: browserModeCapabilities(), log: { info: () => undefined } });
    const table = createHandlerTable(services);
    const call = (channel: string, payload: unknown) => dispatch(table, channel, payload, { host: 'browser' });
    const account = `${services.keychainNamespace()}/default/${TOKEN}`;
    expect((await call('profile.selectIntegration', { profileId: 'default', integrationId: 'webex-entra' })).ok).toBe(true);
    expect((await call('secrets.save', { profileId: 'default', secretId: TOKEN, value: FIRST, expiresAt: null })).ok).toBe(true);
    const before = readFileSync(join(dataDir, 'settings.json'), 'utf8');

    // The data folder becomes a file: the settings write fails whoever runs the test (root ignores modes).
    rmSync(dataDir, { recursive: true });
    writeFileSync(dataDir, 'no longer a folder');
    const failed = await call('secrets.save', { profileId: 'default', secretId: TOKEN, value: SECOND, expiresAt: null });
    expect(failed).toMatchObject({ ok: false, error: { code: 'SETTINGS_UNWRITABLE', params: { folder: dataDir } } });
    expect(findSecretsInText('error', JSON.stringify(failed), SECRETS)).toEqual([]);
    expect(await services.secrets.get('default', TOKEN)).toBe(FIRST);
    expect(findSecretsInText('data folder stand-in', readFileSync(dataDir, 'utf8'), SECRETS)).toEqual([]);
    expect(before).not.toContain(FIRST);

    // A first token whose dates cannot be written leaves no entry at all.
    await services.secrets.delete('default', TOKEN);
    const firstFailed = await call('secrets.save', { profileId: 'default', secretId: TOKEN, value: SECOND, expiresAt: null });
    expect(firstFailed).toMatchObject({ ok: false, error: { code: 'SETTINGS_UNWRITABLE' } });
    expect(await accountsInSecretService()).not.toContain(account);
    rmSync(dataDir, { force: true });
  });
});
