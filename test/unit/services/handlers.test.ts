import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/errors';
import { WEBEX_ACTIONS, WEBEX_FIELDS } from '../../../shared/integrations/webex-entra';
import { keychainAccount } from '../../../shared/secrets';
import type { Settings } from '../../../shared/settings/schema';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { dispatch, type CallContext, type HandlerTable } from '../../../electron/services/dispatch';
import { createHandlerTable } from '../../../electron/services/handlers';
import type { ExternalOpener, HostCapabilities, SecretClipboard, SignInOpener } from '../../../electron/services/host-capabilities';
import { postFragment } from '../../support/capture-redirect';
import { freePort } from '../../support/free-port';
import type { SecretStore } from '../../../electron/services/secret-store';
import { createMemoryKeychain, type MemoryKeychain } from '../../support/memory-keychain';
import { startScimServer } from '../../support/scim-server';
import { envelopeCalls, type EnvelopeCalls } from '../../support/envelope-calls';

/**
 * The one handler table, driven through dispatch() exactly as the Electron IPC
 * wiring and the browser-mode HTTP host drive it, on real services: the conf
 * settings file in a temp folder, real validators and step engine, the real
 * loopback token capture and SCIM connection test. Only the keychain is the
 * in-memory double, and the host capabilities are browser-like stubs.
 */

const NOW = new Date('2025-03-04T05:06:07.000Z');
const PROFILE = 'default';
const ORG_ID = '3f2b6c1e-8d4a-4e7b-9c2f-5a1d0e6b7c8d';
/** The seed's example Org ID with a 'g' typed for an 'e' at position 27. */
const BAD_ORG_ID = 'a35bfbc6-ccbd-4a17-a488-72gf46c5420c';
const COMMERCIAL_TENANT_URL = `https://api.ciscospark.com/v1/scim/${ORG_ID}`;
const GOVERNMENT_TENANT_URL = `https://api-usgov.webex.com/v1/scim/${ORG_ID}`;
const TOKEN_ID = 'webex-bearer-token' as const;
const CONTEXT: CallContext = { host: 'browser' };

interface BrowserCapabilities extends HostCapabilities {
  signInOpener: { open: ReturnType<typeof vi.fn<SignInOpener['open']>>; closeAll: ReturnType<typeof vi.fn<SignInOpener['closeAll']>> };
  clipboard: { place: ReturnType<typeof vi.fn<SecretClipboard['place']>> };
  externalOpener: { open: ReturnType<typeof vi.fn<ExternalOpener['open']>> };
}

/** What the browser-mode host provides: the page opens the sign-in and places the clipboard value itself. */
function browserCapabilities(): BrowserCapabilities {
  return {
    host: 'browser',
    versions: { node: process.versions.node },
    osLocale: 'en-US',
    signInOpener: { open: vi.fn<SignInOpener['open']>(async () => 'renderer'), closeAll: vi.fn<SignInOpener['closeAll']>() },
    clipboard: { place: vi.fn<SecretClipboard['place']>(() => 'renderer') },
    externalOpener: { open: vi.fn<ExternalOpener['open']>(async () => false) },
    fileSaver: { saveText: vi.fn(async () => 'renderer' as const), savePdf: vi.fn(async () => 'renderer' as const) },
  };
}

const cleanups: Array<() => unknown> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

interface Rig extends EnvelopeCalls {
  dataDir: string;
  /** The in-memory keychain by account (its `mode` simulates a locked or absent one). */
  keychain: MemoryKeychain;
  /** The app's own secret store over it, bound to this data folder's namespace. */
  secrets: SecretStore;
  /** The keychain account of the profile's token. */
  tokenAccount(): string;
  capabilities: BrowserCapabilities;
  services: AppServices;
  table: HandlerTable;
  /** The raw envelope, as either host would send it back. */
  call(channel: string, payload: unknown): ReturnType<typeof dispatch>;
  /** `<dataDir>/settings.json` as written. */
  fileText(): string;
  onDisk(): Settings;
  /** What the host logged (support's trail). */
  logLines: string[];
}

function rig(options: { endpointsFile?: string } = {}): Rig {
  const dataDir = tempDir('handlers-data-');
  const keychain = createMemoryKeychain();
  const capabilities = browserCapabilities();
  const logLines: string[] = [];
  const log = { info: (line: string) => void logLines.push(line) };
  const services = createAppServices({ dataDir, keychain, capabilities, endpointsFile: options.endpointsFile, captureTimeoutMs: 15_000, now: () => NOW, log });
  const table = createHandlerTable(services);
  const started: string[] = [];
  // A capture a failed test left pending would hold its loopback port until the timeout.
  cleanups.push(() => started.forEach((id) => services.captures.cancel(id)));
  const call = async (channel: string, payload: unknown) => {
    const envelope = await dispatch(table, channel, payload, CONTEXT);
    if (channel === 'signIn.start' && envelope.ok) started.push((envelope.data as { captureId: string }).captureId);
    return envelope;
  };
  const fileText = () => readFileSync(join(dataDir, 'settings.json'), 'utf8');
  return {
    dataDir,
    keychain,
    secrets: services.secrets,
    tokenAccount: () => keychainAccount(services.keychainNamespace() ?? 'refused', PROFILE, TOKEN_ID),
    capabilities,
    services,
    table,
    call,
    ...envelopeCalls(call),
    fileText,
    onDisk: () => JSON.parse(fileText()) as Settings,
    logLines,
  };
}

