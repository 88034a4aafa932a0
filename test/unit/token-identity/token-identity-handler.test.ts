import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/settings/schema';
import { browserModeCapabilities } from '../../../electron/browser-mode/browser-capabilities';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { dispatch, type HandlerTable } from '../../../electron/services/dispatch';
import { createHandlerTable } from '../../../electron/services/handlers';
import { postFragment } from '../../support/capture-redirect';
import { envelopeCalls, type EnvelopeCalls } from '../../support/envelope-calls';
import { freePort } from '../../support/free-port';
import { createMemoryKeychain } from '../../support/memory-keychain';
import {
  ORG_ID,
  OTHER_ORG_ID,
  personaToken,
  PEOPLE_PERSONAS,
  startWebexPeopleServer,
  type PeoplePersona,
  type WebexPeopleServerHandle,
} from '../../support/webex-people-server';

/**
 * tokenIdentity.check through dispatch on real services (conf settings in a temp folder, the real
 * loopback capture), against the local People API peer; only the keychain is the in-memory double.
 */

const PROFILE = 'default';
const TOKEN = 'webex-bearer-token' as const;
const ORG_FIELD = 'webex.tenantUrl';
const TYPED_ORG = 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c';
const tenantUrl = (orgId: string) => `https://api.ciscospark.com/v1/scim/${orgId}`;

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
  services: AppServices;
  table: HandlerTable;
  peer: WebexPeopleServerHandle;
  loopbackPort: number;
  logLines: string[];
  /** Every envelope answered, as JSON (what went back to the page). */
  answers: string[];
  settingsFile(): string;
  onDisk(): Settings;
}

async function rig(options: { peopleApi?: boolean; resolveToken?: (token: string) => Promise<PeoplePersona | null> } = {}): Promise<Rig> {
  const peer = await startWebexPeopleServer(options.resolveToken ? { resolveToken: options.resolveToken } : {});
  cleanups.push(() => peer.close());
  const loopbackPort = await freePort();
  const endpointsFile = join(tempDir('identity-endpoints-'), 'endpoints.json');
  const webex = { authorizeUrl: 'http://127.0.0.1:9/authorize', loopbackPort, ...(options.peopleApi === false ? {} : { peopleApiBaseUrl: peer.baseUrl }) };
  writeFileSync(endpointsFile, JSON.stringify({ webex }));
  const dataDir = tempDir('identity-data-');
  const logLines: string[] = [];
  const services = createAppServices({
    dataDir,
    keychain: createMemoryKeychain(),
    capabilities: browserModeCapabilities(),
    endpointsFile,
    captureTimeoutMs: 15_000,
    log: { info: (line) => void logLines.push(line) },
  });
  const table = createHandlerTable(services);
  const answers: string[] = [];
  const started: string[] = [];
  cleanups.push(() => started.forEach((id) => services.captures.cancel(id)));
  const call = async (channel: Channel, payload: unknown) => {
    const envelope = await dispatch(table, channel, payload, { host: 'browser' });
    answers.push(JSON.stringify(envelope));
    if (channel === 'signIn.start' && envelope.ok) started.push((envelope.data as { captureId: string }).captureId);
    return envelope;
  };
  const settingsFile = () => readFileSync(join(dataDir, 'settings.json'), 'utf8');
  await dispatch(table, 'profile.selectIntegration', { profileId: PROFILE, integrationId: 'webex-entra' }, { host: 'browser' });
  return { services, table, peer, loopbackPort, logLines, answers, settingsFile, onDisk: () => JSON.parse(settingsFile()) as Settings, ...envelopeCalls(call) };
}

async function pasteToken(r: Rig, persona: PeoplePersona | string) {
  const value = PEOPLE_TOKENS.has(persona) ? personaToken(persona as PeoplePersona) : persona;
  const saved = await r.data('secrets.save', { profileId: PROFILE, secretId: TOKEN, value, expiresAt: null });
  expect(saved.ok).toBe(true);
}
const PEOPLE_TOKENS = new Set<string>(PEOPLE_PERSONAS);

const check = (r: Rig) => r.data('tokenIdentity.check', { profileId: PROFILE, secretId: TOKEN });

/** Nothing the app answered or logged holds the token. */
function expectNoSecret(r: Rig, token: string) {
  for (const text of [...r.answers, ...r.logLines, r.settingsFile()]) expect(text).not.toContain(token);
}

