import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlerTable } from '../../../electron/services/handlers';
import { WEBEX_ACTIONS, WEBEX_FIELDS } from '../../../shared/integrations/webex-entra';
import { SECRET_IDS, keychainAccount, type SecretId } from '../../../shared/secrets';
import type { z } from 'zod';
import { profileIdSchema, type Settings, type settingsSchema } from '../../../shared/settings/schema';
import { browserCapabilitiesStub } from '../../support/browser-capabilities';
import { envelopeCalls, type EnvelopeCalls } from '../../support/envelope-calls';
import { createMemoryKeychain, type MemoryKeychain } from '../../support/memory-keychain';

/**
 * The profiles calls through the one handler table and dispatch(), on real services (the conf
 * settings file in a temp folder, the real secret writes); only the keychain is the in-memory double.
 */

const NOW = new Date('2025-03-04T05:06:07.000Z');
const ORG_ID = '3f2b6c1e-8d4a-4e7b-9c2f-5a1d0e6b7c8d';
const TOKEN = 'eyJhbGciOiJub25lIn0.profiles-test-token-value.sig';
const ACCESS_KEY = `${'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.repeat(2).slice(0, 52)}====`;

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'profiles-handlers-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

interface Rig extends EnvelopeCalls {
  dataDir: string;
  keychain: MemoryKeychain;
  services: AppServices;
  logLines: string[];
  call(channel: string, payload: unknown): ReturnType<typeof dispatch>;
  onDisk(): Settings;
  account(profileId: string, secretId: SecretId): string;
}

function rig(dataDir = tempDir(), keychain = createMemoryKeychain()): Rig {
  const logLines: string[] = [];
  const services = createAppServices({
    dataDir,
    keychain,
    capabilities: browserCapabilitiesStub(),
    now: () => NOW,
    log: { info: (line) => void logLines.push(line) },
  });
  const table = createHandlerTable(services);
  const call = (channel: string, payload: unknown) => dispatch(table, channel, payload, { host: 'browser' });
  return {
    dataDir,
    keychain,
    services,
    logLines,
    call,
    ...envelopeCalls(call),
    onDisk: () => JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as Settings,
    account: (profileId, secretId) => keychainAccount(services.settings.read().keychainNamespace, profileId, secretId),
  };
}

/** Creates a profile and answers its id; fails the test on a refusal. */
async function create(r: Rig, name: string, integrationId: string | null = null): Promise<string> {
  const answer = await r.data('profiles.create', { name, integrationId });
  if (!answer.ok) throw new Error(`create refused: ${answer.code}`);
  return answer.settings.activeProfileId;
}

/** A Webex profile with an Org ID, a stored token and a passed connection test (recorded as main records it). */
async function webexWithToken(r: Rig, profileId: string): Promise<void> {
  await r.data('profile.selectIntegration', { profileId, integrationId: 'webex-entra' });
  await r.data('profile.saveField', { profileId, fieldId: WEBEX_FIELDS.offer, value: 'commercial' });
  await r.data('profile.saveField', { profileId, fieldId: WEBEX_FIELDS.tenantUrl, value: ORG_ID });
  const saved = await r.data('secrets.save', { profileId, secretId: 'webex-bearer-token', value: TOKEN, expiresAt: null });
  expect(saved.ok).toBe(true);
  // The check's own outcome, as check-handlers record it after a live test.
  r.services.settings.update((s) => {
    const p = s.profiles[profileId]!;
    return { ...s, profiles: { ...s.profiles, [profileId]: { ...p, actions: { [WEBEX_ACTIONS.testConnection]: { ok: true, at: NOW.toISOString() } } } } };
  });
}