async function webexProfile(r: Rig): Promise<void> {
  await r.data('profile.selectIntegration', { profileId: PROFILE, integrationId: 'webex-entra' });
}

async function saveField(r: Rig, fieldId: string, value: string) {
  return r.data('profile.saveField', { profileId: PROFILE, fieldId, value });
}

/** A real sign-in over the loopback listener, as the browser would finish it: token to the keychain, metadata to the profile. */
async function captureToken(r: Rig, loopbackPort: number, token: string) {
  const started = await r.data('signIn.start', { profileId: PROFILE, actionId: 'capture-token', opener: 'system-browser' });
  expect(started.openedBy).toBe('renderer');
  expect(started.redirectUri).toBe(`http://localhost:${loopbackPort}/auth/code`);
  expect(r.capabilities.signInOpener.open).toHaveBeenCalledWith(started.authorizeUrl, 'system-browser');
  const state = new URL(started.authorizeUrl).searchParams.get('state');
  expect(state).toBeTruthy();
  const waiting = r.data('signIn.await', { captureId: started.captureId });
  expect(await postFragment(loopbackPort, `access_token=${token}&token_type=Bearer&expires_in=3600&state=${state}`)).toBe(200);
  return waiting;
}

/** An endpoints file pointing the Webex flow at a local SCIM server and a free loopback port. */
function endpointsFile(scimBaseUrl: string, loopbackPort: number): string {
  const file = join(tempDir('handlers-endpoints-'), 'endpoints.json');
  writeFileSync(file, JSON.stringify({ webex: { scimBaseUrl, loopbackPort, authorizeUrl: 'http://127.0.0.1:9/authorize' } }));
  return file;
}