describe('tokenIdentity.check', () => {
  it('records whose token it is, fills the empty Org ID answer (and so the tenant URL), and says it matches', async () => {
    const r = await rig();
    await pasteToken(r, 'full-admin');
    const answer = await check(r);
    expect(answer.identity).toEqual({
      displayName: 'John Andersen',
      email: 'john.andersen@example.com',
      orgId: ORG_ID,
      roles: ['id_full_admin'],
      isFullAdmin: true,
      checkedAt: expect.any(String),
    });
    expect(answer).toMatchObject({ orgIdMatchesAnswer: 'match', orgIdFilled: true, answerOrgId: ORG_ID });
    expect(answer.profile.fields[ORG_FIELD]).toBe(tenantUrl(ORG_ID));
    expect(answer.profile.secrets[TOKEN]?.identity).toEqual(answer.identity);
    // Written to the settings file with the token's dates, and read back by settings.get.
    expect(r.onDisk().profiles[PROFILE]?.secrets[TOKEN]?.identity).toEqual(answer.identity);
    expect(r.onDisk().profiles[PROFILE]?.fields[ORG_FIELD]).toBe(tenantUrl(ORG_ID));
    expect((await r.data('settings.get', {})).profiles[PROFILE]?.secrets[TOKEN]?.identity?.orgId).toBe(ORG_ID);
    expect(r.peer.requests.at(-1)).toEqual({ method: 'GET', path: '/v1/people/me', authorization: `Bearer ${personaToken('full-admin')}` });
    expectNoSecret(r, personaToken('full-admin'));
    // The support trail names rights and the Org ID outcome, not the person.
    expect(r.logLines.join('\n')).toContain('full administrator, Org ID filled from the token');
    expect(r.logLines.join('\n')).not.toMatch(/John|john\.andersen/);
  });

  it('a typed Org ID that differs is reported and never overwritten', async () => {
    const r = await rig();
    await r.data('profile.saveField', { profileId: PROFILE, fieldId: ORG_FIELD, value: TYPED_ORG });
    await pasteToken(r, 'full-admin');
    const answer = await check(r);
    expect(answer).toMatchObject({ orgIdMatchesAnswer: 'differs', orgIdFilled: false, answerOrgId: TYPED_ORG, identity: { orgId: ORG_ID } });
    expect(answer.profile.fields[ORG_FIELD]).toBe(tenantUrl(TYPED_ORG));
    expect(r.onDisk().profiles[PROFILE]?.fields[ORG_FIELD]).toBe(tenantUrl(TYPED_ORG));
  });

  it('a typed Org ID that is the token’s matches, untouched', async () => {
    const r = await rig();
    await r.data('profile.saveField', { profileId: PROFILE, fieldId: ORG_FIELD, value: ORG_ID.toUpperCase() });
    await pasteToken(r, 'full-admin');
    const before = r.onDisk().profiles[PROFILE]?.fields[ORG_FIELD];
    expect(await check(r)).toMatchObject({ orgIdMatchesAnswer: 'match', orgIdFilled: false, answerOrgId: ORG_ID });
    expect(r.onDisk().profiles[PROFILE]?.fields[ORG_FIELD]).toBe(before);
  });

  it('a user of another organisation: differs from the typed Org ID', async () => {
    const r = await rig();
    await r.data('profile.saveField', { profileId: PROFILE, fieldId: ORG_FIELD, value: ORG_ID });
    await pasteToken(r, 'other-org');
    expect(await check(r)).toMatchObject({ orgIdMatchesAnswer: 'differs', answerOrgId: ORG_ID, identity: { orgId: OTHER_ORG_ID, isFullAdmin: true } });
  });

  it.each([
    ['readonly-admin', ['id_readonly_admin']],
    ['plain-user', []],
  ] as const)('%s: recorded as not a full administrator', async (persona, roles) => {
    const r = await rig();
    await pasteToken(r, persona);
    const answer = await check(r);
    expect(answer.identity).toMatchObject({ roles, isFullAdmin: false });
    expect(r.logLines.join('\n')).toContain('not a full administrator');
  });

  it.each([
    ['unauthorized', 'IDENTITY_UNAUTHORIZED', { status: 401 }],
    ['forbidden', 'IDENTITY_FORBIDDEN', { status: 403 }],
    ['server-error', 'IDENTITY_BAD_RESPONSE', { status: 500, reason: 'status' }],
    ['garbage', 'IDENTITY_BAD_RESPONSE', { reason: 'not-json' }],
    ['redirect', 'IDENTITY_BAD_RESPONSE', { status: 302, reason: 'redirect' }],
  ] as const)('%s: %s with codes and the host only; the failure is recorded, the Org ID untouched', async (persona, code, params) => {
    const r = await rig();
    await pasteToken(r, persona);
    const error = await r.error('tokenIdentity.check', { profileId: PROFILE, secretId: TOKEN });
    expect(error).toMatchObject({ code, params: { host: new URL(r.peer.baseUrl).host, ...params } });
    const meta = r.onDisk().profiles[PROFILE]?.secrets[TOKEN];
    expect(meta?.identityFailure).toEqual({ code, at: expect.any(String) });
    expect(meta?.identity).toBeUndefined();
    expect(r.onDisk().profiles[PROFILE]?.fields[ORG_FIELD]).toBeUndefined();
    expectNoSecret(r, personaToken(persona));
  });

  it('the People API unreachable: IDENTITY_UNREACHABLE', async () => {
    const r = await rig();
    await pasteToken(r, 'full-admin');
    await r.peer.close();
    expect(await r.error('tokenIdentity.check', { profileId: PROFILE, secretId: TOKEN })).toMatchObject({
      code: 'IDENTITY_UNREACHABLE',
      params: { outcome: 'connection-refused' },
    });
  });

  it('a later success clears the recorded failure; a failure keeps the last identity', async () => {
    let persona: PeoplePersona = 'full-admin';
    const r = await rig({ resolveToken: async () => persona });
    await pasteToken(r, 'a-token-only-the-resolver-knows-0001');
    const first = await check(r);
    persona = 'unauthorized';
    await r.error('tokenIdentity.check', { profileId: PROFILE, secretId: TOKEN });
    expect(r.onDisk().profiles[PROFILE]?.secrets[TOKEN]).toMatchObject({ identity: first.identity, identityFailure: { code: 'IDENTITY_UNAUTHORIZED' } });
    persona = 'full-admin';
    await check(r);
    expect(r.onDisk().profiles[PROFILE]?.secrets[TOKEN]?.identityFailure).toBeUndefined();
  });

  it('test endpoints that replace the sign-in without a People API: IDENTITY_NOT_AVAILABLE, nothing sent anywhere', async () => {
    const r = await rig({ peopleApi: false });
    await pasteToken(r, 'full-admin');
    expect(await r.error('tokenIdentity.check', { profileId: PROFILE, secretId: TOKEN })).toMatchObject({ code: 'IDENTITY_NOT_AVAILABLE' });
    expect(r.peer.requests).toEqual([]);
  });

  it('no stored token: NOT_FOUND for that secret; a secret without an identity source: VALIDATION_FAILED', async () => {
    const r = await rig();
    expect(await r.error('tokenIdentity.check', { profileId: PROFILE, secretId: TOKEN })).toMatchObject({ code: 'NOT_FOUND', params: { secretId: TOKEN } });
    expect(await r.error('tokenIdentity.check', { profileId: PROFILE, secretId: 'cxone-bearer-token' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      params: { reason: 'no-identity-source' },
    });
    expect(await r.error('tokenIdentity.check', { profileId: 'nobody', secretId: TOKEN })).toMatchObject({ code: 'NOT_FOUND' });
    expect(r.peer.requests).toEqual([]);
  });

  it('a token replaced while its check runs: the answer is dropped (CANCELLED), nothing recorded on the new token', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let arrived: () => void = () => undefined;
    const asked = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const r = await rig({
      resolveToken: async (token) => {
        if (token !== 'the-first-token-held-back-000001') return 'full-admin';
        arrived();
        await held;
        return 'full-admin';
      },
    });
    await pasteToken(r, 'the-first-token-held-back-000001');
    const checking = r.error('tokenIdentity.check', { profileId: PROFILE, secretId: TOKEN });
    await asked;
    await pasteToken(r, 'the-second-token-stored-meanwhile');
    release();
    expect(await checking).toMatchObject({ code: 'CANCELLED', params: { reason: 'token-replaced' } });
    expect(r.onDisk().profiles[PROFILE]?.secrets[TOKEN]?.identity).toBeUndefined();
    expect(r.onDisk().profiles[PROFILE]?.fields[ORG_FIELD]).toBeUndefined();
  });
});

