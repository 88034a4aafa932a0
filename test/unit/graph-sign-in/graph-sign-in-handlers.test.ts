import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlerTable } from '../../../electron/services/handlers';
import type { HostCapabilities } from '../../../electron/services/host-capabilities';
import { GRAPH_REDIRECT_PATH } from '../../../shared/endpoints/graph-endpoints';
import type { Channel } from '../../../shared/ipc/contract';
import { PROFILE_WRITE_CHANNELS } from '../../../shared/ipc/profile-writes';
import { graphKeychainEntries } from '../../../shared/settings/graph-keychain';
import type { Settings } from '../../../shared/settings/schema';
import { envelopeCalls, type EnvelopeCalls } from '../../support/envelope-calls';
import { createMemoryKeychain, type MemoryKeychain } from '../../support/memory-keychain';
import { startOidcProvider, type OidcProviderHandle } from '../../support/oidc-provider-server';
import { TEST_SCOPES } from './support/graph-sign-in-rig';
import { createScriptedBrowser } from './support/scripted-browser';
import { makeSelfSignedCertificate } from './support/self-signed';
import { createTestNetworkClient } from './support/tls-http';

/**
 * The Microsoft sign-in through the IPC channels, on the app's real services (settings file in a
 * temp folder, the handler table, dispatch()), the in-memory keychain, and a real OpenID provider
 * on https://127.0.0.1 whose code+PKCE client has a GUID as its id, so the profile's client ID
 * setting is what signs in (the endpoints file replaces only the authority).
 */
const CLIENT_ID = '5f0c2a8e-3b1d-4e6f-8a9b-0c1d2e3f4a5b';
const OTHER_CLIENT_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

interface Rig extends EnvelopeCalls {
  dataDir: string;
  keychain: MemoryKeychain;
  services: AppServices;
  logLines: string[];
  opened: string[];
  call(channel: Channel, payload: unknown): ReturnType<typeof dispatch>;
  onDisk(): Settings;
  cacheAccounts(profileId: string): string[];
}

let provider: OidcProviderHandle | null = null;
let tls: { key: string; cert: string } | null = null;
const cleanups: Array<() => void> = [];

beforeAll(async () => {
  tls = makeSelfSignedCertificate();
  if (!tls) return;
  provider = await startOidcProvider({
    redirectUri: 'http://localhost:1/auth/code',
    codeFlow: { clientId: CLIENT_ID, redirectUris: [`http://127.0.0.1${GRAPH_REDIRECT_PATH}`] },
    tls,
  });
}, 60_000);

afterAll(async () => {
  cleanups.splice(0).forEach((cleanup) => cleanup());
  await provider?.close();
});