describe('the IPC handler table through dispatch, on real services', () => {
  it('selecting the Webex integration starts its first step, shows in settings.get and is written to settings.json', async () => {
    const r = rig();
    const profile = await r.data('profile.selectIntegration', { profileId: PROFILE, integrationId: 'webex-entra' });
    expect(profile).toMatchObject({
      id: PROFILE,
      integrationId: 'webex-entra',
      currentStepId: 'before-you-start',
      completedStepIds: [],
      fields: {},
      updatedAt: NOW.toISOString(),
    });

    const settings = await r.data('settings.get', {});
    expect(settings.profiles[PROFILE]).toEqual(profile);
    expect(r.onDisk().profiles[PROFILE]).toEqual(profile);
  });

  it('saves an Org ID as the normalised tenant URL, and a refused value leaves the saved URL in place', async () => {
    const r = rig();
    await webexProfile(r);
    expect(await saveField(r, WEBEX_FIELDS.offer, 'commercial')).toMatchObject({ ok: true, value: 'commercial' });

    const saved = await saveField(r, WEBEX_FIELDS.tenantUrl, ORG_ID);
    expect(saved).toMatchObject({ ok: true, value: COMMERCIAL_TENANT_URL, notes: [] });
    expect(r.onDisk().profiles[PROFILE]?.fields[WEBEX_FIELDS.tenantUrl]).toBe(COMMERCIAL_TENANT_URL);
    const fileBefore = r.fileText();

    // A refusal is data (the field shows it), not an error envelope.
    const refused = await r.call('profile.saveField', { profileId: PROFILE, fieldId: WEBEX_FIELDS.tenantUrl, value: BAD_ORG_ID });
    expect(refused).toMatchObject({ ok: true, data: { ok: false, code: 'org-id-bad-character', params: { position: 27, char: 'g' } } });

    const settings = await r.data('settings.get', {});
    expect(settings.profiles[PROFILE]?.fields[WEBEX_FIELDS.tenantUrl]).toBe(COMMERCIAL_TENANT_URL);
    expect(r.onDisk().profiles[PROFILE]?.fields[WEBEX_FIELDS.tenantUrl]).toBe(COMMERCIAL_TENANT_URL);
    expect(r.fileText()).toBe(fileBefore);
  });

  it('switching the offer to government re-derives the saved tenant URL on the government host, keeping the Org ID', async () => {
    const r = rig();
    await webexProfile(r);
    await saveField(r, WEBEX_FIELDS.offer, 'commercial');
    await saveField(r, WEBEX_FIELDS.tenantUrl, ORG_ID);

    const government = await saveField(r, WEBEX_FIELDS.offer, 'government');
    expect(government).toMatchObject({ ok: true, value: 'government' });
    if (!government.ok) throw new Error('unreachable');
    expect(government.profile.fields[WEBEX_FIELDS.tenantUrl]).toBe(GOVERNMENT_TENANT_URL);
    expect(r.onDisk().profiles[PROFILE]?.fields[WEBEX_FIELDS.tenantUrl]).toBe(GOVERNMENT_TENANT_URL);

    const back = await saveField(r, WEBEX_FIELDS.offer, 'commercial');
    expect(back.ok && back.profile.fields[WEBEX_FIELDS.tenantUrl]).toBe(COMMERCIAL_TENANT_URL);
  });

  it('refuses to complete a step whose requirements are unmet (VALIDATION_FAILED, no advance) and advances once they are met', async () => {
    const r = rig();
    await webexProfile(r);

    const refused = await r.error('profile.completeStep', { profileId: PROFILE, stepId: 'before-you-start' });
    expect(refused).toMatchObject({
      code: 'VALIDATION_FAILED',
      params: { stepId: 'before-you-start', reason: 'requirements-unmet', unmet: `field:${WEBEX_FIELDS.offer}` },
    });
    const unchanged = (await r.data('settings.get', {})).profiles[PROFILE];
    expect(unchanged).toMatchObject({ currentStepId: 'before-you-start', completedStepIds: [] });
    expect(r.onDisk().profiles[PROFILE]).toMatchObject({ currentStepId: 'before-you-start', completedStepIds: [] });

    await saveField(r, WEBEX_FIELDS.offer, 'commercial');
    const advanced = await r.data('profile.completeStep', { profileId: PROFILE, stepId: 'before-you-start' });
    expect(advanced).toMatchObject({ currentStepId: 'add-gallery-app', completedStepIds: ['before-you-start'] });
    expect(r.onDisk().profiles[PROFILE]).toMatchObject({ currentStepId: 'add-gallery-app', completedStepIds: ['before-you-start'] });
  });

  it('refuses an unknown field id with a NOT_FOUND error and changes nothing', async () => {
    const r = rig();
    await webexProfile(r);
    const before = r.fileText();

    const error = await r.error('profile.saveField', { profileId: PROFILE, fieldId: 'webex.noSuchField', value: 'x' });
    expect(error).toMatchObject({ code: 'NOT_FOUND', params: { fieldId: 'webex.noSuchField' } });
    expect(r.fileText()).toBe(before);
    expect((await r.data('settings.get', {})).profiles[PROFILE]?.fields).toEqual({});
  });

  it("refuses a checkbox value other than 'true'/'false' as a not-a-boolean result and changes nothing", async () => {
    const r = rig();
    await webexProfile(r);
    await saveField(r, WEBEX_FIELDS.galleryAdded, 'false');
    const before = r.fileText();

    for (const value of ['yes', 'TRUE', '1', '']) {
      expect(await saveField(r, WEBEX_FIELDS.galleryAdded, value), value).toMatchObject({ ok: false, code: 'not-a-boolean' });
    }
    expect(r.fileText()).toBe(before);
    expect((await r.data('settings.get', {})).profiles[PROFILE]?.fields).toEqual({ [WEBEX_FIELDS.galleryAdded]: 'false' });

    expect(await saveField(r, WEBEX_FIELDS.galleryAdded, 'true')).toMatchObject({ ok: true, value: 'true' });
  });

  it('refuses a servicePrincipal pasted as the Entra schema with SCHEMA_REJECTED whose variant is the refusal reason', async () => {
    const r = rig();
    await webexProfile(r);
    const before = r.fileText();
    const json = readFileSync(new URL('../../fixtures/entra-schema/not-a-schema.json', import.meta.url), 'utf8');

    const error = await r.error('mapping.analyzeEntraSchema', { profileId: PROFILE, json });
    expect(error.code).toBe('SCHEMA_REJECTED');
    expect(error.params?.reason).toBe('not-synchronization-schema');
    expect(error.params?.variant).toBe(error.params?.reason);
    expect(r.fileText()).toBe(before);
  });

  it('analyses the default Webex Entra schema into findings and records the load-schema action', async () => {
    const r = rig();
    await webexProfile(r);
    const json = readFileSync(new URL('../../fixtures/entra-schema/webex-default.json', import.meta.url), 'utf8');

    const result = await r.data('mapping.analyzeEntraSchema', { profileId: PROFILE, json });
    expect(result.findings.find((f) => f.target === 'userName')).toMatchObject({ status: 'ok', kind: 'default' });
    // The fixture README: 6 defaults ok, 9 optionals missing.
    expect(result.findings.filter((f) => f.kind === 'default').map((f) => f.status)).toEqual(Array(6).fill('ok'));
    expect(result.findings.filter((f) => f.kind === 'optional').map((f) => f.status)).toEqual(Array(9).fill('missing'));
    expect(result.profile.actions[WEBEX_ACTIONS.loadSchema]).toEqual({ ok: true, at: NOW.toISOString() });
    expect(r.onDisk().profiles[PROFILE]?.actions[WEBEX_ACTIONS.loadSchema]).toEqual({ ok: true, at: NOW.toISOString() });
  });

  it('reports no token when none is stored, and the keychain probe follows the keychain state', async () => {
    const r = rig();
    await webexProfile(r);
    // Only secrets the profile records are listed: nothing stored, nothing listed (so nothing present).
    expect(await r.data('secrets.status', { profileId: PROFILE })).toEqual({ secrets: {} });

    expect(await r.data('diagnostics.probeKeychain', {})).toEqual({ ok: true, backend: 'memory (test double)' });

    r.keychain.mode = 'unavailable';
    const unavailable = await r.data('diagnostics.probeKeychain', {});
    expect(unavailable).toMatchObject({ ok: false, code: 'KEYCHAIN_UNAVAILABLE' });
    expect(unavailable).toMatchObject({ problem: 'unavailable', platform: expect.any(String) });

    r.keychain.mode = 'locked';
    expect(await r.data('diagnostics.probeKeychain', {})).toMatchObject({ ok: false, code: 'KEYCHAIN_LOCKED' });
  });

  it('refuses to copy a token that is not stored (NOT_FOUND), and hands a stored one to the page with a 60 s clear', async () => {
    const r = rig();
    await webexProfile(r);

    const missing = await r.error('secrets.copyToClipboard', { profileId: PROFILE, secretId: TOKEN_ID });
    expect(missing).toMatchObject({ code: 'NOT_FOUND', params: { secretId: TOKEN_ID } });
    expect(r.capabilities.clipboard.place).not.toHaveBeenCalled();

    // copyToClipboard reads the keychain only (the profile's secret metadata is not consulted),
    // so a keychain entry is all it needs; the real capture path is exercised in the testConnection cases.
    const token = 'stored-token-0123456789abcdefghij';
    r.keychain.entries.set(r.tokenAccount(), token);
    const copied = await r.data('secrets.copyToClipboard', { profileId: PROFILE, secretId: TOKEN_ID });
    expect(copied).toEqual({ placedBy: 'renderer', value: token, clearAfterMs: 60_000 });
    expect(r.capabilities.clipboard.place).toHaveBeenCalledExactlyOnceWith(token, 60_000);
    expect(r.fileText()).not.toContain(token);
  });

  describe('checks.run (Webex test-connection) against a real SCIM server', () => {
    const ACCEPTED = 'accepted-token-0123456789abcdefghijklmn';

    async function connectedRig(token: string) {
      const server = await startScimServer({ orgId: ORG_ID, bearerToken: ACCEPTED });
      cleanups.push(() => server.close());
      const loopbackPort = await freePort();
      const r = rig({ endpointsFile: endpointsFile(server.baseUrl, loopbackPort) });
      await webexProfile(r);
      await saveField(r, WEBEX_FIELDS.offer, 'commercial');
      const saved = await saveField(r, WEBEX_FIELDS.tenantUrl, ORG_ID);
      expect(saved).toMatchObject({ ok: true, value: server.tenantUrl });
      const captured = await captureToken(r, loopbackPort, token);
      expect(captured).toMatchObject({ tokenType: 'Bearer', expiresAt: new Date(NOW.getTime() + 3600_000).toISOString() });
      expect(r.keychain.entries.get(r.tokenAccount())).toBe(token);
      expect(r.capabilities.signInOpener.closeAll).toHaveBeenCalled();
      return { r, server };
    }

    it("answers 'ok' with the tenant URL saved and a captured token the server accepts, and records the passed test", async () => {
      const { r, server } = await connectedRig(ACCEPTED);
      expect(await r.data('secrets.status', { profileId: PROFILE })).toEqual({
        secrets: { [TOKEN_ID]: { present: true, expiresAt: new Date(NOW.getTime() + 3600_000).toISOString() } },
      });

      const result = await r.data('checks.run', { profileId: PROFILE, actionId: 'test-connection', requestId: 'test-1' });
      expect(result).toMatchObject({ ok: true, outcome: 'ok', status: 200 });
      expect(result.profile.actions[WEBEX_ACTIONS.testConnection]).toEqual({ ok: true, at: NOW.toISOString(), code: 'ok' });
      expect(r.onDisk().profiles[PROFILE]?.actions[WEBEX_ACTIONS.testConnection]).toEqual({ ok: true, at: NOW.toISOString(), code: 'ok' });

      const users = server.requests.filter((req) => req.path === `/v1/scim/${ORG_ID}/Users`);
      expect(users).toHaveLength(1);
      expect(users[0]).toMatchObject({ method: 'GET', authorization: `Bearer ${ACCEPTED}` });
      expect(users[0]?.query.filter).toMatch(/^userName eq "[0-9a-f-]{36}"$/);
      expect(r.fileText()).not.toContain(ACCEPTED);
      expect(r.services.running.size).toBe(0);
    });

    it('keeps the last real result when a run is cancelled', async () => {
      let hold = false;
      let release = () => undefined as void;
      const server = await startScimServer({
        orgId: ORG_ID,
        acceptToken: async (token) => {
          if (hold) await new Promise<void>((done) => (release = done));
          return token === ACCEPTED;
        },
      });
      cleanups.push(() => server.close());
      cleanups.push(() => release());
      const loopbackPort = await freePort();
      const r = rig({ endpointsFile: endpointsFile(server.baseUrl, loopbackPort) });
      await webexProfile(r);
      await saveField(r, WEBEX_FIELDS.offer, 'commercial');
      await saveField(r, WEBEX_FIELDS.tenantUrl, ORG_ID);
      await captureToken(r, loopbackPort, ACCEPTED);
      expect(await r.data('checks.run', { profileId: PROFILE, actionId: 'test-connection', requestId: 'pass' })).toMatchObject({ outcome: 'ok' });

      hold = true;
      const before = server.requests.length;
      const running = r.data('checks.run', { profileId: PROFILE, actionId: 'test-connection', requestId: 'held' });
      await vi.waitFor(() => expect(server.requests.length).toBeGreaterThan(before));
      expect(await r.data('actions.cancel', { requestId: 'held' })).toEqual({ cancelled: true });
      const cancelled = await running;
      expect(cancelled.outcome).toBe('cancelled');
      expect(cancelled.profile.actions[WEBEX_ACTIONS.testConnection]).toEqual({ ok: true, at: NOW.toISOString(), code: 'ok' });
      expect(r.onDisk().profiles[PROFILE]?.actions[WEBEX_ACTIONS.testConnection]).toMatchObject({ ok: true, code: 'ok' });
    });

    it("answers 'unauthorized' when the server refuses the captured token, and records the failed test", async () => {
      const refusedToken = 'refused-token-0123456789abcdefghijklmn';
      const { r, server } = await connectedRig(refusedToken);

      const result = await r.data('checks.run', { profileId: PROFILE, actionId: 'test-connection', requestId: 'test-2' });
      expect(result).toMatchObject({ ok: false, outcome: 'unauthorized', status: 401 });
      expect(result.profile.actions[WEBEX_ACTIONS.testConnection]).toEqual({ ok: false, at: NOW.toISOString(), code: 'unauthorized' });
      expect(server.requests.at(-1)?.authorization).toBe(`Bearer ${refusedToken}`);
      expect(JSON.stringify(result)).not.toContain(refusedToken);
    });
  });

  it('forgets a sign-in that a newer one replaced', async () => {
    const loopbackPort = await freePort();
    const r = rig({ endpointsFile: endpointsFile('http://127.0.0.1:9/v1/scim', loopbackPort) });
    await webexProfile(r);
    const first = await r.data('signIn.start', { profileId: PROFILE, actionId: 'capture-token', opener: 'system-browser' });
    const second = await r.data('signIn.start', { profileId: PROFILE, actionId: 'capture-token', opener: 'system-browser' });
    expect(await r.error('signIn.await', { captureId: first.captureId })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await r.data('signIn.pending', { profileId: PROFILE })).pending?.captureId).toBe(second.captureId);
    await r.data('signIn.cancel', { captureId: second.captureId });
  });

  it('refuses a payload that does not match the contract with INVALID_REQUEST and writes nothing', async () => {
    const r = rig();
    await webexProfile(r);
    await saveField(r, WEBEX_FIELDS.offer, 'commercial');
    const before = r.fileText();

    const envelope = await r.call('profile.saveField', { profileId: PROFILE, fieldId: WEBEX_FIELDS.tenantUrl });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST', params: { channel: 'profile.saveField', where: 'value' } } });
    expect(r.fileText()).toBe(before);
    expect((await r.data('settings.get', {})).profiles[PROFILE]?.fields).toEqual({ [WEBEX_FIELDS.offer]: 'commercial' });
  });
});

