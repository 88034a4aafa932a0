import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { browserModeCapabilities } from '../../../electron/browser-mode/browser-capabilities';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlerTable } from '../../../electron/services/handlers';
import { buildHandoffFile, MAX_HANDOFF_BYTES } from '../../../electron/services/handoff/handoff-file';
import { WEBEX_ACTIONS, WEBEX_FIELDS } from '../../../shared/integrations/webex-entra';
import { keychainAccount, type SecretId } from '../../../shared/secrets';
import { emptyProfile, type Settings } from '../../../shared/settings/schema';
import { HANDOFF_MAX_BYTES } from '../../../renderer/src/components/HandoffImportLimit';
import { envelopeCalls, type EnvelopeCalls } from '../../support/envelope-calls';
import { createMemoryKeychain, type MemoryKeychain } from '../../support/memory-keychain';

/**
 * handoff.export and handoff.import through the one handler table and dispatch(), on real services
 * (the settings file in a temp folder, the real secret writes); only the keychain is the in-memory double.
 * "Nothing changed" is measured on the settings file's bytes and on every keychain entry.
 */

const SAVED_AT = new Date('2026-02-03T04:05:06.000Z');
const EXPORTED_AT = new Date('2026-11-25T12:00:00.000Z');
const ORG_ID = '3f2b6c1e-8d4a-4e7b-9c2f-5a1d0e6b7c8d';
const TOKEN = 'eyJhbGciOiJub25lIn0.handoff-test-token-value.sig';
const ACCESS_KEY_ID = `${'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.repeat(2).slice(0, 52)}====`;
const ACCESS_KEY_SECRET = `${'QRSTUVWXYZ234567ABCDEFGHIJKLMNOP'.repeat(2).slice(0, 52)}====`;
const CXONE_BEARER = 'cxs_handoffTestBearerTokenValue0123456789abcdef';

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

interface Rig extends EnvelopeCalls {
  dataDir: string;
  keychain: MemoryKeychain;
  services: AppServices;
  logLines: string[];
  clock: { now: Date };
  settingsBytes(): string;
  keychainEntries(): Array<[string, string]>;
  onDisk(): Settings;
}