describe('the identity lives and dies with its token', () => {
  it('a new token drops it; removing the token drops it', async () => {
    const r = await rig();
    await pasteToken(r, 'full-admin');
    await check(r);
    await pasteToken(r, 'readonly-admin');
    expect(r.onDisk().profiles[PROFILE]?.secrets[TOKEN]?.identity).toBeUndefined();
    await check(r);
    await r.data('secrets.remove', { profileId: PROFILE, secretId: TOKEN });
    expect(r.onDisk().profiles[PROFILE]?.secrets[TOKEN]).toBeUndefined();
  });

  it('a duplicated profile and a hand-off file carry none of it (the Org ID answer, yes)', async () => {
    const r = await rig();
    await pasteToken(r, 'full-admin');
    await check(r);
    const duplicated = await r.data('profiles.duplicate', { profileId: PROFILE, name: 'Copy' });
    if (!duplicated.ok) throw new Error(`duplicate refused: ${duplicated.code}`);
    const copy = Object.values(duplicated.settings.profiles).find((p) => p.id !== PROFILE);
    expect(copy?.secrets).toEqual({});
    expect(copy?.fields[ORG_FIELD]).toBe(tenantUrl(ORG_ID));
    expect(JSON.stringify(copy)).not.toMatch(/John Andersen|isFullAdmin|identity/);
    const handoff = await r.data('handoff.export', { profileId: PROFILE });
    expect(handoff.text).toContain(ORG_ID);
    expect(handoff.text).not.toMatch(/John Andersen|john\.andersen|isFullAdmin|identity|id_full_admin/);
  });
});