describe('secrets entered by hand, removed, and kept one unit with their dates', () => {
  const PASTED = 'MzQ5YjA2ZTEtMGY3Ni00YmQ5LWE0ZWQtZmFrZXRva2Vu_PF84_1eb65fdf-9643-417f-9974-ad72cae0e10f';
  const YEAR_LATER = new Date(NOW.getTime() + 365 * 24 * 3600_000).toISOString();

  async function passedProfile(r: Rig) {
    await webexProfile(r);
    // A recorded pass that depends on the token: a new token must drop it.
    r.services.settings.update((s) => {
      const p = s.profiles[PROFILE]!;
      return { ...s, profiles: { ...s.profiles, [PROFILE]: { ...p, actions: { [WEBEX_ACTIONS.testConnection]: { ok: true, at: NOW.toISOString() } } } } };
    });
  }

  it('saves a pasted token to the keychain only, trimmed, with the vendor’s 365 days, and drops the last test result', async () => {
    const r = rig();
    await passedProfile(r);
    const saved = await r.data('secrets.save', { profileId: PROFILE, secretId: TOKEN_ID, value: `  "${PASTED}"\n`, expiresAt: null });
    expect(saved).toMatchObject({ ok: true });
    expect(await r.secrets.get(PROFILE, TOKEN_ID)).toBe(PASTED);
    const meta = r.onDisk().profiles[PROFILE]!;
    expect(meta.secrets[TOKEN_ID]).toEqual({ savedAt: NOW.toISOString(), expiresAt: YEAR_LATER });
    expect(meta.actions[WEBEX_ACTIONS.testConnection]).toBeUndefined();
    expect(r.fileText()).not.toContain(PASTED.slice(0, 16));
    expect(r.logLines.join('\n')).toContain('entered by hand');
    expect(r.logLines.join('\n')).not.toContain(PASTED.slice(0, 16));
  });

  it('takes the expiry date the admin knows (end of that day, UTC)', async () => {
    const r = rig();
    await webexProfile(r);
    await r.data('secrets.save', { profileId: PROFILE, secretId: TOKEN_ID, value: PASTED, expiresAt: '2025-12-31' });
    expect(r.onDisk().profiles[PROFILE]!.secrets[TOKEN_ID]?.expiresAt).toBe('2025-12-31T23:59:59.000Z');
  });

  it.each([
    ['the address-bar words around it', `access_token=${PASTED}&token_type=Bearer`, 'token-has-url-parts'],
    ['the whole redirect address', `http://localhost:3000/auth/code#access_token=${PASTED}`, 'token-has-url-parts'],
    ['a space inside', `${PASTED.slice(0, 30)} ${PASTED.slice(30)}`, 'token-has-spaces'],
    ['a quote inside', `${PASTED.slice(0, 30)}"${PASTED.slice(30)}`, 'token-bad-character'],
    ['a cut-off token', PASTED.slice(0, 10), 'token-too-short'],
    ['only spaces', '   ', 'empty'],
  ])('refuses %s with its reason and changes nothing', async (_what, value, code) => {
    const r = rig();
    await webexProfile(r);
    await r.data('secrets.save', { profileId: PROFILE, secretId: TOKEN_ID, value: PASTED, expiresAt: null });
    const before = r.fileText();
    const refused = await r.data('secrets.save', { profileId: PROFILE, secretId: TOKEN_ID, value, expiresAt: null });
    expect(refused).toMatchObject({ ok: false, code });
    expect(await r.secrets.get(PROFILE, TOKEN_ID)).toBe(PASTED);
    expect(r.fileText()).toBe(before);
  });

  it.each([
    ['a date that does not exist', '2025-02-30', 'expiry-not-a-date'],
    ['a date that has passed', '2025-03-01', 'expiry-in-past'],
    ['a date beyond the token’s 365 days', '2027-01-01', 'expiry-too-far'],
  ])('refuses %s as the expiry and stores nothing', async (_what, expiresAt, code) => {
    const r = rig();
    await webexProfile(r);
    expect(await r.data('secrets.save', { profileId: PROFILE, secretId: TOKEN_ID, value: PASTED, expiresAt })).toMatchObject({ ok: false, code });
    expect(await r.secrets.get(PROFILE, TOKEN_ID)).toBeNull();
    expect(r.onDisk().profiles[PROFILE]!.secrets[TOKEN_ID]).toBeUndefined();
  });

  it('removes the token from the keychain and its dates from the settings, and says when it was already gone', async () => {
    const r = rig();
    await passedProfile(r);
    await r.data('secrets.save', { profileId: PROFILE, secretId: TOKEN_ID, value: PASTED, expiresAt: null });
    const removed = await r.data('secrets.remove', { profileId: PROFILE, secretId: TOKEN_ID });
    expect(removed.removed).toBe(true);
    expect(removed.profile.secrets[TOKEN_ID]).toBeUndefined();
    expect(await r.secrets.get(PROFILE, TOKEN_ID)).toBeNull();
    expect(r.onDisk().profiles[PROFILE]!.secrets[TOKEN_ID]).toBeUndefined();
    expect((await r.data('secrets.remove', { profileId: PROFILE, secretId: TOKEN_ID })).removed).toBe(false);
  });

  it('puts the keychain back when the settings cannot be written (no orphan token)', async () => {
    const r = rig();
    await webexProfile(r);
    await r.data('secrets.save', { profileId: PROFILE, secretId: TOKEN_ID, value: PASTED, expiresAt: null });
    const realUpdate = r.services.settings.update.bind(r.services.settings);
    r.services.settings.update = () => {
      throw new AppError('SETTINGS_UNWRITABLE', 'disk full', { folder: r.dataDir, reason: 'ENOSPC' });
    };
    const other = `${PASTED.slice(0, -4)}ABCD`;
    expect(await r.error('secrets.save', { profileId: PROFILE, secretId: TOKEN_ID, value: other, expiresAt: null })).toMatchObject({
      code: 'SETTINGS_UNWRITABLE',
    });
    expect(await r.secrets.get(PROFILE, TOKEN_ID)).toBe(PASTED);
    await r.data('secrets.remove', { profileId: PROFILE, secretId: TOKEN_ID }).catch(() => undefined);
    r.services.settings.update = realUpdate;
    await r.data('secrets.remove', { profileId: PROFILE, secretId: TOKEN_ID });
    // A first token whose dates cannot be written leaves no keychain entry behind either.
    r.services.settings.update = () => {
      throw new AppError('SETTINGS_UNWRITABLE', 'disk full', { folder: r.dataDir, reason: 'ENOSPC' });
    };
    expect(await r.error('secrets.save', { profileId: PROFILE, secretId: TOKEN_ID, value: PASTED, expiresAt: null })).toMatchObject({
      code: 'SETTINGS_UNWRITABLE',
    });
    expect(await r.secrets.get(PROFILE, TOKEN_ID)).toBeNull();
  });

  it('a captured token whose dates cannot be written is taken out of the keychain again', async () => {
    const loopbackPort = await freePort();
    const r = rig({ endpointsFile: endpointsFile('http://127.0.0.1:9/v1/scim', loopbackPort) });
    await webexProfile(r);
    const started = await r.data('signIn.start', { profileId: PROFILE, actionId: 'capture-token', opener: 'system-browser' });
    r.services.settings.update = () => {
      throw new AppError('SETTINGS_UNWRITABLE', 'disk full', { folder: r.dataDir, reason: 'ENOSPC' });
    };
    const waiting = r.error('signIn.await', { captureId: started.captureId });
    const state = new URL(started.authorizeUrl).searchParams.get('state');
    expect(await postFragment(loopbackPort, `access_token=${PASTED}&token_type=Bearer&expires_in=3600&state=${state}`)).toBe(200);
    expect(await waiting).toMatchObject({ code: 'SETTINGS_UNWRITABLE' });
    expect(await r.secrets.get(PROFILE, TOKEN_ID)).toBeNull();
  });
});

