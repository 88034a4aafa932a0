import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runScimCheck as runCheck, type ScimCheckOptions, type ScimCheckResult } from '../../../electron/services/checks/run-scim-check';
import { startCxonePeers, type CxonePeers } from '../../support/cxone-peers';

/**
 * The live check end to end against the local CXone: an access key pair exchanged at the
 * token endpoint, then the issued token at /scim/v2; a bearer token straight to
 * /oauth/scim/v2. `stage` names the exchange an outcome is about.
 */

const KEY_ID = 'S6Q3OAIOFZYZRKQSQVT4WSH6E5423BRTWHBOCDZ26CBP4YZIQ25Q====';
const KEY_SECRET = 'EK4N3M34ITLYXTIYTHUPFA4LEVIZTLK363RUJIGDIRPI5ALFNXLQ====';
const BEARER = 'cxone-scim-bearer-0123456789abcdefghijklmnop';
const FORBIDDEN_BEARER = 'cxone-scim-bearer-of-an-agent-without-rights';

let peers: CxonePeers;
beforeAll(async () => {
  peers = await startCxonePeers({
    areas: ['na1'],
    accessKeyId: KEY_ID,
    accessKeySecret: KEY_SECRET,
    bearerToken: BEARER,
    forbiddenBearerToken: FORBIDDEN_BEARER,
    users: [{ userName: 'alice@example.com' }],
  });
});
afterAll(() => peers.close());
afterEach(() => {
  peers.requests.length = 0;
  peers.tokenEndpoint = 'normal';
  peers.acceptIssuedTokens = true;
});

/** The module under test, plus one check for every result: no credential, issued tokens included, in any form. */
async function runScimCheck(options: ScimCheckOptions): Promise<ScimCheckResult> {
  const result = await runCheck(options);
  const text = JSON.stringify(result);
  const credential = options.credential;
  const values = credential.kind === 'bearer' ? [credential.token] : [credential.accessKeyId, credential.accessKeySecret];
  for (const value of [...values, ...peers.issuedTokens]) {
    for (const form of [value, encodeURIComponent(value)]) expect(text).not.toContain(form);
  }
  expect(
    Object.keys(result).filter((key) => !['ok', 'stage', 'outcome', 'status', 'reason', 'params', 'serverDetail', 'warning', 'elapsedMs'].includes(key)),
  ).toEqual([]);
  return result;
}

const accessKey = (area = 'na1', pair: { accessKeyId?: string; accessKeySecret?: string } = {}): ScimCheckOptions['credential'] => ({
  kind: 'access-key',
  accessKeyId: pair.accessKeyId ?? KEY_ID,
  accessKeySecret: pair.accessKeySecret ?? KEY_SECRET,
  tokenUrl: peers.urls(area).tokenUrl,
});

describe('runScimCheck with an access key pair', () => {
  it('exchanges the pair, then probes /scim/v2 with the issued token the way Okta does, and passes at the SCIM stage', async () => {
    const result = await runScimCheck({ baseUrl: peers.urls('na1').scimBaseUrl, credential: accessKey(), probe: 'okta' });
    expect(result).toEqual({ ok: true, outcome: 'ok', status: 200, stage: 'scim', elapsedMs: expect.any(Number) });
    expect(peers.requests.map(({ method, path, rawQuery, endpoint, credential }) => ({ method, path, rawQuery, endpoint, credential }))).toEqual([
      { method: 'POST', path: '/na1/authentication/v1/token/access-key', rawQuery: '', endpoint: 'token', credential: 'access-key' },
      { method: 'GET', path: '/na1/scim/v2/Users', rawQuery: 'startIndex=1&count=2', endpoint: 'scim', credential: 'issued-token' },
    ]);
  });

  it('sends Entra’s probe when told to', async () => {
    const result = await runScimCheck({ baseUrl: peers.urls('na1').scimBaseUrl, credential: accessKey(), probe: 'entra' });
    expect(result).toMatchObject({ ok: true, outcome: 'ok', stage: 'scim' });
    expect(peers.requests[1]?.rawQuery).toMatch(/^filter=userName%20eq%20%22[0-9a-f-]{36}%22$/);
  });

  it('stops at the token-exchange stage when the pair is refused, and never calls SCIM', async () => {
    const result = await runScimCheck({ baseUrl: peers.urls('na1').scimBaseUrl, credential: accessKey('na1', { accessKeySecret: KEY_ID }), probe: 'okta' });
    expect(result).toEqual({
      ok: false,
      stage: 'token-exchange',
      outcome: 'unauthorized',
      status: 401,
      serverDetail: 'invalid_client: The access key ID or secret is not valid.',
      elapsedMs: expect.any(Number),
    });
    expect(peers.requests.map((r) => r.endpoint)).toEqual(['token']);
  });

  it.each([
    ['status-500', { outcome: 'http-error', status: 500, reason: 'status' }],
    ['html', { outcome: 'bad-token-response', status: 200, reason: 'html' }],
    ['no-access-token', { outcome: 'bad-token-response', status: 200, reason: 'no-access-token' }],
  ] as const)('names the token endpoint when it answers %s', async (mode, expected) => {
    peers.tokenEndpoint = mode;
    const result = await runScimCheck({ baseUrl: peers.urls('na1').scimBaseUrl, credential: accessKey(), probe: 'okta' });
    expect(result).toMatchObject({ ok: false, stage: 'token-exchange', ...expected });
    expect(peers.requests.map((r) => r.endpoint)).toEqual(['token']);
  });

  it('names the SCIM stage when the exchange passes but the SCIM server refuses the token', async () => {
    peers.acceptIssuedTokens = false;
    const result = await runScimCheck({ baseUrl: peers.urls('na1').scimBaseUrl, credential: accessKey(), probe: 'okta' });
    expect(result).toMatchObject({ ok: false, stage: 'scim', outcome: 'unauthorized', status: 401 });
  });

  it('names the SCIM stage when the issued token goes to the bearer-token base (/oauth/scim/v2)', async () => {
    const result = await runScimCheck({ baseUrl: peers.urls('na1').oauthScimBaseUrl, credential: accessKey(), probe: 'okta' });
    expect(result).toMatchObject({ ok: false, stage: 'scim', outcome: 'unauthorized' });
  });

  it('reports a cancel during the exchange at the token-exchange stage, and one during the probe at the SCIM stage', async () => {
    for (const [stage, endpoint] of [
      ['token-exchange', 'token'],
      ['scim', 'scim'],
    ] as const) {
      peers.requests.length = 0;
      const controller = new AbortController();
      const release = peers.pause((request) => request.endpoint === endpoint);
      const running = runScimCheck({ baseUrl: peers.urls('na1').scimBaseUrl, credential: accessKey(), probe: 'okta', signal: controller.signal });
      await expect.poll(() => peers.requests.some((r) => r.endpoint === endpoint)).toBe(true);
      controller.abort();
      expect(await running).toMatchObject({ ok: false, outcome: 'cancelled', stage });
      release();
    }
  });
});

