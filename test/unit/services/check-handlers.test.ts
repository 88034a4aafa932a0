import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../electron/services/app-services';
import { dispatch, type CallContext } from '../../../electron/services/dispatch';
import { createHandlerTable } from '../../../electron/services/handlers';
import type { HostCapabilities } from '../../../electron/services/host-capabilities';
import { CXONE_ACTIONS, CXONE_FIELDS } from '../../../shared/integrations/cxone';
import type { Channel } from '../../../shared/ipc/contract';
import type { SecretId } from '../../../shared/secrets';
import { startCxonePeers, writeCxoneEndpointsFile, type CxonePeers } from '../../support/cxone-peers';
import { createMemoryKeychain } from '../../support/memory-keychain';
import { envelopeCalls, type EnvelopeCalls } from '../../support/envelope-calls';

/**
 * `checks.run` for the CXone flow through dispatch() and the real handler table, on real
 * services (settings file in a temp folder, the in-memory keychain double, an endpoints file
 * pointing at the local CXone): the check named by the integration's data, the secrets read
 * from the keychain, the outcome recorded in `profile.actions`, cancel through `actions.cancel`.
 */

const NOW = new Date('2025-03-04T05:06:07.000Z');
const PROFILE = 'default';
const CONTEXT: CallContext = { host: 'browser' };
/** Shaped as CXone's keys are (52 base32 characters and "====", shared/validators/cxone-secrets.ts). */
const KEY_ID = 'S6Q3OAIOFZYZRKQSQVT4WSH6E5423BRTWHBOCDZ26CBP4YZIQ25Q====';
const KEY_SECRET = 'EK4N3M34ITLYXTIYTHUPFA4LEVIZTLK363RUJIGDIRPI5ALFNXLQ====';
const OTHER_SECRET = 'OR2JXFOLYCC5BAE7C4XCHIS7FNAWJCTVNZEZGRGFHG4VOIKZW6XA====';
const BEARER = 'cxone-scim-bearer-0123456789abcdefghijklmnop';
const SECRETS = { keyId: 'cxone-access-key-id', keySecret: 'cxone-access-key-secret', bearer: 'cxone-bearer-token' } as const satisfies Record<
  string,
  SecretId
>;

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const capabilities: HostCapabilities = {
  host: 'browser',
  versions: { node: process.versions.node },
  osLocale: 'en-US',
  signInOpener: { open: async () => 'renderer', closeAll: () => undefined },
  clipboard: { place: () => 'renderer' },
  externalOpener: { open: async () => false },
  fileSaver: { saveText: async () => 'renderer', savePdf: async () => 'renderer' },
};

interface Rig extends EnvelopeCalls {
  peers: CxonePeers;
  services: AppServices;
  logLines: string[];
  dataDir: string;
  /** Every checks.run answer so far, as the page received it. */
  results: unknown[];
}

