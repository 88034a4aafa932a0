import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEndpointsFile } from '../../../electron/services/endpoints-file';
import { cxoneEndpointFacts, resolveCxoneEndpoints } from '../../../shared/endpoints/cxone-endpoints';
import { cxoneComputed } from '../../../shared/integrations/cxone-computed';
import { startCxonePeers, writeCxoneEndpointsFile, type CxonePeers } from '../../support/cxone-peers';

/**
 * The local CXone the check tests run against must itself be right: strict where NICE's
 * documented token request is (a drifting client fails), and each SCIM base taking only its
 * own credential. Plain fetch calls here, not the app's code.
 */

const KEY_ID = 'EK4N3M34ITLYXTIYTHUPFA4LEVIZTLK363RUJIGDIRPI5ALFNXLQ====';
const KEY_SECRET = 'OR2JXFOLYCC5BAE7C4XCHIS7FNAWJCTVNZEZGRGFHG4VOIKZW6XA====';
const BEARER = 'cxone-scim-bearer-0123456789abcdefghijklmnop';
const FORBIDDEN_BEARER = 'cxone-scim-bearer-of-an-agent-without-rights';
const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

let peers: CxonePeers;
beforeAll(async () => {
  peers = await startCxonePeers({
    areas: ['na1', 'eu1'],
    accessKeyId: KEY_ID,
    accessKeySecret: KEY_SECRET,
    bearerToken: BEARER,
    forbiddenBearerToken: FORBIDDEN_BEARER,
    users: [{ userName: 'alice@example.com' }, { userName: 'bob@example.com' }, { userName: 'carol@example.com' }],
  });
});
afterAll(() => peers.close());
afterEach(() => {
  peers.requests.length = 0;
  peers.tokenEndpoint = 'normal';
  peers.acceptIssuedTokens = true;
});

const post = (url: string, body: string, contentType = 'application/json') =>
  fetch(url, { method: 'POST', headers: { 'content-type': contentType }, body, redirect: 'manual' });
const documentedBody = (id = KEY_ID, secret = KEY_SECRET) => JSON.stringify({ accessKeyId: id, accessKeySecret: secret });
const usersPage = (base: string, token: string) => fetch(`${base}/Users?startIndex=1&count=2`, { headers: { authorization: `Bearer ${token}` } });