describe('a sign-in outlives the page that started it', () => {
  it('stores the token with nobody waiting, lets a reloaded page find it pending, and gives every waiter the outcome', async () => {
    const loopbackPort = await freePort();
    const r = rig({ endpointsFile: endpointsFile('http://127.0.0.1:9/v1/scim', loopbackPort) });
    await webexProfile(r);
    const started = await r.data('signIn.start', { profileId: PROFILE, actionId: 'capture-token', opener: 'system-browser' });
    // The page reloads: its wait is gone; the new page asks what is pending.
    const pending = await r.data('signIn.pending', { profileId: PROFILE });
    expect(pending.pending).toMatchObject({
      captureId: started.captureId,
      authorizeUrl: started.authorizeUrl,
      redirectUri: started.redirectUri,
      timeoutAt: started.timeoutAt,
    });
    const state = new URL(started.authorizeUrl).searchParams.get('state');
    const token = 'reloaded-page-token-0123456789abcdefghij';
    expect(await postFragment(loopbackPort, `access_token=${token}&token_type=Bearer&expires_in=3600&state=${state}`)).toBe(200);
    const first = await r.data('signIn.await', { captureId: started.captureId });
    const again = await r.data('signIn.await', { captureId: started.captureId });
    expect(again).toEqual(first);
    expect(await r.secrets.get(PROFILE, TOKEN_ID)).toBe(token);
    expect((await r.data('signIn.pending', { profileId: PROFILE })).pending).toBeNull();
    expect(r.capabilities.signInOpener.closeAll).toHaveBeenCalled();
  });

  it('logs start, capture, cancel and timeout without the token', async () => {
    const loopbackPort = await freePort();
    const r = rig({ endpointsFile: endpointsFile('http://127.0.0.1:9/v1/scim', loopbackPort) });
    await webexProfile(r);
    const token = 'logged-sign-in-token-0123456789abcdefghij';
    await captureToken(r, loopbackPort, token);
    const cancelled = await r.data('signIn.start', { profileId: PROFILE, actionId: 'capture-token', opener: 'system-browser' });
    const refused = r.error('signIn.await', { captureId: cancelled.captureId });
    await r.data('signIn.cancel', { captureId: cancelled.captureId });
    expect(await refused).toMatchObject({ code: 'CAPTURE_CANCELLED' });
    const log = r.logLines.join('\n');
    expect(log).toMatch(/sign-in \S+ started for profile default: listening on http:\/\/localhost:\d+\/auth\/code/);
    expect(log).toMatch(/token stored in the keychain for profile default/);
    expect(log).toMatch(new RegExp(`sign-in ${cancelled.captureId}: cancelled`));
    expect(log).not.toContain(token.slice(0, 12));
  });
});