async function rig(): Promise<Rig> {
  const peers = await startCxonePeers({
    areas: ['na1'],
    accessKeyId: KEY_ID,
    accessKeySecret: KEY_SECRET,
    bearerToken: BEARER,
    users: [{ userName: 'alice@example.com' }],
  });
  cleanups.push(() => peers.close());
  const dataDir = mkdtempSync(join(tmpdir(), 'check-handlers-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const logLines: string[] = [];
  const services = createAppServices({
    dataDir,
    keychain: createMemoryKeychain(),
    capabilities,
    endpointsFile: writeCxoneEndpointsFile(dataDir, peers),
    now: () => NOW,
    log: { info: (line) => void logLines.push(line) },
  });
  const table = createHandlerTable(services);
  const results: unknown[] = [];
  const call = async (channel: Channel, payload: unknown) => {
    const envelope = await dispatch(table, channel, payload, CONTEXT);
    if (channel === 'checks.run') results.push(envelope);
    return envelope;
  };
  return {
    peers,
    services,
    logLines,
    dataDir,
    results,
    ...envelopeCalls(call),
  };
}

/** A CXone profile in area na1 for the IdP, with the given secrets stored through secrets.save. */
async function cxoneProfile(r: Rig, idp: 'okta' | 'entra' | 'other', secrets: Partial<Record<SecretId, string>>): Promise<void> {
  await r.data('profile.selectIntegration', { profileId: PROFILE, integrationId: 'cxone' });
  for (const [fieldId, value] of [
    [CXONE_FIELDS.idp, idp],
    [CXONE_FIELDS.environment, 'standard'],
    [CXONE_FIELDS.region, 'na1'],
  ] as const) {
    expect(await r.data('profile.saveField', { profileId: PROFILE, fieldId, value })).toMatchObject({ ok: true, value });
  }
  for (const [secretId, value] of Object.entries(secrets) as Array<[SecretId, string]>) {
    expect(await r.data('secrets.save', { profileId: PROFILE, secretId, value, expiresAt: null })).toMatchObject({ ok: true });
  }
}

const run = (r: Rig, actionId: string, requestId = `run-${actionId}`) => r.data('checks.run', { profileId: PROFILE, actionId, requestId });
const settingsText = (r: Rig) => readFileSync(join(r.dataDir, 'settings.json'), 'utf8');

/** No secret value (the pair, the bearer token, any token the peer issued) in any answer, the settings file or the log. */
function expectNoSecretAnywhere(r: Rig): void {
  const places = { results: JSON.stringify(r.results), settings: settingsText(r), log: r.logLines.join('\n') };
  for (const value of [KEY_ID, KEY_SECRET, OTHER_SECRET, BEARER, ...r.peers.issuedTokens]) {
    for (const [where, text] of Object.entries(places)) {
      for (const form of [value, encodeURIComponent(value)]) expect(text, `${where} holds a secret`).not.toContain(form);
    }
  }
}

describe('checks.run for CXone, through the handler table', () => {
  it('runs the access-key check as Okta would, and records the pass in profile.actions and on disk', async () => {
    const r = await rig();
    await cxoneProfile(r, 'okta', { [SECRETS.keyId]: KEY_ID, [SECRETS.keySecret]: KEY_SECRET });

    const result = await run(r, CXONE_ACTIONS.checkAccessKey);
    expect(result).toMatchObject({ ok: true, outcome: 'ok', stage: 'scim', status: 200 });
    const recorded = { ok: true, at: NOW.toISOString(), code: 'ok' };
    expect(result.profile.actions[CXONE_ACTIONS.checkAccessKey]).toEqual(recorded);
    expect((JSON.parse(settingsText(r)) as { profiles: Record<string, { actions: unknown }> }).profiles[PROFILE]?.actions).toEqual({
      [CXONE_ACTIONS.checkAccessKey]: recorded,
    });
    expect(r.peers.requests.map(({ method, path, rawQuery, credential }) => ({ method, path, rawQuery, credential }))).toEqual([
      { method: 'POST', path: '/na1/authentication/v1/token/access-key', rawQuery: '', credential: 'access-key' },
      { method: 'GET', path: '/na1/scim/v2/Users', rawQuery: 'startIndex=1&count=2', credential: 'issued-token' },
    ]);
    expect(r.logLines.at(-1)).toBe(`check ${CXONE_ACTIONS.checkAccessKey} for profile ${PROFILE}: ok (200) at the scim stage`);
    expect(r.services.running.size).toBe(0);
    expectNoSecretAnywhere(r);
  });

  it('runs the bearer-token check against /oauth/scim/v2 with Entra’s probe when the IdP is Entra ID', async () => {
    const r = await rig();
    await cxoneProfile(r, 'entra', { [SECRETS.bearer]: BEARER });

    const result = await run(r, CXONE_ACTIONS.checkBearerToken);
    expect(result).toMatchObject({ ok: true, outcome: 'ok', stage: 'scim' });
    expect(result.profile.actions[CXONE_ACTIONS.checkBearerToken]).toEqual({ ok: true, at: NOW.toISOString(), code: 'ok' });
    expect(r.peers.requests).toHaveLength(1);
    expect(r.peers.requests[0]).toMatchObject({ method: 'GET', path: '/na1/oauth/scim/v2/Users', credential: 'bearer-token' });
    expect(r.peers.requests[0]?.rawQuery).toMatch(/^filter=userName%20eq%20%22[0-9a-f-]{36}%22$/);
    expectNoSecretAnywhere(r);
  });

  it('records a refused pair as a failure at the token-exchange stage, replacing an earlier pass', async () => {
    const r = await rig();
    await cxoneProfile(r, 'other', { [SECRETS.keyId]: KEY_ID, [SECRETS.keySecret]: KEY_SECRET });
    expect(await run(r, CXONE_ACTIONS.checkAccessKey)).toMatchObject({ ok: true });

    // A new secret is stored (its action result is dropped), and the token endpoint refuses it.
    await r.data('secrets.save', { profileId: PROFILE, secretId: SECRETS.keySecret, value: OTHER_SECRET, expiresAt: null });
    const result = await run(r, CXONE_ACTIONS.checkAccessKey);
    expect(result).toMatchObject({ ok: false, outcome: 'unauthorized', status: 401, stage: 'token-exchange' });
    expect(result.profile.actions[CXONE_ACTIONS.checkAccessKey]).toEqual({ ok: false, at: NOW.toISOString(), code: 'unauthorized' });
    expect(r.peers.requests.filter((q) => q.endpoint === 'scim')).toHaveLength(1);
    expect(r.logLines.at(-1)).toContain('unauthorized (401) at the token-exchange stage');
    expectNoSecretAnywhere(r);
  });

  it('refuses with no-secret, naming the missing secret and contacting nothing, while a secret is not stored', async () => {
    const r = await rig();
    await cxoneProfile(r, 'okta', { [SECRETS.keyId]: KEY_ID });

    const missingSecret = await r.error('checks.run', { profileId: PROFILE, actionId: CXONE_ACTIONS.checkAccessKey, requestId: 'no-secret' });
    expect(missingSecret).toMatchObject({ code: 'VALIDATION_FAILED', params: { reason: 'no-secret', secretId: SECRETS.keySecret } });
    const missingBearer = await r.error('checks.run', { profileId: PROFILE, actionId: CXONE_ACTIONS.checkBearerToken, requestId: 'no-bearer' });
    expect(missingBearer).toMatchObject({ code: 'VALIDATION_FAILED', params: { reason: 'no-secret', secretId: SECRETS.bearer } });
    expect(r.peers.requests).toEqual([]);
    expect((await r.data('settings.get', {})).profiles[PROFILE]?.actions).toEqual({});
    expectNoSecretAnywhere(r);
  });

  it('cancels a running check through actions.cancel, keeping the last real result', async () => {
    const r = await rig();
    await cxoneProfile(r, 'okta', { [SECRETS.keyId]: KEY_ID, [SECRETS.keySecret]: KEY_SECRET });
    expect(await run(r, CXONE_ACTIONS.checkAccessKey, 'first')).toMatchObject({ ok: true });

    const release = r.peers.pause();
    cleanups.push(release);
    const before = r.peers.requests.length;
    const running = run(r, CXONE_ACTIONS.checkAccessKey, 'held');
    await expect.poll(() => r.peers.requests.length).toBe(before + 1);
    expect(r.services.running.has('held')).toBe(true);
    expect(await r.data('actions.cancel', { requestId: 'held' })).toEqual({ cancelled: true });
    const cancelled = await running;
    expect(cancelled).toMatchObject({ ok: false, outcome: 'cancelled', stage: 'token-exchange' });
    expect(cancelled.profile.actions[CXONE_ACTIONS.checkAccessKey]).toEqual({ ok: true, at: NOW.toISOString(), code: 'ok' });
    expect(r.services.running.size).toBe(0);
    expect(await r.data('actions.cancel', { requestId: 'held' })).toEqual({ cancelled: false });
    expectNoSecretAnywhere(r);
  });

  it('refuses an action the integration does not have, or of another kind', async () => {
    const r = await rig();
    await cxoneProfile(r, 'okta', {});
    expect(await r.error('checks.run', { profileId: PROFILE, actionId: 'no-such-check', requestId: 'x1' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await r.error('checks.run', { profileId: PROFILE, actionId: CXONE_ACTIONS.openCxone, requestId: 'x2' })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