describe('after every captured token, by itself', () => {
  async function capture(r: Rig, token: string) {
    const started = await r.data('signIn.start', { profileId: PROFILE, actionId: 'capture-token', opener: 'system-browser' });
    const state = new URL(started.authorizeUrl).searchParams.get('state');
    const waiting = r.data('signIn.await', { captureId: started.captureId });
    expect(await postFragment(r.loopbackPort, `access_token=${token}&token_type=Bearer&expires_in=3600&state=${state}`)).toBe(200);
    return waiting;
  }

  it('the sign-in answers with the identity recorded and the empty Org ID filled', async () => {
    const r = await rig();
    const outcome = await capture(r, personaToken('full-admin'));
    expect(outcome.profile.secrets[TOKEN]?.identity).toMatchObject({ orgId: ORG_ID, isFullAdmin: true, displayName: 'John Andersen' });
    expect(outcome.profile.fields[ORG_FIELD]).toBe(tenantUrl(ORG_ID));
    expect(r.peer.requests.map((q) => q.path)).toEqual(['/v1/people/me']);
    expect(r.onDisk().profiles[PROFILE]?.secrets[TOKEN]?.identity?.orgId).toBe(ORG_ID);
    expectNoSecret(r, personaToken('full-admin'));
  });

  it('a typed Org ID of another organisation stays; the check says differs when asked again', async () => {
    const r = await rig();
    await r.data('profile.saveField', { profileId: PROFILE, fieldId: ORG_FIELD, value: TYPED_ORG });
    const outcome = await capture(r, personaToken('full-admin'));
    expect(outcome.profile.fields[ORG_FIELD]).toBe(tenantUrl(TYPED_ORG));
    expect(await check(r)).toMatchObject({ orgIdMatchesAnswer: 'differs' });
  });

  it('a failing check does not fail the capture: the token is stored, the failure recorded and logged', async () => {
    const r = await rig();
    const outcome = await capture(r, personaToken('unauthorized'));
    expect(outcome.profile.secrets[TOKEN]).toMatchObject({ identityFailure: { code: 'IDENTITY_UNAUTHORIZED' } });
    expect(outcome.profile.secrets[TOKEN]?.identity).toBeUndefined();
    expect(r.logLines.join('\n')).toMatch(/whose token it is could not be read \(IDENTITY_UNAUTHORIZED\)/);
    expectNoSecret(r, personaToken('unauthorized'));
  });

  it('with test endpoints and no People API, nothing is asked and the capture answers as before', async () => {
    const r = await rig({ peopleApi: false });
    const outcome = await capture(r, personaToken('full-admin'));
    expect(outcome.profile.secrets[TOKEN]).toEqual({ savedAt: expect.any(String), expiresAt: expect.any(String) });
    expect(r.peer.requests).toEqual([]);
  });

  it('building the handler table again does not ask twice', async () => {
    const r = await rig();
    createHandlerTable(r.services);
    await capture(r, personaToken('full-admin'));
    expect(r.peer.requests).toHaveLength(1);
  });
});
