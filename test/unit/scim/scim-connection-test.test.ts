import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testScimConnection } from '../../../electron/services/scim-connection-test';
import {
  closedPort,
  startCannedServer,
  startEchoingErrorServer,
  startHangingServer,
  startHtmlServer,
  startRedirectServer,
  startSelfSignedTlsServer,
  startStallingBodyServer,
  type HostileServer,
} from '../../support/hostile-http';
import { startScimServer, type ScimServer } from '../../support/scim-server';

const TOKEN = 'NzQ1ZTFkYzEtYmVhcmVyLXRva2VuLWZvci10ZXN0cw_PF84_0b0c4b9f-0a1b-4c2d-9e8f-0123456789ab';
const FORBIDDEN_TOKEN = 'user-admin-token-not-full-admin';
const ORG_ID = 'Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi9hYmM';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** What Node's fetch throws for socket and TLS failures: TypeError('fetch failed') with the real error as cause. */
const fetchFailing =
  (cause: object): typeof fetch =>
  async () => {
    throw new TypeError('fetch failed', { cause });
  };

describe('testScimConnection against a real SCIM server (scimmy)', () => {
  let scim: ScimServer;
  beforeAll(async () => {
    scim = await startScimServer({ bearerToken: TOKEN, orgId: ORG_ID, forbiddenToken: FORBIDDEN_TOKEN, users: [{ userName: 'alice@example.com' }] });
  });
  afterAll(() => scim.close());
  afterEach(() => {
    scim.requests.length = 0;
  });

  it('succeeds like Entra: GET /Users filtered on a fresh random userName, with the bearer token, answered by an empty ListResponse', async () => {
    const first = await testScimConnection({ tenantUrl: scim.tenantUrl, token: TOKEN });
    const second = await testScimConnection({ tenantUrl: scim.tenantUrl, token: TOKEN });

    for (const result of [first, second]) {
      expect(result).toMatchObject({ ok: true, outcome: 'ok', status: 200 });
      expect(result.detail).toBeUndefined();
      expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
    }
    expect(scim.requests).toHaveLength(2);
    const guids = scim.requests.map((request) => {
      expect(request).toMatchObject({ method: 'GET', path: `/v1/scim/${ORG_ID}/Users`, authorization: `Bearer ${TOKEN}` });
      const guid = /^userName eq "(.*)"$/.exec(request.query.filter ?? '')?.[1] ?? '';
      expect(guid).toMatch(UUID);
      // Percent-encoded, not '+' for spaces: some SCIM servers do not read '+' as a space.
      expect(request.rawQuery).toBe(`filter=userName%20eq%20%22${guid}%22`);
      return guid;
    });
    expect(guids[0]).not.toBe(guids[1]);
  });

  it('accepts a tenant URL with a trailing slash', async () => {
    const result = await testScimConnection({ tenantUrl: `${scim.tenantUrl}/`, token: TOKEN });
    expect(result.outcome).toBe('ok');
    expect(scim.requests[0]?.path).toBe(`/v1/scim/${ORG_ID}/Users`);
  });

  it('is still ok when users match, but says Entra expected none', async () => {
    const result = await testScimConnection({ tenantUrl: scim.tenantUrl, token: TOKEN, randomUuid: () => 'alice@example.com' });
    expect(result).toMatchObject({ ok: true, outcome: 'ok', status: 200 });
    expect(result.detail).toMatch(/returned 1 user\(s\) where Entra expects 0/);
  });

  it('reports a wrong or expired token as unauthorized (401), with the server reason', async () => {
    const result = await testScimConnection({ tenantUrl: scim.tenantUrl, token: 'expired-token' });
    expect(result).toMatchObject({ ok: false, outcome: 'unauthorized', status: 401 });
    expect(result.detail).toBe('The bearer token is invalid or expired.');
  });

  it('reports an account without full admin rights as forbidden (403)', async () => {
    const result = await testScimConnection({ tenantUrl: scim.tenantUrl, token: FORBIDDEN_TOKEN });
    expect(result).toMatchObject({ ok: false, outcome: 'forbidden', status: 403 });
    expect(result.detail).toMatch(/not allowed to manage users/);
  });

  it('reports a wrong Org ID as not-found (404)', async () => {
    const result = await testScimConnection({ tenantUrl: `${scim.baseUrl}/WRONG-ORG`, token: TOKEN });
    expect(result).toMatchObject({ ok: false, outcome: 'not-found', status: 404 });
    expect(scim.requests[0]?.path).toBe('/v1/scim/WRONG-ORG/Users');
  });
});