function rig(options: { timeoutMs?: number } = {}): Rig {
  if (!provider || !tls) throw new Error('no provider');
  const dataDir = mkdtempSync(join(tmpdir(), 'graph-handlers-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const endpointsFile = join(dataDir, 'endpoints.json');
  writeFileSync(endpointsFile, JSON.stringify({ graph: { authority: provider.issuer, graphBaseUrl: 'http://127.0.0.1:9/v1.0' } }));
  const keychain = createMemoryKeychain();
  const logLines: string[] = [];
  const opened: string[] = [];
  const capabilities: HostCapabilities = {
    host: 'browser',
    versions: { node: process.versions.node },
    osLocale: 'en-US',
    signInOpener: {
      open: async (url) => {
        opened.push(url);
        return 'renderer';
      },
      closeAll: vi.fn(),
    },
    clipboard: { place: vi.fn(() => 'renderer' as const) },
    externalOpener: { open: vi.fn(async () => false) },
    fileSaver: { saveText: vi.fn(async () => 'renderer' as const), savePdf: vi.fn(async () => 'renderer' as const) },
  };
  const services = createAppServices({
    dataDir,
    endpointsFile,
    keychain,
    capabilities,
    log: { info: (line) => void logLines.push(line) },
    graphSignInTest: { scopes: TEST_SCOPES, prompt: 'consent', networkClient: createTestNetworkClient(tls.cert), ...options },
  });
  const table = createHandlerTable(services);
  const call = (channel: Channel, payload: unknown) => dispatch(table, channel, payload, { host: 'browser' });
  return {
    dataDir,
    keychain,
    services,
    logLines,
    opened,
    call,
    ...envelopeCalls(call),
    onDisk: () => JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as Settings,
    cacheAccounts: (profileId) => [...keychain.entries.keys()].filter((account) => account.includes(`/${profileId}/graph-token-cache`)),
  };
}

/** The admin's part in the browser: sign in as `login`, then accept (or refuse) consent. */
async function browse(authorizeUrl: string, login: string, consent = true) {
  if (!provider || !tls) throw new Error('no provider');
  return createScriptedBrowser({ providerOrigin: provider.issuer, ca: tls.cert }).signIn(authorizeUrl, { login, consent });
}

async function signedIn(r: Rig, profileId: string, login: string) {
  const started = await r.data('graph.signIn', { profileId, opener: 'system-browser' });
  await browse(started.authorizeUrl, login);
  return r.data('graph.signIn.await', { signInId: started.signInId });
}

const skipReason = 'openssl is not installed: no certificate for the https test provider';

describe('graph.setClientId', () => {
  it('refuses what is not a client ID with the validator codes, and saves nothing', async (ctx) => {
    if (!provider) return ctx.skip(skipReason);
    const r = rig();
    const revision = r.onDisk().profiles.default?.revision;
    for (const [typed, code, params] of [
      ['  ', 'empty', { variant: 'graph-client-id' }],
      ['contoso.onmicrosoft.com', 'graph-client-id-not-guid', { length: 23 }],
      ['Abc8Q~dEfGhIjKlMnOpQrStUvWxYz0123456789', 'graph-client-id-is-secret', undefined],
    ] as const) {
      const answer = await r.data('graph.setClientId', { profileId: 'default', clientId: typed });
      expect(answer).toMatchObject({ ok: false, code, ...(params ? { params } : {}) });
    }
    expect(r.onDisk().profiles.default?.graph).toBeUndefined();
    expect(r.onDisk().profiles.default?.revision).toBe(revision);
  });

  it('saves the normalised ID in the profile (not the keychain), and null clears it', async (ctx) => {
    if (!provider) return ctx.skip(skipReason);
    const r = rig();
    const answer = await r.data('graph.setClientId', { profileId: 'default', clientId: ` {${CLIENT_ID.toUpperCase()}} ` });
    expect(answer).toMatchObject({ ok: true, profile: { graph: { clientId: CLIENT_ID } } });
    expect(r.onDisk().profiles.default?.graph).toEqual({ clientId: CLIENT_ID });
    expect(r.keychain.entries.size).toBe(0);
    expect(await r.data('graph.setClientId', { profileId: 'default', clientId: null })).toMatchObject({ ok: true });
    expect(r.onDisk().profiles.default?.graph).toBeUndefined();
  });

  it('is a profile write: queued after the saves made before it, like graph.signOut', () => {
    expect(PROFILE_WRITE_CHANNELS.has('graph.setClientId')).toBe(true);
    expect(PROFILE_WRITE_CHANNELS.has('graph.signOut')).toBe(true);
    expect(PROFILE_WRITE_CHANNELS.has('graph.signIn')).toBe(false);
  });
});

describe('graph.signIn without a client ID', () => {
  it('is refused with GRAPH_CLIENT_ID_INVALID (empty) and opens nothing', async (ctx) => {
    if (!provider) return ctx.skip(skipReason);
    const r = rig();
    expect(await r.error('graph.signIn', { profileId: 'default', opener: 'system-browser' })).toMatchObject({
      code: 'GRAPH_CLIENT_ID_INVALID',
      params: { variant: 'empty' },
    });
    expect(r.opened).toEqual([]);
    expect(await r.data('graph.status', { profileId: 'default' })).toEqual({ signedIn: false });
  });
});

describe('the sign-in through the channels', () => {
  it('signs in, records it, reports it, keeps tokens out of answers and logs, and signs out', async (ctx) => {
    if (!provider) return ctx.skip(skipReason);
    const r = rig();
    await r.data('graph.setClientId', { profileId: 'default', clientId: CLIENT_ID });
    const started = await r.data('graph.signIn', { profileId: 'default', opener: 'system-browser' });
    expect(started).toMatchObject({ openedBy: 'renderer', redirectUri: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/graph-sign-in$/) });
    expect(r.opened).toEqual([started.authorizeUrl]);
    const authorize = new URL(started.authorizeUrl);
    expect(authorize.origin).toBe(provider?.issuer);
    expect(authorize.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');

    await browse(started.authorizeUrl, 'alice');
    const done = await r.data('graph.signIn.await', { signInId: started.signInId });
    expect(done.account).toMatchObject({ username: 'alice@example.test' });
    // A second caller (a reloaded page) gets the same answer.
    expect((await r.data('graph.signIn.await', { signInId: started.signInId })).account).toEqual(done.account);

    expect(done.profile.graph).toMatchObject({ clientId: CLIENT_ID, signedInAt: expect.any(String) });
    expect(r.onDisk().profiles.default?.graph?.signedInAt).toBe(done.profile.graph?.signedInAt);
    const namespace = r.onDisk().keychainNamespace;
    expect(r.cacheAccounts('default')).toEqual([`${namespace}/default/graph-token-cache`]);
    // What the profile-delete confirmation lists.
    expect(graphKeychainEntries(namespace, done.profile)).toEqual([
      { secretId: 'graph-token-cache', service: 'SCIM Setup Wizard', account: `${namespace}/default/graph-token-cache` },
    ]);

    expect(await r.data('graph.status', { profileId: 'default' })).toEqual({ signedIn: true, account: done.account });
    // The Graph callers' way in: a token the provider accepts.
    const profile = r.services.settings.read().profiles.default;
    if (!profile) throw new Error('no profile');
    const { accessToken } = await r.services.graphSignIn.getAccessToken(profile);
    expect(await provider?.isValidAccessToken(accessToken)).toBe(true);

    // Neither the access token nor the refresh token (in the keychain) shows up in answers, the settings file or the log.
    const cache = r.keychain.entries.get(`${namespace}/default/graph-token-cache`) ?? '';
    const refreshToken = /"secret":"([^"]+)"/.exec(cache.slice(cache.indexOf('"RefreshToken"')))?.[1] ?? '';
    expect(refreshToken.length).toBeGreaterThan(10);
    const seen = JSON.stringify([started, done, r.logLines, readFileSync(join(r.dataDir, 'settings.json'), 'utf8')]);
    expect(seen).not.toContain(accessToken);
    expect(seen).not.toContain(refreshToken);

    const out = await r.data('graph.signOut', { profileId: 'default' });
    expect(out).toMatchObject({ signedOut: true, profile: { graph: { clientId: CLIENT_ID } } });
    expect(out.profile.graph?.signedInAt).toBeUndefined();
    expect(graphKeychainEntries(namespace, out.profile)).toEqual([]);
    expect(r.cacheAccounts('default')).toEqual([]);
    expect(await r.data('graph.status', { profileId: 'default' })).toEqual({ signedIn: false });
    await expect(r.services.graphSignIn.getAccessToken(profile)).rejects.toMatchObject({ code: 'GRAPH_SIGN_IN_REQUIRED' });
  }, 60_000);

  it('answers a refused consent with GRAPH_CONSENT_REQUIRED (denied), records nothing and stores nothing', async (ctx) => {
    if (!provider) return ctx.skip(skipReason);
    const r = rig();
    await r.data('graph.setClientId', { profileId: 'default', clientId: CLIENT_ID });
    const started = await r.data('graph.signIn', { profileId: 'default', opener: 'in-app-private' });
    await browse(started.authorizeUrl, 'bob', false);
    expect(await r.error('graph.signIn.await', { signInId: started.signInId })).toMatchObject({
      code: 'GRAPH_CONSENT_REQUIRED',
      params: { error: 'access_denied', variant: 'denied' },
    });
    expect(r.onDisk().profiles.default?.graph).toEqual({ clientId: CLIENT_ID });
    expect(r.keychain.entries.size).toBe(0);
    expect(r.logLines.some((line) => line.includes('GRAPH_CONSENT_REQUIRED') && line.includes('access_denied'))).toBe(true);
  }, 60_000);

  it('cancels: the wait ends with GRAPH_SIGN_IN_CANCELLED and the port is free; an unknown id is NOT_FOUND', async (ctx) => {
    if (!provider) return ctx.skip(skipReason);
    const r = rig();
    await r.data('graph.setClientId', { profileId: 'default', clientId: CLIENT_ID });
    const started = await r.data('graph.signIn', { profileId: 'default', opener: 'system-browser' });
    const waiting = r.call('graph.signIn.await', { signInId: started.signInId });
    expect(await r.data('graph.signIn.cancel', { signInId: started.signInId })).toEqual({ cancelled: true });
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'GRAPH_SIGN_IN_CANCELLED' } });
    expect(await r.data('graph.signIn.cancel', { signInId: started.signInId })).toEqual({ cancelled: false });
    await expect(fetch(started.redirectUri)).rejects.toThrow();
    expect(await r.error('graph.signIn.await', { signInId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      code: 'NOT_FOUND',
      params: { variant: 'graph-sign-in' },
    });
  }, 60_000);

  it('times out with GRAPH_SIGN_IN_TIMEOUT', async (ctx) => {
    if (!provider) return ctx.skip(skipReason);
    const r = rig({ timeoutMs: 300 });
    await r.data('graph.setClientId', { profileId: 'default', clientId: CLIENT_ID });
    const started = await r.data('graph.signIn', { profileId: 'default', opener: 'system-browser' });
    expect(await r.error('graph.signIn.await', { signInId: started.signInId })).toMatchObject({ code: 'GRAPH_SIGN_IN_TIMEOUT' });
  }, 30_000);

  it('a new client ID signs the profile out (the cache belongs to the old app registration)', async (ctx) => {
    if (!provider) return ctx.skip(skipReason);
    const r = rig();
    await r.data('graph.setClientId', { profileId: 'default', clientId: CLIENT_ID });
    await signedIn(r, 'default', 'carol');
    expect(r.cacheAccounts('default')).toHaveLength(1);
    // The same ID again changes nothing.
    await r.data('graph.setClientId', { profileId: 'default', clientId: CLIENT_ID.toUpperCase() });
    expect(r.cacheAccounts('default')).toHaveLength(1);
    expect(r.onDisk().profiles.default?.graph?.signedInAt).toEqual(expect.any(String));

    const answer = await r.data('graph.setClientId', { profileId: 'default', clientId: OTHER_CLIENT_ID });
    expect(answer).toMatchObject({ ok: true, profile: { graph: { clientId: OTHER_CLIENT_ID } } });
    expect(r.onDisk().profiles.default?.graph).toEqual({ clientId: OTHER_CLIENT_ID });
    expect(r.cacheAccounts('default')).toEqual([]);
  }, 60_000);
});