describe('profiles.create', () => {
  it('adds a named profile with its integration at the first step, makes it active and writes it to settings.json', async () => {
    const r = rig();
    const answer = await r.data('profiles.create', { name: '  Acme Corp  ', integrationId: 'cxone' });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const id = answer.settings.activeProfileId;
    expect(id).not.toBe('default');
    expect(profileIdSchema.safeParse(id).success).toBe(true);
    expect(id).toMatch(/^acme-corp-[a-z0-9]{6}$/);
    expect(answer.settings.profiles[id]).toMatchObject({
      id,
      name: 'Acme Corp',
      integrationId: 'cxone',
      currentStepId: 'before-you-start',
      fields: {},
      secrets: {},
    });
    expect(Object.keys(answer.settings.profiles).sort()).toEqual(['default', id].sort());
    expect(r.onDisk().activeProfileId).toBe(id);
    expect(r.onDisk().profiles[id]?.name).toBe('Acme Corp');
    expect(r.logLines).toContain(`profile ${id} created (cxone) and made active`);
  });

  it('creates a profile without an integration (the picker shows) and one with a Korean name (id from the suffix alone)', async () => {
    const r = rig();
    const plain = await create(r, 'Tenant B');
    expect(r.onDisk().profiles[plain]).toMatchObject({ integrationId: null, currentStepId: null });
    const korean = await create(r, '한국 지사');
    expect(korean).toMatch(/^profile-[a-z0-9]{6}$/);
    expect(r.onDisk().profiles[korean]?.name).toBe('한국 지사');
  });

  it.each([
    ['empty', '   ', 'empty', { variant: 'profile-name' }],
    ['over 80 characters', 'x'.repeat(81), 'profile-name-too-long', { length: 81, max: 80 }],
    ['a control character', 'Acme\u0007', 'profile-name-control-character', { hex: 'U+0007', position: 5 }],
    ['a zero-width space', 'Ac\u200Bme', 'profile-name-control-character', { hex: 'U+200B', position: 3 }],
    ['a line break', 'Acme\nCorp', 'profile-name-control-character', { hex: 'U+000A', position: 5 }],
  ])('refuses a name with %s as data and changes nothing', async (_case, name, code, params) => {
    const r = rig();
    const before = r.onDisk();
    const answer = await r.data('profiles.create', { name, integrationId: null });
    expect(answer).toMatchObject({ ok: false, code, params });
    expect(r.onDisk()).toEqual(before);
  });

  it('refuses a name another profile has, ignoring case and spaces, naming the profile that has it', async () => {
    const r = rig();
    await create(r, 'Acme Corp');
    for (const name of ['acme corp', 'ACME  CORP', ' AcmeCorp ', 'default']) {
      const answer = await r.data('profiles.create', { name, integrationId: null });
      expect(answer, name).toMatchObject({ ok: false, code: 'profile-name-taken' });
    }
    expect(await r.data('profiles.create', { name: 'acme corp', integrationId: null })).toMatchObject({ params: { name: 'Acme Corp' } });
    expect(Object.keys(r.onDisk().profiles)).toHaveLength(2);
  });

  it('refuses an unknown integration with NOT_FOUND and a name over the contract limit as INVALID_REQUEST', async () => {
    const r = rig();
    expect(await r.error('profiles.create', { name: 'X', integrationId: 'nope' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await r.error('profiles.create', { name: 'x'.repeat(201), integrationId: null })).toMatchObject({ code: 'INVALID_REQUEST' });
    expect(Object.keys(r.onDisk().profiles)).toEqual(['default']);
  });
});

describe('profiles.rename', () => {
  it('renames (trimmed), bumps the revision, and may change only the case of its own name', async () => {
    const r = rig();
    const before = r.onDisk().profiles.default!.revision;
    const answer = await r.data('profiles.rename', { profileId: 'default', name: '  Support desk ' });
    expect(answer.ok && answer.settings.profiles.default).toMatchObject({ name: 'Support desk', revision: before + 1 });
    expect(await r.data('profiles.rename', { profileId: 'default', name: 'SUPPORT DESK' })).toMatchObject({ ok: true });
    expect(r.onDisk().profiles.default?.name).toBe('SUPPORT DESK');
    expect(r.logLines).toContain('profile default renamed');
  });

  it('refuses an empty or duplicate name and keeps the old one', async () => {
    const r = rig();
    const other = await create(r, 'Tenant B');
    expect(await r.data('profiles.rename', { profileId: other, name: ' ' })).toMatchObject({ ok: false, code: 'empty', params: { variant: 'profile-name' } });
    expect(await r.data('profiles.rename', { profileId: other, name: 'DEFAULT' })).toMatchObject({
      ok: false,
      code: 'profile-name-taken',
      params: { name: 'Default' },
    });
    expect(r.onDisk().profiles[other]?.name).toBe('Tenant B');
  });

  it('refuses prototype keys and unknown ids as profile ids', async () => {
    const r = rig();
    for (const profileId of ['constructor', 'tostring', 'nope']) {
      expect(await r.error('profiles.rename', { profileId, name: 'X' }), profileId).toMatchObject({ code: 'NOT_FOUND' });
      expect(await r.error('profiles.setActive', { profileId }), profileId).toMatchObject({ code: 'NOT_FOUND' });
      expect(await r.error('profiles.delete', { profileId }), profileId).toMatchObject({ code: 'NOT_FOUND' });
      expect(await r.error('profiles.duplicate', { profileId, name: 'Y' }), profileId).toMatchObject({ code: 'NOT_FOUND' });
    }
    for (const profileId of ['__proto__', 'prototype!', 'Default']) {
      expect(await r.error('profiles.setActive', { profileId }), profileId).toMatchObject({ code: 'INVALID_REQUEST' });
    }
    expect(Object.keys(r.onDisk().profiles)).toEqual(['default']);
    expect(Object.prototype).not.toHaveProperty('name');
  });
});

describe('profiles.duplicate', () => {
  it('copies answers and progress but never the secrets, nor the check results that depended on them', async () => {
    const r = rig();
    await webexWithToken(r, 'default');
    await r.data('profile.completeStep', { profileId: 'default', stepId: 'before-you-start' });
    const source = r.onDisk().profiles.default!;
    expect(source.secrets['webex-bearer-token']).toBeDefined();
    expect(source.actions[WEBEX_ACTIONS.testConnection]).toBeDefined();

    const answer = await r.data('profiles.duplicate', { profileId: 'default', name: 'Default copy' });
    if (!answer.ok) throw new Error(answer.code);
    const id = answer.settings.activeProfileId;
    const copy = answer.settings.profiles[id]!;
    expect(copy).toMatchObject({
      name: 'Default copy',
      integrationId: 'webex-entra',
      fields: source.fields,
      completedStepIds: source.completedStepIds,
      currentStepId: source.currentStepId,
      secrets: {},
      actions: {},
      revision: 0,
    });
    // The source keeps everything, and the keychain has no entry for the copy.
    expect(r.onDisk().profiles.default).toEqual(source);
    expect(r.keychain.entries.get(r.account('default', 'webex-bearer-token'))).toBe(TOKEN);
    expect([...r.keychain.entries.keys()].filter((account) => account.includes(`/${id}/`))).toEqual([]);
    expect(await r.data('secrets.status', { profileId: id })).toEqual({ secrets: {} });
    expect(r.logLines.join('\n')).not.toContain(TOKEN);
    expect(r.logLines).toContain(`profile default duplicated as ${id} (answers and progress, no secrets) and made active`);
  });

  it('refuses a duplicate name (the source name included) and changes nothing', async () => {
    const r = rig();
    const before = r.onDisk();
    expect(await r.data('profiles.duplicate', { profileId: 'default', name: 'default ' })).toMatchObject({ ok: false, code: 'profile-name-taken' });
    expect(r.onDisk()).toEqual(before);
  });
});

describe('profiles.delete', () => {
  it('refuses the last profile with VALIDATION_FAILED last-profile, keeping its keychain entries', async () => {
    const r = rig();
    await webexWithToken(r, 'default');
    const error = await r.error('profiles.delete', { profileId: 'default' });
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', params: { reason: 'last-profile' } });
    expect(r.onDisk().profiles.default).toBeDefined();
    expect(r.keychain.entries.get(r.account('default', 'webex-bearer-token'))).toBe(TOKEN);
  });

  it("deletes every keychain entry of the profile and nothing of another profile's, then the profile", async () => {
    const r = rig();
    await webexWithToken(r, 'default');
    const cxone = await create(r, 'CXone tenant', 'cxone');
    await r.data('secrets.save', { profileId: cxone, secretId: 'cxone-access-key-id', value: ACCESS_KEY, expiresAt: null });
    // An entry the settings do not record (an interrupted save) goes too.
    r.keychain.entries.set(r.account(cxone, 'cxone-bearer-token'), 'left-behind-bearer-token-value');
    const unrelated = 'ffffffffffff/other/cxone-access-key-id';
    r.keychain.entries.set(unrelated, 'another data folder');

    const answer = await r.data('profiles.delete', { profileId: cxone });
    expect(answer.removedSecrets.sort()).toEqual(['cxone-access-key-id', 'cxone-bearer-token']);
    expect(Object.keys(answer.settings.profiles)).toEqual(['default']);
    expect(Object.keys(r.onDisk().profiles)).toEqual(['default']);
    for (const secretId of SECRET_IDS) expect(r.keychain.entries.has(r.account(cxone, secretId))).toBe(false);
    expect(r.keychain.entries.get(r.account('default', 'webex-bearer-token'))).toBe(TOKEN);
    expect(r.keychain.entries.get(unrelated)).toBe('another data folder');
    expect(r.logLines).toContain(`profile ${cxone} deleted with 2 keychain entries (cxone-access-key-id, cxone-bearer-token); profile default made active`);
    expect(r.logLines.join('\n')).not.toMatch(new RegExp(`${TOKEN}|${ACCESS_KEY}|left-behind`));
  });

  it('deleting the active profile activates the one worked on most recently; deleting another keeps the active one', async () => {
    let clock = new Date('2025-03-04T00:00:00Z');
    const dataDir = tempDir();
    const keychain = createMemoryKeychain();
    const services = createAppServices({ dataDir, keychain, capabilities: browserCapabilitiesStub(), now: () => clock, log: { info: () => undefined } });
    const table = createHandlerTable(services);
    const calls = envelopeCalls((channel, payload) => dispatch(table, channel, payload, { host: 'browser' }));
    const tick = () => (clock = new Date(clock.getTime() + 60_000));
    const created = async (name: string) => {
      tick();
      const answer = await calls.data('profiles.create', { name, integrationId: null });
      return answer.ok ? answer.settings.activeProfileId : '';
    };
    const a = await created('A');
    const b = await created('B');
    const c = await created('C');
    tick();
    await calls.data('profile.selectIntegration', { profileId: a, integrationId: 'cxone' }); // A is now the most recent
    await calls.data('profiles.setActive', { profileId: c });

    const other = await calls.data('profiles.delete', { profileId: b });
    expect(other.settings.activeProfileId).toBe(c);
    const active = await calls.data('profiles.delete', { profileId: c });
    expect(active.settings.activeProfileId).toBe(a);
    expect(services.settings.read().activeProfileId).toBe(a);
  });

  it('with the keychain locked, deletes nothing and says so', async () => {
    const r = rig();
    const cxone = await create(r, 'CXone tenant', 'cxone');
    await r.data('secrets.save', { profileId: cxone, secretId: 'cxone-access-key-id', value: ACCESS_KEY, expiresAt: null });
    const before = r.onDisk();
    r.keychain.mode = 'locked';
    const error = await r.error('profiles.delete', { profileId: cxone });
    expect(error).toMatchObject({ code: 'KEYCHAIN_LOCKED', params: { problem: 'locked' } });
    expect(error.message).toContain('nothing was deleted');
    r.keychain.mode = 'ok';
    expect(r.onDisk()).toEqual(before);
    expect(r.keychain.entries.get(r.account(cxone, 'cxone-access-key-id'))).toBe(ACCESS_KEY);
  });
});

describe('profiles.setActive and restarts', () => {
  it('persists the active profile: a new launch on the same data folder opens it', async () => {
    const r = rig();
    const other = await create(r, 'Tenant B', 'webex-entra');
    await r.data('profiles.setActive', { profileId: 'default' });
    expect(r.onDisk().activeProfileId).toBe('default');
    const settings = await r.data('profiles.setActive', { profileId: other });
    expect(settings.activeProfileId).toBe(other);
    expect(r.logLines).toContain(`profile ${other} made active`);

    const relaunched = rig(r.dataDir, r.keychain);
    expect((await relaunched.data('settings.get', {})).activeProfileId).toBe(other);
  });

  it('loads a schema-2 file with the one default profile unchanged, and profiles can be added to it', async () => {
    const dataDir = tempDir();
    // Written before `stepsClosedAt` existed (an optional field with a default, no version bump).
    const old: z.input<typeof settingsSchema> = {
      schemaVersion: 2,
      writtenBy: { app: '0.9.0' },
      keychainNamespace: '3f9a1c2b7d4e',
      locale: 'ko',
      activeProfileId: 'default',
      profiles: {
        default: {
          id: 'default',
          name: 'Default',
          integrationId: 'webex-entra',
          currentStepId: 'org-id',
          completedStepIds: ['before-you-start', 'add-gallery-app', 'assign-users'],
          skippedStepIds: [],
          fields: { [WEBEX_FIELDS.offer]: 'commercial' },
          secrets: { 'webex-bearer-token': { savedAt: '2025-01-01T00:00:00.000Z', expiresAt: '2026-01-01' } },
          actions: { [WEBEX_ACTIONS.testConnection]: { ok: true, at: '2025-01-02T00:00:00.000Z' } },
          updatedAt: '2025-01-02T00:00:00.000Z',
          revision: 7,
        },
      },
    };
    writeFileSync(join(dataDir, 'settings.json'), JSON.stringify(old));
    const r = rig(dataDir);
    const loaded = await r.data('settings.get', {});
    const withDefaults = { ...old, profiles: { default: { ...old.profiles.default, stepsClosedAt: {} } } };
    expect({ ...loaded, writtenBy: old.writtenBy }).toEqual(withDefaults);

    const id = await create(r, 'Second');
    expect(r.onDisk().profiles.default).toEqual(withDefaults.profiles.default);
    expect(r.onDisk()).toMatchObject({ keychainNamespace: old.keychainNamespace, locale: 'ko', activeProfileId: id });
  });
});