function rig(): Rig {
  const dataDir = mkdtempSync(join(tmpdir(), 'handoff-handlers-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const keychain = createMemoryKeychain();
  const logLines: string[] = [];
  const clock = { now: SAVED_AT };
  const services = createAppServices({
    dataDir,
    keychain,
    capabilities: browserModeCapabilities(),
    now: () => clock.now,
    log: { info: (line) => void logLines.push(line) },
  });
  const table = createHandlerTable(services);
  const call = (channel: string, payload: unknown) => dispatch(table, channel, payload, { host: 'browser' });
  const settingsBytes = () => readFileSync(join(dataDir, 'settings.json'), 'utf8');
  return {
    dataDir,
    keychain,
    services,
    logLines,
    clock,
    ...envelopeCalls(call),
    settingsBytes,
    keychainEntries: () => [...keychain.entries.entries()].sort(),
    onDisk: () => JSON.parse(settingsBytes()) as Settings,
  };
}

function account(r: Rig, profileId: string, secretId: SecretId): string {
  return keychainAccount(r.services.settings.read().keychainNamespace, profileId, secretId);
}

/** The default profile as a Webex setup with an Org ID, a stored token and a passed connection test. */
async function webexDefault(r: Rig): Promise<void> {
  const profileId = 'default';
  await r.data('profiles.rename', { profileId, name: 'Acme Webex' });
  await r.data('profile.selectIntegration', { profileId, integrationId: 'webex-entra' });
  await r.data('profile.saveField', { profileId, fieldId: WEBEX_FIELDS.offer, value: 'commercial' });
  await r.data('profile.completeStep', { profileId, stepId: 'before-you-start' });
  await r.data('profile.completeStep', { profileId, stepId: 'add-gallery-app', skip: true });
  await r.data('profile.saveField', { profileId, fieldId: WEBEX_FIELDS.testUserAssigned, value: 'true' });
  await r.data('profile.completeStep', { profileId, stepId: 'assign-users' });
  await r.data('profile.saveField', { profileId, fieldId: WEBEX_FIELDS.tenantUrl, value: ORG_ID });
  await r.data('profile.completeStep', { profileId, stepId: 'org-id' });
  const saved = await r.data('secrets.save', { profileId, secretId: 'webex-bearer-token', value: TOKEN, expiresAt: null });
  expect(saved.ok).toBe(true);
  // The check's own outcome, as check-handlers record it after a live test.
  r.services.settings.update((s) => {
    const p = s.profiles[profileId]!;
    return { ...s, profiles: { ...s.profiles, [profileId]: { ...p, actions: { [WEBEX_ACTIONS.testConnection]: { ok: true, at: SAVED_AT.toISOString() } } } } };
  });
}

/** A CXone profile (Okta, standard, another area code) with its access key pair and a bearer token stored. */
async function cxoneProfile(r: Rig): Promise<string> {
  const created = await r.data('profiles.create', { name: 'Globex CXone', integrationId: 'cxone' });
  if (!created.ok) throw new Error(created.code);
  const profileId = created.settings.activeProfileId;
  for (const [fieldId, value] of [
    ['cxone.idp', 'okta'],
    ['cxone.environment', 'standard'],
    ['cxone.region', 'other'],
    ['cxone.regionCode', 'EU2'],
  ] as const) {
    const answer = await r.data('profile.saveField', { profileId, fieldId, value });
    expect(answer.ok, fieldId).toBe(true);
  }
  for (const [secretId, value] of [
    ['cxone-access-key-id', ACCESS_KEY_ID],
    ['cxone-access-key-secret', ACCESS_KEY_SECRET],
    ['cxone-bearer-token', CXONE_BEARER],
  ] as const) {
    expect((await r.data('secrets.save', { profileId, secretId, value, expiresAt: null })).ok, secretId).toBe(true);
  }
  return profileId;
}

async function exported(r: Rig, profileId: string): Promise<string> {
  r.clock.now = EXPORTED_AT;
  return (await r.data('handoff.export', { profileId })).text;
}

const importFile = (r: Rig, text: string, name: string | null = null, replaceProfileId: string | null = null) =>
  r.data('handoff.import', { text, name, replaceProfileId });

/** The exported Webex file with a change made to its JSON. */
function changed(text: string, change: (file: Record<string, unknown> & { profile: Record<string, unknown> }) => void): string {
  const file = JSON.parse(text) as Record<string, unknown> & { profile: Record<string, unknown> };
  change(file);
  return JSON.stringify(file, null, 2);
}

const fieldsOf = (file: { profile: Record<string, unknown> }) => file.profile.fields as Record<string, string>;

describe('handoff.export', () => {
  it('answers the file and its name: answers and progress, never a secret, a secret date or a check result', async () => {
    const r = rig();
    await webexDefault(r);
    const cxone = await cxoneProfile(r);
    const stored = r.onDisk();
    const secretDates = Object.values(stored.profiles)
      .flatMap((p) => Object.values(p.secrets))
      .flatMap((meta) => [meta?.savedAt, meta?.expiresAt])
      .filter((value): value is string => typeof value === 'string');
    expect(secretDates.length).toBeGreaterThanOrEqual(4);

    for (const profileId of ['default', cxone]) {
      r.clock.now = EXPORTED_AT;
      const answer = await r.data('handoff.export', { profileId });
      expect(answer.fileName).toBe(`${profileId}.scim-handoff.json`);
      expect(answer.fileName).toMatch(/^[a-z0-9-]+\.scim-handoff\.json$/);
      for (const secret of [TOKEN, ACCESS_KEY_ID, ACCESS_KEY_SECRET, CXONE_BEARER]) expect(answer.text).not.toContain(secret);
      for (const date of secretDates) expect(answer.text).not.toContain(date);
      // Dates of the secrets' days too (an expiry is a date), and the check's result and its time.
      for (const date of secretDates) expect(answer.text).not.toContain(date.slice(0, 10));
      expect(answer.text).not.toMatch(/"secrets"|"actions"|savedAt|expiresAt|test-connection|check-access-key|"revision"/);
      expect(r.logLines).toContain(`profile ${profileId} exported as a hand-off file (no secrets)`);
    }
    const webex = JSON.parse((await r.data('handoff.export', { profileId: 'default' })).text) as { profile: Record<string, unknown>; exportedAt: string };
    expect(webex.exportedAt).toBe(EXPORTED_AT.toISOString());
    expect(webex.profile).toMatchObject({
      name: 'Acme Webex',
      integrationId: 'webex-entra',
      currentStepId: 'bearer-token',
      completedStepIds: ['before-you-start', 'assign-users', 'org-id'],
      skippedStepIds: ['add-gallery-app'],
    });
    expect(fieldsOf(webex)[WEBEX_FIELDS.tenantUrl]).toMatch(new RegExp(`/${ORG_ID}$`));
    for (const line of r.logLines) for (const secret of [TOKEN, ACCESS_KEY_ID, ACCESS_KEY_SECRET, CXONE_BEARER]) expect(line).not.toContain(secret);
  });

  it('refuses a profile with nothing done (no integration yet) with its reason, and an unknown profile', async () => {
    const r = rig();
    expect(await r.error('handoff.export', { profileId: 'default' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      params: { reason: 'nothing-to-export', profileId: 'default' },
    });
    expect(await r.error('handoff.export', { profileId: 'nobody' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await r.error('handoff.export', { profileId: 'constructor' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(r.logLines.filter((line) => line.includes('exported'))).toEqual([]);
  });
});

describe('handoff.import', () => {
  it('round trip: the exported file starts a new, active profile with the same answers and progress and no secret', async () => {
    const source = rig();
    await webexDefault(source);
    const cxone = await cxoneProfile(source);

    for (const profileId of ['default', cxone]) {
      const text = await exported(source, profileId);
      const original = source.onDisk().profiles[profileId]!;
      const target = rig();
      const keychainBefore = target.keychainEntries();
      const answer = await importFile(target, text);
      expect(answer.ok).toBe(true);
      if (!answer.ok) return;
      expect(answer.replaced).toBe(false);
      expect(answer.profileId).not.toBe('default');
      expect(answer.settings.activeProfileId).toBe(answer.profileId);
      const imported = target.onDisk().profiles[answer.profileId]!;
      expect(target.onDisk().activeProfileId).toBe(answer.profileId);
      expect(imported).toMatchObject({
        name: original.name,
        integrationId: original.integrationId,
        fields: original.fields,
        currentStepId: original.currentStepId,
        completedStepIds: original.completedStepIds,
        skippedStepIds: original.skippedStepIds,
        secrets: {},
        actions: {},
      });
      // The customer's own default profile is left as it was.
      expect(target.onDisk().profiles.default).toMatchObject({ integrationId: null, fields: {} });
      expect(target.keychainEntries()).toEqual(keychainBefore);
      expect(target.logLines).toContain(`profile ${answer.profileId} imported from a hand-off file (${original.integrationId}, no secrets) and made active`);
    }
  });

  it('never touches the profile in progress: it stays as it was, and the imported one opens', async () => {
    const r = rig();
    await webexDefault(r);
    const cxone = await cxoneProfile(r);
    const text = changed(await exported(r, cxone), (f) => (f.profile.name = 'Initech CXone'));
    await r.data('profiles.setActive', { profileId: 'default' });
    const before = r.onDisk().profiles.default;
    const answer = await importFile(r, text);
    expect(answer).toMatchObject({ ok: true, replaced: false });
    expect(r.onDisk().profiles.default).toEqual(before);
    expect(r.onDisk().activeProfileId).not.toBe('default');
    expect(r.keychain.entries.get(account(r, 'default', 'webex-bearer-token'))).toBe(TOKEN);
  });

  describe('refusals change nothing (settings file bytes and keychain entries)', () => {
    const cases: Array<[string, (webex: string, cxone: string) => string, string]> = [
      ['a file over 1 MiB', () => `{"pad":"${'x'.repeat(MAX_HANDOFF_BYTES)}"}`, 'handoff-too-large'],
      ['nesting 10000 deep', () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'handoff-too-deep'],
      ['not JSON', () => 'format: scim-setup-wizard/profile', 'handoff-not-json'],
      ['a __proto__ key', (w) => w.replace('"fields": {', '"fields": {\n "__proto__": {"polluted": "yes"},'), 'handoff-prototype-key'],
      ['a constructor key', (w) => changed(w, (f) => Object.defineProperty(f.app, 'constructor', { value: 'x', enumerable: true })), 'handoff-prototype-key'],
      ['a token key', (w) => changed(w, (f) => (f.profile.token = TOKEN)), 'handoff-secret-field'],
      ['a secret id among the answers', (_w, c) => changed(c, (f) => (fieldsOf(f)['cxone-bearer-token'] = CXONE_BEARER)), 'handoff-secret-field'],
      ['another format', () => JSON.stringify({ format: 'something-else', version: 1 }), 'handoff-unknown-format'],
      ['version 2', (w) => changed(w, (f) => (f.version = 2)), 'handoff-unknown-version'],
      ['an unknown field', (w) => changed(w, (f) => (f.profile.colour = 'blue')), 'handoff-unknown-field'],
      ['a value of the wrong kind', (w) => changed(w, (f) => (f.profile.completedStepIds = 'all')), 'handoff-bad-value'],
      [
        'a tenant URL on a foreign host',
        (w) => changed(w, (f) => (fieldsOf(f)[WEBEX_FIELDS.tenantUrl] = `https://api.ciscospark.com.evil.example/v1/scim/${ORG_ID}`)),
        'lookalike-host',
      ],
      [
        'a CXone base URL on a foreign host',
        (_w, c) => changed(c, (f) => (fieldsOf(f)['cxone.regionCode'] = 'https://eu2.nice-incontact.com.evil.example/scim/v2')),
        'cxone-base-url-lookalike-host',
      ],
      ['a CXone area code starting with digits', (_w, c) => changed(c, (f) => (fieldsOf(f)['cxone.regionCode'] = '2eu')), 'cxone-region-digits-first'],
      ['an unknown integration', (w) => changed(w, (f) => (f.profile.integrationId = 'zendesk')), 'handoff-unknown-integration'],
      ['an unknown step', (w) => changed(w, (f) => (f.profile.completedStepIds = ['teleport'])), 'handoff-unknown-step'],
      ['a profile name with a control character', (w) => changed(w, (f) => (f.profile.name = 'Acme\u0007')), 'profile-name-control-character'],
      ['the name of a profile already here', (w) => w, 'handoff-name-taken'],
    ];

    it.each(cases)('%s', async (_what, make, code) => {
      const r = rig();
      await webexDefault(r);
      const cxone = await cxoneProfile(r);
      const webexText = await exported(r, 'default');
      const cxoneText = await exported(r, cxone);
      const bytes = r.settingsBytes();
      const keychain = r.keychainEntries();
      const logged = r.logLines.length;
      const answer = await importFile(r, make(webexText, cxoneText));
      expect(answer).toMatchObject({ ok: false, code });
      if (answer.ok) return;
      expect(answer.message).toMatch(/\S/);
      expect(r.settingsBytes()).toBe(bytes);
      expect(r.keychainEntries()).toEqual(keychain);
      expect(r.logLines.slice(logged).filter((line) => /imported|replaced/.test(line))).toEqual([]);
      // A field refusal says it is in the file; nothing in the answer is a secret.
      if (!code.startsWith('handoff-')) expect(answer.params?.within).toBe('handoff');
      for (const secret of [TOKEN, ACCESS_KEY_ID, ACCESS_KEY_SECRET, CXONE_BEARER]) expect(JSON.stringify(answer)).not.toContain(secret);
    });

    it('names the profile that has the name, for the page to ask', async () => {
      const r = rig();
      await webexDefault(r);
      const text = await exported(r, 'default');
      expect(await importFile(r, text.replace('"Acme Webex"', '"  ACME   webex "'))).toMatchObject({
        ok: false,
        code: 'handoff-name-taken',
        params: { name: 'Acme Webex', profileId: 'default' },
      });
    });

    it.each([
      ['empty', '   ', 'empty'],
      ['too long', 'x'.repeat(81), 'profile-name-too-long'],
      ['with a control character', 'Acme\u200B 2', 'profile-name-control-character'],
      ['taken too', 'acme webex', 'profile-name-taken'],
    ])('refuses a typed name %s with the profile-name codes', async (_what, name, code) => {
      const r = rig();
      await webexDefault(r);
      const text = await exported(r, 'default');
      const bytes = r.settingsBytes();
      expect(await importFile(r, text, name)).toMatchObject({ ok: false, code });
      expect(r.settingsBytes()).toBe(bytes);
    });
  });

  it('imports under another name as a new profile when the admin types one', async () => {
    const r = rig();
    await webexDefault(r);
    const text = await exported(r, 'default');
    const answer = await importFile(r, text, '  Acme Webex (2) ');
    expect(answer).toMatchObject({ ok: true, replaced: false });
    if (!answer.ok) return;
    expect(answer.profileId).toMatch(/^acme-webex-2-[a-z0-9]{6}$/);
    expect(r.onDisk().profiles[answer.profileId]).toMatchObject({ name: 'Acme Webex (2)', secrets: {}, actions: {} });
    expect(Object.keys(r.onDisk().profiles)).toHaveLength(2);
  });

  it('replace: answers and progress replaced, secrets records and keychain entries kept, check results dropped, revision bumped', async () => {
    const r = rig();
    await webexDefault(r);
    const before = r.onDisk().profiles.default!;
    expect(before.actions[WEBEX_ACTIONS.testConnection]).toBeDefined();
    // Support's file for the same organisation, with the Org ID step still open and the government offer.
    const text = buildHandoffFile(
      {
        ...emptyProfile('support-copy', 'Acme Webex', EXPORTED_AT),
        integrationId: 'webex-entra',
        currentStepId: 'assign-users',
        completedStepIds: ['before-you-start'],
        skippedStepIds: ['add-gallery-app'],
        fields: { [WEBEX_FIELDS.offer]: 'government' },
      },
      { appVersion: '0.1.0', now: EXPORTED_AT },
    );
    await r.data('profiles.create', { name: 'Elsewhere', integrationId: null });
    const keychain = r.keychainEntries();
    const answer = await importFile(r, text, null, 'default');
    expect(answer).toMatchObject({ ok: true, replaced: true, profileId: 'default' });
    const after = r.onDisk().profiles.default!;
    expect(after).toMatchObject({
      id: 'default',
      name: 'Acme Webex',
      integrationId: 'webex-entra',
      fields: { [WEBEX_FIELDS.offer]: 'government' },
      currentStepId: 'assign-users',
      completedStepIds: ['before-you-start'],
      skippedStepIds: ['add-gallery-app'],
      secrets: before.secrets,
      actions: {},
    });
    expect(after.revision).toBeGreaterThan(before.revision);
    expect(r.onDisk().activeProfileId).toBe('default');
    expect(Object.keys(r.onDisk().profiles)).toHaveLength(2);
    expect(r.keychainEntries()).toEqual(keychain);
    expect(r.keychain.entries.get(account(r, 'default', 'webex-bearer-token'))).toBe(TOKEN);
    expect(r.logLines).toContain('profile default replaced from a hand-off file (answers and progress; keychain entries kept) and made active');
  });

  it('replace names an existing profile: another id is NOT_FOUND and changes nothing', async () => {
    const r = rig();
    await webexDefault(r);
    const text = await exported(r, 'default');
    const bytes = r.settingsBytes();
    for (const replaceProfileId of ['nobody', 'constructor']) {
      expect(await r.error('handoff.import', { text, name: null, replaceProfileId })).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await r.error('handoff.import', { text, name: null, replaceProfileId: '__proto__' })).toMatchObject({ code: 'INVALID_REQUEST' });
    expect(r.settingsBytes()).toBe(bytes);
  });
});

describe("the page's size limit", () => {
  it("is main's: a file the page sends is never refused by main for its size alone, and one it refuses main would too", () => {
    expect(HANDOFF_MAX_BYTES).toBe(MAX_HANDOFF_BYTES);
  });
});