describe('testScimConnection against servers that misbehave', () => {
  const servers: HostileServer[] = [];
  const track = async (started: Promise<HostileServer>) => {
    const server = await started;
    servers.push(server);
    return server;
  };
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it('calls a web page answered with 200 not-scim, without quoting the page', async () => {
    const html = await track(startHtmlServer());
    const result = await testScimConnection({ tenantUrl: `${html.origin}/v1/scim/org`, token: TOKEN });
    expect(result).toMatchObject({ ok: false, outcome: 'not-scim', status: 200 });
    expect(result.detail).toMatch(/web page \(HTML\)/);
    expect(result.detail).not.toMatch(/<|password/);
  });

  it('calls JSON that is not a ListResponse not-scim', async () => {
    const json = await track(startCannedServer({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"items":[],"count":0}' }));
    const result = await testScimConnection({ tenantUrl: `${json.origin}/org`, token: TOKEN });
    expect(result).toMatchObject({ ok: false, outcome: 'not-scim', status: 200 });
    expect(result.detail).toMatch(/not a SCIM ListResponse/);
  });

  it('stops reading a body larger than 1 MiB and calls it not-scim', async () => {
    const big = await track(
      startCannedServer({ status: 200, headers: { 'content-type': 'application/scim+json' }, body: `{"pad":"${'x'.repeat(2 * 1024 * 1024)}"}` }),
    );
    const result = await testScimConnection({ tenantUrl: `${big.origin}/org`, token: TOKEN });
    expect(result).toMatchObject({ ok: false, outcome: 'not-scim', status: 200 });
    expect(result.detail).toMatch(/larger than 1 MiB/);
  });

  it('times out on a server that never answers', async () => {
    const hang = await track(startHangingServer());
    const result = await testScimConnection({ tenantUrl: `${hang.origin}/org`, token: TOKEN, timeoutMs: 200 });
    expect(result).toMatchObject({ ok: false, outcome: 'timeout', detail: 'No complete answer within 200 ms.' });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(190);
    expect(result.elapsedMs).toBeLessThan(5000);
    expect(hang.requests).toHaveLength(1);
  });

  it('times out when the headers arrive but the body never ends', async () => {
    const stall = await track(startStallingBodyServer());
    const result = await testScimConnection({ tenantUrl: `${stall.origin}/org`, token: TOKEN, timeoutMs: 200 });
    expect(result).toMatchObject({ ok: false, outcome: 'timeout' });
  });

  it('reports cancelled when the caller aborts, and does not even connect when already aborted', async () => {
    const hang = await track(startHangingServer());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const result = await testScimConnection({ tenantUrl: `${hang.origin}/org`, token: TOKEN, signal: controller.signal, timeoutMs: 5000 });
    expect(result).toMatchObject({ ok: false, outcome: 'cancelled' });
    expect(result.elapsedMs).toBeLessThan(2000);

    hang.requests.length = 0;
    const early = await testScimConnection({ tenantUrl: `${hang.origin}/org`, token: TOKEN, signal: AbortSignal.abort() });
    expect(early.outcome).toBe('cancelled');
    expect(hang.requests).toHaveLength(0);
  });

  it('does not follow a redirect to another host, and names that host', async () => {
    const elsewhere = await track(startCannedServer({ status: 200, body: '{}' }));
    const redirect = await track(startRedirectServer(`${elsewhere.origin}/v1/scim/org/Users`));
    const result = await testScimConnection({ tenantUrl: `${redirect.origin}/v1/scim/org`, token: TOKEN });
    expect(result).toMatchObject({ ok: false, outcome: 'http-error', status: 302 });
    expect(result.detail).toContain(`redirect to ${new URL(elsewhere.origin).host}`);
    expect(redirect.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);

    const offsite = await track(startRedirectServer('https://login.attacker.example/collect?x=1'));
    const named = await testScimConnection({ tenantUrl: `${offsite.origin}/org`, token: TOKEN });
    expect(named.detail).toMatch(/redirect to login\.attacker\.example;/);
  });

  it('reports a closed port as connection-refused', async () => {
    const port = await closedPort();
    const result = await testScimConnection({ tenantUrl: `http://127.0.0.1:${port}/v1/scim/org`, token: TOKEN });
    expect(result).toMatchObject({ ok: false, outcome: 'connection-refused' });
    expect(result.status).toBeUndefined();
  });

  it('reports an unknown host as dns (real lookup of a .invalid name, then the EAI_AGAIN shape)', async () => {
    const real = await testScimConnection({ tenantUrl: 'https://nonexistent.invalid/v1/scim/org', token: TOKEN });
    expect(real).toMatchObject({ ok: false, outcome: 'dns' });

    const retry = await testScimConnection({
      tenantUrl: 'https://api.ciscospark.com/v1/scim/org',
      token: TOKEN,
      fetchImpl: fetchFailing(Object.assign(new Error('getaddrinfo EAI_AGAIN api.ciscospark.com'), { code: 'EAI_AGAIN', syscall: 'getaddrinfo' })),
    });
    expect(retry).toMatchObject({ ok: false, outcome: 'dns' });
    expect(retry.detail).toContain('EAI_AGAIN');
  });

  it('refuses a self-signed certificate as tls, before any request reaches the server', async () => {
    const tls = await track(startSelfSignedTlsServer());
    const result = await testScimConnection({ tenantUrl: `${tls.origin}/v1/scim/org`, token: TOKEN });
    expect(result).toMatchObject({ ok: false, outcome: 'tls' });
    expect(result.detail).toContain('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(tls.requests).toHaveLength(0);
  });

  it.each([
    ['CERT_HAS_EXPIRED', 'tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'tls'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
    ['ECONNRESET', 'network'],
    ['UND_ERR_SOCKET', 'network'],
  ] as const)('classifies a fetch failure caused by %s as %s', async (code, outcome) => {
    const result = await testScimConnection({
      tenantUrl: 'https://api.ciscospark.com/v1/scim/org',
      token: TOKEN,
      fetchImpl: fetchFailing(Object.assign(new Error('x'), { code })),
    });
    expect(result).toMatchObject({ ok: false, outcome });
    expect(result.detail).toContain(code);
  });

  it('finds the code inside an AggregateError (every address refused)', async () => {
    const refused = (address: string) => Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: 'ECONNREFUSED' });
    const cause = new AggregateError([refused('::1:443'), refused('127.0.0.1:443')]);
    const result = await testScimConnection({ tenantUrl: 'https://localhost/v1/scim/org', token: TOKEN, fetchImpl: fetchFailing(cause) });
    expect(result.outcome).toBe('connection-refused');
  });

  it('never puts the token in detail, even when the server echoes it', async () => {
    const echo500 = await track(startEchoingErrorServer(500));
    const failed = await testScimConnection({ tenantUrl: `${echo500.origin}/org`, token: TOKEN });
    expect(echo500.requests[0]?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(failed).toMatchObject({ ok: false, outcome: 'http-error', status: 500 });
    expect(failed.detail).toMatch(/^HTTP 500 Internal Server Error: Rejected credentials: Bearer \[token removed\]$/);

    const echo401 = await track(startEchoingErrorServer(401));
    const unauthorized = await testScimConnection({ tenantUrl: `${echo401.origin}/org`, token: TOKEN });
    expect(unauthorized.outcome).toBe('unauthorized');
    expect(unauthorized.detail).toBe('Rejected credentials: Bearer [token removed]');
    for (const detail of [failed.detail, unauthorized.detail]) expect(detail).not.toContain(TOKEN.slice(0, 12));
  });

  it('never puts the token in detail when it comes back in the status text or a redirect host', async () => {
    const status = await track(startCannedServer({ status: 503, statusMessage: `Unavailable for ${TOKEN}`, body: '' }));
    const viaStatus = await testScimConnection({ tenantUrl: `${status.origin}/org`, token: TOKEN });
    expect(viaStatus.detail).toBe('HTTP 503 Unavailable for [token removed]');

    const hostToken = 'abc123token';
    const redirect = await track(startRedirectServer(`https://${hostToken}.example.net/`));
    const viaHost = await testScimConnection({ tenantUrl: `${redirect.origin}/org`, token: hostToken });
    expect(viaHost.detail).toContain('redirect to [token removed].example.net;');
  });

  it('quotes a SCIM error with its scimType, capped at 300 characters, and never a non-SCIM body', async () => {
    const long = await track(
      startCannedServer({
        status: 400,
        headers: { 'content-type': 'application/scim+json' },
        body: JSON.stringify({
          schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
          status: '400',
          scimType: 'invalidFilter',
          detail: `Bad filter ${'y'.repeat(5000)}`,
        }),
      }),
    );
    const quoted = await testScimConnection({ tenantUrl: `${long.origin}/org`, token: TOKEN });
    expect(quoted).toMatchObject({ outcome: 'http-error', status: 400 });
    expect(quoted.detail).toMatch(/^HTTP 400 Bad Request: invalidFilter: Bad filter y+…$/);
    expect((quoted.detail ?? '').length).toBeLessThanOrEqual('HTTP 400 Bad Request: '.length + 300);

    const stack = await track(
      startCannedServer({ status: 502, headers: { 'content-type': 'text/plain' }, body: `upstream failed; Authorization: Bearer ${TOKEN}` }),
    );
    const plain = await testScimConnection({ tenantUrl: `${stack.origin}/org`, token: TOKEN });
    expect(plain).toEqual({ ok: false, outcome: 'http-error', status: 502, detail: 'HTTP 502 Bad Gateway', elapsedMs: expect.any(Number) });
  });
});

describe('testScimConnection request shape', () => {
  it('sends exactly the Entra headers, refuses redirects at the fetch level, and targets /Users', async () => {
    const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
    const fetchImpl: typeof fetch = async (input, init) => {
      calls.push({ url: String(input), init });
      return new Response(JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 0, Resources: [] }), { status: 200 });
    };
    const result = await testScimConnection({
      tenantUrl: 'https://api.ciscospark.com/v1/scim/ORG',
      token: TOKEN,
      fetchImpl,
      randomUuid: () => '00000000-0000-4000-8000-000000000000',
    });
    expect(result.outcome).toBe('ok');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe('https://api.ciscospark.com/v1/scim/ORG/Users?filter=userName%20eq%20%2200000000-0000-4000-8000-000000000000%22');
    expect(calls[0]?.init).toMatchObject({
      method: 'GET',
      redirect: 'manual',
      headers: { Authorization: `Bearer ${TOKEN}`, Accept: 'application/scim+json, application/json' },
    });
  });

  it('refuses a tenant URL that is not http(s) without sending anything', async () => {
    let called = false;
    const fetchImpl: typeof fetch = async () => {
      called = true;
      return new Response('');
    };
    for (const tenantUrl of ['not a url', 'ftp://api.ciscospark.com/v1/scim/org', 'file:///etc/passwd']) {
      const result = await testScimConnection({ tenantUrl, token: TOKEN, fetchImpl });
      expect(result).toMatchObject({ ok: false, outcome: 'network', detail: 'The tenant URL is not a valid http(s) URL.' });
    }
    expect(called).toBe(false);
  });
});