async function issueToken(area = 'na1'): Promise<string> {
  const response = await post(peers.urls(area).tokenUrl, documentedBody());
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

describe('the token endpoint', () => {
  it('answers the documented request with a fresh OAuth token, and records it as the access key', async () => {
    const response = await post(peers.urls('na1').tokenUrl, documentedBody());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({ access_token: expect.stringMatching(/^[\w-]{43}$/), token_type: 'Bearer', expires_in: 3600 });
    expect(peers.issuedTokens.has(body.access_token as string)).toBe(true);
    expect(await issueToken()).not.toBe(body.access_token);
    expect(peers.requests[0]).toMatchObject({
      method: 'POST',
      area: 'na1',
      endpoint: 'token',
      credential: 'access-key',
      path: '/na1/authentication/v1/token/access-key',
    });
  });

  it('accepts a charset on the JSON content type', async () => {
    expect((await post(peers.urls('eu1').tokenUrl, documentedBody(), 'application/json; charset=utf-8')).status).toBe(200);
  });

  it.each([
    ['GET', 405, () => fetch(peers.urls('na1').tokenUrl)],
    [
      'a form-encoded body',
      415,
      () => post(peers.urls('na1').tokenUrl, `accessKeyId=${KEY_ID}&accessKeySecret=${KEY_SECRET}`, 'application/x-www-form-urlencoded'),
    ],
    ['text/plain', 415, () => post(peers.urls('na1').tokenUrl, documentedBody(), 'text/plain')],
    ['a body that is not JSON', 400, () => post(peers.urls('na1').tokenUrl, '{accessKeyId:')],
    ['a JSON array', 400, () => post(peers.urls('na1').tokenUrl, `[${documentedBody()}]`)],
    ['a missing secret', 400, () => post(peers.urls('na1').tokenUrl, JSON.stringify({ accessKeyId: KEY_ID }))],
    ['an extra field', 400, () => post(peers.urls('na1').tokenUrl, JSON.stringify({ accessKeyId: KEY_ID, accessKeySecret: KEY_SECRET, grant_type: 'x' }))],
    ['snake_case names', 400, () => post(peers.urls('na1').tokenUrl, JSON.stringify({ access_key_id: KEY_ID, access_key_secret: KEY_SECRET }))],
    ['a number for a field', 400, () => post(peers.urls('na1').tokenUrl, JSON.stringify({ accessKeyId: 42, accessKeySecret: KEY_SECRET }))],
    ['a swapped pair', 401, () => post(peers.urls('na1').tokenUrl, documentedBody(KEY_SECRET, KEY_ID))],
    ['a wrong secret', 401, () => post(peers.urls('na1').tokenUrl, documentedBody(KEY_ID, `B${KEY_SECRET.slice(1)}`))],
  ] as const)('refuses %s with %i and an OAuth error body, issuing nothing', async (_name, status, send) => {
    const before = peers.issuedTokens.size;
    const response = await send();
    expect(response.status).toBe(status);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({ error: status === 401 ? 'invalid_client' : 'invalid_request', error_description: expect.any(String) });
    if (status === 405) expect(response.headers.get('allow')).toBe('POST');
    expect(peers.issuedTokens.size).toBe(before);
  });

  it('records a wrong pair as such, and no pair as none', async () => {
    await post(peers.urls('na1').tokenUrl, documentedBody(KEY_ID, 'WRONG'));
    await post(peers.urls('na1').tokenUrl, '{}');
    expect(peers.requests.map((r) => r.credential)).toEqual(['wrong-access-key', 'none']);
  });

  it('can answer 500, a web page, or JSON without access_token', async () => {
    peers.tokenEndpoint = 'status-500';
    expect((await post(peers.urls('na1').tokenUrl, documentedBody())).status).toBe(500);
    peers.tokenEndpoint = 'html';
    const html = await post(peers.urls('na1').tokenUrl, documentedBody());
    expect([html.status, html.headers.get('content-type'), (await html.text()).slice(0, 9)]).toEqual([200, 'text/html; charset=utf-8', '<!doctype']);
    peers.tokenEndpoint = 'no-access-token';
    expect(await (await post(peers.urls('na1').tokenUrl, documentedBody())).json()).toEqual({ token_type: 'Bearer', expires_in: 3600 });
    peers.tokenEndpoint = 'echo-credentials';
    const echoed = (await (await post(peers.urls('na1').tokenUrl, documentedBody())).json()) as { error_description: string };
    expect(echoed.error_description).toContain(KEY_SECRET);
    expect(echoed.error_description).toContain(encodeURIComponent(KEY_ID));
  });
});

describe('the two SCIM bases', () => {
  it('/scim/v2 takes only a token the token endpoint issued; /oauth/scim/v2 only the SCIM bearer token', async () => {
    const issued = await issueToken();
    const { scimBaseUrl, oauthScimBaseUrl } = peers.urls('na1');
    expect((await usersPage(scimBaseUrl, issued)).status).toBe(200);
    expect((await usersPage(scimBaseUrl, BEARER)).status).toBe(401);
    expect((await usersPage(oauthScimBaseUrl, BEARER)).status).toBe(200);
    expect((await usersPage(oauthScimBaseUrl, issued)).status).toBe(401);
    expect((await usersPage(oauthScimBaseUrl, FORBIDDEN_BEARER)).status).toBe(403);
    expect(peers.requests.filter((r) => r.endpoint !== 'token').map((r) => [r.endpoint, r.credential])).toEqual([
      ['scim', 'issued-token'],
      ['scim', 'bearer-token'],
      ['oauth-scim', 'bearer-token'],
      ['oauth-scim', 'issued-token'],
      ['oauth-scim', 'bearer-token'],
    ]);
  });

  it('serves one set of users on both bases, and honours Okta’s page size', async () => {
    const page = (await (await usersPage(peers.urls('na1').oauthScimBaseUrl, BEARER)).json()) as {
      schemas: string[];
      totalResults: number;
      Resources: unknown[];
    };
    expect(page.schemas).toEqual([LIST_RESPONSE]);
    expect(page.totalResults).toBe(3);
    expect(page.Resources).toHaveLength(2);
    const viaKey = (await (await usersPage(peers.urls('na1').scimBaseUrl, await issueToken())).json()) as { totalResults: number };
    expect(viaKey.totalResults).toBe(3);
  });

  it('can refuse even issued tokens, for a failure at the SCIM stage', async () => {
    const issued = await issueToken();
    peers.acceptIssuedTokens = false;
    expect((await usersPage(peers.urls('na1').scimBaseUrl, issued)).status).toBe(401);
  });

  it('answers an area it was not told about with a SCIM 404, token endpoint included', async () => {
    const unknown = peers.urls('au1');
    for (const response of [await usersPage(unknown.oauthScimBaseUrl, BEARER), await post(unknown.tokenUrl, documentedBody())]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], detail: 'No such area or path.' });
    }
    expect(peers.requests.map((r) => [r.area, r.endpoint])).toEqual([
      ['au1', 'other'],
      ['au1', 'other'],
    ]);
  });

  it('holds requests while paused, and answers them when released', async () => {
    const release = peers.pause();
    let answered = false;
    const pending = usersPage(peers.urls('na1').oauthScimBaseUrl, BEARER).then((r) => {
      answered = true;
      return r.status;
    });
    await expect.poll(() => peers.requests.length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    release();
    expect(await pending).toBe(200);
  });
});

describe('the endpoints file for the peers', () => {
  it('is accepted by the app and points every CXone URL of an area at the peers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cxone-peers-'));
    try {
      const loaded = loadEndpointsFile(writeCxoneEndpointsFile(dir, peers));
      expect(loaded.data).toEqual({ cxone: { apiBaseUrl: `${peers.origin}/{area}` } });
      const computed = cxoneComputed({ 'cxone.region': 'na1' }, cxoneEndpointFacts(resolveCxoneEndpoints(loaded.data)));
      const urls = peers.urls('na1');
      expect(computed).toMatchObject({ scimBaseUrl: urls.scimBaseUrl, oauthScimBaseUrl: urls.oauthScimBaseUrl, accessKeyTokenUrl: urls.tokenUrl });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
