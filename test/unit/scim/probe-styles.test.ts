import { afterEach, describe, expect, it } from 'vitest';
import { testScimConnection } from '../../../electron/services/checks/scim-connection-test';
import { startCxonePeers, type CxonePeers, type CxonePeersOptions } from '../../support/cxone-peers';

/**
 * The two IdP test requests (shared/integrations/types.ts ProbeStyle) as they reach a real
 * SCIM server (scimmy, behind the local CXone's /oauth/scim/v2 base): the exact path and
 * query each sends, and what counts as a pass for each.
 */

const BEARER = 'cxone-scim-bearer-0123456789abcdefghijklmnop';
const PAIR = {
  accessKeyId: 'S6Q3OAIOFZYZRKQSQVT4WSH6E5423BRTWHBOCDZ26CBP4YZIQ25Q====',
  accessKeySecret: 'EK4N3M34ITLYXTIYTHUPFA4LEVIZTLK363RUJIGDIRPI5ALFNXLQ====',
};
const THREE_USERS = [{ userName: 'alice@example.com' }, { userName: 'bob@example.com' }, { userName: 'carol@example.com' }];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const started: CxonePeers[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((p) => p.close()));
});
async function peersWith(extra: Partial<CxonePeersOptions> = {}): Promise<CxonePeers> {
  const peers = await startCxonePeers({ areas: ['na1'], ...PAIR, bearerToken: BEARER, ...extra });
  started.push(peers);
  return peers;
}

describe("Okta's probe", () => {
  it('sends GET <base>/Users?startIndex=1&count=2 with the bearer token, and passes on a ListResponse with users, without a warning', async () => {
    const peers = await peersWith({ users: THREE_USERS });
    const result = await testScimConnection({ tenantUrl: peers.urls('na1').oauthScimBaseUrl, token: BEARER, probe: 'okta' });
    expect(result).toEqual({ ok: true, outcome: 'ok', status: 200, elapsedMs: expect.any(Number) });
    expect(peers.requests).toEqual([
      {
        method: 'GET',
        area: 'na1',
        path: '/na1/oauth/scim/v2/Users',
        endpoint: 'oauth-scim',
        query: { startIndex: '1', count: '2' },
        rawQuery: 'startIndex=1&count=2',
        credential: 'bearer-token',
      },
    ]);
  });

  it('passes on an empty tenant too', async () => {
    const peers = await peersWith();
    const result = await testScimConnection({ tenantUrl: `${peers.urls('na1').oauthScimBaseUrl}/`, token: BEARER, probe: 'okta' });
    expect(result).toMatchObject({ ok: true, outcome: 'ok' });
    expect(peers.requests[0]?.path).toBe('/na1/oauth/scim/v2/Users');
  });

  it('fails like any probe when the token is refused', async () => {
    const peers = await peersWith();
    const result = await testScimConnection({ tenantUrl: peers.urls('na1').oauthScimBaseUrl, token: 'not-the-scim-token-0123456789', probe: 'okta' });
    expect(result).toMatchObject({ ok: false, outcome: 'unauthorized', status: 401, serverDetail: 'The bearer token is invalid or expired.' });
    expect(peers.requests[0]?.credential).toBe('unknown-token');
  });
});

describe("Entra's probe", () => {
  it('sends GET <base>/Users?filter=userName eq "<random GUID>" percent-encoded, and passes on an empty ListResponse', async () => {
    const peers = await peersWith({ users: THREE_USERS });
    const result = await testScimConnection({ tenantUrl: peers.urls('na1').oauthScimBaseUrl, token: BEARER, probe: 'entra' });
    expect(result).toEqual({ ok: true, outcome: 'ok', status: 200, elapsedMs: expect.any(Number) });
    const [request] = peers.requests;
    expect(request).toMatchObject({ method: 'GET', path: '/na1/oauth/scim/v2/Users', endpoint: 'oauth-scim', credential: 'bearer-token' });
    const guid = /^userName eq "(.*)"$/.exec(request?.query.filter ?? '')?.[1] ?? '';
    expect(guid).toMatch(UUID);
    expect(request?.rawQuery).toBe(`filter=userName%20eq%20%22${guid}%22`);
    expect(Object.keys(request?.query ?? {})).toEqual(['filter']);
  });

  it('is the default probe', async () => {
    const peers = await peersWith();
    await testScimConnection({ tenantUrl: peers.urls('na1').oauthScimBaseUrl, token: BEARER });
    expect(peers.requests[0]?.rawQuery).toMatch(/^filter=userName%20eq%20%22[0-9a-f-]{36}%22$/);
  });

  it('warns when users come back for the random name (a server that ignores the filter), where Okta’s probe does not', async () => {
    const peers = await peersWith({ users: THREE_USERS, ignoreFilter: true });
    const base = peers.urls('na1').oauthScimBaseUrl;
    const entra = await testScimConnection({ tenantUrl: base, token: BEARER, probe: 'entra' });
    expect(entra).toMatchObject({ ok: true, outcome: 'ok', warning: { code: 'users-found', count: 3 } });
    const okta = await testScimConnection({ tenantUrl: base, token: BEARER, probe: 'okta' });
    expect(okta.warning).toBeUndefined();
  });
});