describe('profiles and the Microsoft sign-in', () => {
  it('a duplicate carries the client ID but not the sign-in; deleting the profile removes its token cache', async (ctx) => {
    if (!provider) return ctx.skip(skipReason);
    const r = rig();
    const created = await r.data('profiles.create', { name: 'Contoso', integrationId: null });
    if (!created.ok) throw new Error(created.code);
    const contoso = created.settings.activeProfileId;
    await r.data('graph.setClientId', { profileId: contoso, clientId: CLIENT_ID });
    await signedIn(r, contoso, 'dave');
    expect(r.cacheAccounts(contoso)).toHaveLength(1);

    const copied = await r.data('profiles.duplicate', { profileId: contoso, name: 'Contoso copy' });
    if (!copied.ok) throw new Error(copied.code);
    const copy = copied.settings.profiles[copied.settings.activeProfileId];
    expect(copy?.graph).toEqual({ clientId: CLIENT_ID });
    expect(await r.data('graph.status', { profileId: copy?.id ?? '' })).toEqual({ signedIn: false });

    const deleted = await r.data('profiles.delete', { profileId: contoso });
    expect(deleted.settings.profiles[contoso]).toBeUndefined();
    expect(r.cacheAccounts(contoso)).toEqual([]);
    expect(r.keychain.entries.size).toBe(0);
    expect(r.logLines).toContain(`profile ${contoso}: Microsoft sign-in, if any, removed from the keychain`);
  }, 60_000);

  it('deleting a profile during its sign-in cancels the sign-in', async (ctx) => {
    if (!provider) return ctx.skip(skipReason);
    const r = rig();
    const created = await r.data('profiles.create', { name: 'Fabrikam', integrationId: null });
    if (!created.ok) throw new Error(created.code);
    const fabrikam = created.settings.activeProfileId;
    await r.data('graph.setClientId', { profileId: fabrikam, clientId: CLIENT_ID });
    const started = await r.data('graph.signIn', { profileId: fabrikam, opener: 'system-browser' });
    await r.data('profiles.delete', { profileId: fabrikam });
    expect(await r.error('graph.signIn.await', { signInId: started.signInId })).toMatchObject({ code: 'GRAPH_SIGN_IN_CANCELLED' });
    expect(r.keychain.entries.size).toBe(0);
  }, 60_000);

  it('refuses unknown profiles with NOT_FOUND and touches no keychain entry', async (ctx) => {
    if (!provider) return ctx.skip(skipReason);
    const r = rig();
    for (const [channel, payload] of [
      ['graph.setClientId', { profileId: 'nobody', clientId: CLIENT_ID }],
      ['graph.signIn', { profileId: 'nobody', opener: 'system-browser' }],
      ['graph.signOut', { profileId: 'nobody' }],
      ['graph.status', { profileId: 'nobody' }],
    ] as const) {
      expect(await r.error(channel, payload), channel).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(r.opened).toEqual([]);
    expect(await r.error('graph.signIn', { profileId: 'default', opener: 'elsewhere' })).toMatchObject({ code: 'INVALID_REQUEST' });
  });
});