describe('runScimCheck with a bearer token', () => {
  it('goes straight to the SCIM server with the token, and passes at the SCIM stage', async () => {
    const result = await runScimCheck({ baseUrl: peers.urls('na1').oauthScimBaseUrl, credential: { kind: 'bearer', token: BEARER }, probe: 'entra' });
    expect(result).toEqual({ ok: true, outcome: 'ok', status: 200, stage: 'scim', elapsedMs: expect.any(Number) });
    expect(peers.requests.map((r) => [r.endpoint, r.credential])).toEqual([['oauth-scim', 'bearer-token']]);
  });

  it('reports a token without the rights as forbidden, and the bearer token at /scim/v2 as unauthorized', async () => {
    const forbidden = await runScimCheck({
      baseUrl: peers.urls('na1').oauthScimBaseUrl,
      credential: { kind: 'bearer', token: FORBIDDEN_BEARER },
      probe: 'okta',
    });
    expect(forbidden).toMatchObject({ ok: false, stage: 'scim', outcome: 'forbidden', status: 403 });
    const wrongBase = await runScimCheck({ baseUrl: peers.urls('na1').scimBaseUrl, credential: { kind: 'bearer', token: BEARER }, probe: 'okta' });
    expect(wrongBase).toMatchObject({ ok: false, stage: 'scim', outcome: 'unauthorized', status: 401 });
  });
});

describe('runScimCheck keeps every credential out of the SCIM stage’s result', () => {
  let echo: Server;
  let echoBase: string;
  beforeAll(async () => {
    // A SCIM server that repeats everything it knows: the key pair (as if logged upstream) and the Authorization header.
    echo = createServer((req, res) => {
      res.writeHead(403, { 'content-type': 'application/scim+json' });
      const words = `pair ${KEY_ID}/${encodeURIComponent(KEY_SECRET)} with ${req.headers.authorization ?? ''}`;
      const padded = req.url?.includes('pad') ? `${'p'.repeat(280)} ${KEY_SECRET}` : words;
      res.end(JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: '403', detail: padded }));
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    echoBase = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) => {
        echo.closeAllConnections();
        echo.close(() => resolve());
      }),
  );

  it('removes the issued token and both keys from the server’s words', async () => {
    const result = await runScimCheck({ baseUrl: `${echoBase}/scim/v2`, credential: accessKey(), probe: 'okta' });
    expect(result).toMatchObject({
      ok: false,
      stage: 'scim',
      outcome: 'forbidden',
      serverDetail: 'pair [access key ID removed]/[secret access key removed] with Bearer [token removed]',
    });
  });

  it('removes a key before the words are cut, so no piece of it is left at the cut', async () => {
    const result = await runScimCheck({ baseUrl: `${echoBase}/pad/scim/v2`, credential: accessKey(), probe: 'okta' });
    expect(result.serverDetail).toHaveLength(300);
    expect(result.serverDetail).not.toContain(KEY_SECRET.slice(0, 6));
    expect(result.serverDetail).toMatch(/^p{280} \[secret access key…$/);
  });
});