describe('CXone secrets pasted by the admin', () => {
  const KEY_ID = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGHIJKLMNOPQRST====';
  const KEY_SECRET = 'ZYXWVUTSRQPONMLKJIHGFEDCBA765432ZYXWVUTSRQPONMLKJIHG====';

  async function cxoneProfile(r: Rig) {
    await r.data('profile.selectIntegration', { profileId: PROFILE, integrationId: 'cxone' });
  }

  it('stores them with no expiry (CXone states none) and refuses an expiry date for them', async () => {
    const r = rig();
    await cxoneProfile(r);
    expect(await r.data('secrets.save', { profileId: PROFILE, secretId: 'cxone-access-key-id', value: ` ${KEY_ID}\n`, expiresAt: null })).toMatchObject({
      ok: true,
    });
    expect(await r.secrets.get(PROFILE, 'cxone-access-key-id')).toBe(KEY_ID);
    expect(r.onDisk().profiles[PROFILE]!.secrets['cxone-access-key-id']).toEqual({ savedAt: NOW.toISOString(), expiresAt: null });
    const dated = await r.data('secrets.save', { profileId: PROFILE, secretId: 'cxone-access-key-secret', value: KEY_SECRET, expiresAt: '2026-12-31' });
    expect(dated).toMatchObject({ ok: false, code: 'expiry-not-applicable' });
    expect(await r.secrets.get(PROFILE, 'cxone-access-key-secret')).toBeNull();
    expect(r.fileText()).not.toContain(KEY_ID.slice(0, 20));
  });

  it('refuses the same value for both halves of the pair, whichever was saved first, and keeps what was stored', async () => {
    const r = rig();
    await cxoneProfile(r);
    await r.data('secrets.save', { profileId: PROFILE, secretId: 'cxone-access-key-id', value: KEY_ID, expiresAt: null });
    const same = await r.data('secrets.save', { profileId: PROFILE, secretId: 'cxone-access-key-secret', value: `"${KEY_ID}"`, expiresAt: null });
    expect(same).toMatchObject({ ok: false, code: 'secret-same-as-other', params: { variant: 'cxone-access-key-secret' } });
    expect(await r.secrets.get(PROFILE, 'cxone-access-key-secret')).toBeNull();
    await r.data('secrets.save', { profileId: PROFILE, secretId: 'cxone-access-key-secret', value: KEY_SECRET, expiresAt: null });
    const back = await r.data('secrets.save', { profileId: PROFILE, secretId: 'cxone-access-key-id', value: KEY_SECRET, expiresAt: null });
    expect(back).toMatchObject({ ok: false, code: 'secret-same-as-other', params: { variant: 'cxone-access-key-id' } });
    expect(await r.secrets.get(PROFILE, 'cxone-access-key-id')).toBe(KEY_ID);
  });

  it('reads the other half for that check only when the settings list it (a keychain miss costs a proving round trip)', async () => {
    const r = rig();
    await cxoneProfile(r);
    const reads = vi.spyOn(r.keychain, 'get');
    await r.data('secrets.save', { profileId: PROFILE, secretId: 'cxone-access-key-id', value: KEY_ID, expiresAt: null });
    expect(reads.mock.calls.map(([account]) => account).filter((account) => account.endsWith('cxone-access-key-secret'))).toEqual([]);
    reads.mockClear();
    const same = await r.data('secrets.save', { profileId: PROFILE, secretId: 'cxone-access-key-secret', value: KEY_ID, expiresAt: null });
    expect(same).toMatchObject({ ok: false, code: 'secret-same-as-other' });
    expect(reads.mock.calls.map(([account]) => account).filter((account) => account.endsWith('cxone-access-key-id'))).toHaveLength(1);
  });

  it('checks the pair in the queue of the profile: the same value sent to both halves at once is stored in one only', async () => {
    const r = rig();
    await cxoneProfile(r);
    const answers = await Promise.all([
      r.data('secrets.save', { profileId: PROFILE, secretId: 'cxone-access-key-id', value: KEY_ID, expiresAt: null }),
      r.data('secrets.save', { profileId: PROFILE, secretId: 'cxone-access-key-secret', value: KEY_ID, expiresAt: null }),
    ]);
    expect(answers.map((answer) => (answer as { ok: boolean }).ok)).toEqual([true, false]);
    expect(answers[1]).toMatchObject({ code: 'secret-same-as-other' });
    expect(await r.secrets.get(PROFILE, 'cxone-access-key-id')).toBe(KEY_ID);
    expect(await r.secrets.get(PROFILE, 'cxone-access-key-secret')).toBeNull();
  });

  it('asks the keychain for the other half and for the value to restore at the same time, not one after the other', async () => {
    const r = rig();
    await cxoneProfile(r);
    await r.data('secrets.save', { profileId: PROFILE, secretId: 'cxone-access-key-id', value: KEY_ID, expiresAt: null });
    const read = r.keychain.get.bind(r.keychain);
    const started: string[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(r.keychain, 'get').mockImplementation(async (account: string) => {
      started.push(account);
      await held;
      return read(account);
    });
    const saving = r.data('secrets.save', { profileId: PROFILE, secretId: 'cxone-access-key-secret', value: KEY_SECRET, expiresAt: null });
    await vi.waitFor(() => expect(started).toHaveLength(2));
    expect(started.map((account) => account.split('/').pop())).toEqual(['cxone-access-key-secret', 'cxone-access-key-id']);
    release();
    expect(await saving).toMatchObject({ ok: true });
  });

  it('reveals a stored secret for 30 s, logs that it was shown (not the value), and says when there is none', async () => {
    const r = rig();
    await cxoneProfile(r);
    await r.data('secrets.save', { profileId: PROFILE, secretId: 'cxone-access-key-id', value: KEY_ID, expiresAt: null });
    expect(await r.data('secrets.reveal', { profileId: PROFILE, secretId: 'cxone-access-key-id' })).toEqual({ value: KEY_ID, hideAfterMs: 30_000 });
    expect(r.logLines.join('\n')).toContain('cxone-access-key-id shown on screen');
    expect(r.logLines.join('\n')).not.toContain(KEY_ID.slice(0, 20));
    expect(await r.error('secrets.reveal', { profileId: PROFILE, secretId: 'cxone-bearer-token' })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('never takes a secret as a field value', async () => {
    const r = rig();
    await cxoneProfile(r);
    expect(await saveField(r, 'cxone.accessKeyId', KEY_ID)).toMatchObject({ ok: false, code: 'secret-not-a-field' });
    expect(r.fileText()).not.toContain(KEY_ID.slice(0, 20));
  });
});
