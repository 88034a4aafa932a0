import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  testScimConnection as runConnectionTest,
  type ScimConnectionTestOptions,
  type ScimConnectionTestResult,
} from '../../../electron/services/checks/scim-connection-test';
import { SCIM_TEST_REASONS, SCIM_TEST_WARNING_CODES } from '../../../shared/ipc/scim-test-result';
import { createI18n } from '../../../shared/i18n';
import { outcomeText, warningText } from '../../../renderer/src/actions/test-connection-text';
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

/** Every result any test below produced: the last tests check that together they cover every reason and render in both languages. */
const produced: Array<{ result: ScimConnectionTestResult; token: string }> = [];

/** The module under test, plus one check for every result: the token is in no field, raw or URL-encoded. */
async function testScimConnection(options: ScimConnectionTestOptions): Promise<ScimConnectionTestResult> {
  const result = await runConnectionTest(options);
  const text = JSON.stringify(result);
  for (const form of [options.token, encodeURIComponent(options.token)]) expect(text).not.toContain(form);
  expect(Object.keys(result).filter((key) => !['ok', 'outcome', 'status', 'reason', 'params', 'serverDetail', 'warning', 'elapsedMs'].includes(key))).toEqual(
    [],
  );
  produced.push({ result, token: options.token });
  return result;
}

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
      expect(result).toEqual({ ok: true, outcome: 'ok', status: 200, elapsedMs: expect.any(Number) });
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

  it('is still ok when users match, with a users-found warning and their count', async () => {
    const result = await testScimConnection({ tenantUrl: scim.tenantUrl, token: TOKEN, randomUuid: () => 'alice@example.com' });
    expect(result).toEqual({ ok: true, outcome: 'ok', status: 200, warning: { code: 'users-found', count: 1 }, elapsedMs: expect.any(Number) });
  });

  it('reports a wrong or expired token as unauthorized (401), with the server’s own words', async () => {
    const result = await testScimConnection({ tenantUrl: scim.tenantUrl, token: 'expired-token' });
    expect(result).toEqual({
      ok: false,
      outcome: 'unauthorized',
      status: 401,
      serverDetail: 'The bearer token is invalid or expired.',
      elapsedMs: expect.any(Number),
    });
  });

  it('reports an account without full admin rights as forbidden (403), with the server’s own words', async () => {
    const result = await testScimConnection({ tenantUrl: scim.tenantUrl, token: FORBIDDEN_TOKEN });
    expect(result).toMatchObject({ ok: false, outcome: 'forbidden', status: 403 });
    expect(result.serverDetail).toBe('The account is not allowed to manage users in this organization.');
    expect(result.reason).toBeUndefined();
  });

  it('reports a wrong Org ID as not-found (404), with the server’s own words', async () => {
    const result = await testScimConnection({ tenantUrl: `${scim.baseUrl}/WRONG-ORG`, token: TOKEN });
    expect(result).toEqual({ ok: false, outcome: 'not-found', status: 404, serverDetail: 'Organization not found.', elapsedMs: expect.any(Number) });
    expect(scim.requests[0]?.path).toBe('/v1/scim/WRONG-ORG/Users');
  });
});

describe('testScimConnection against a SCIM server that ignores the filter', () => {
  it('passes with a users-found warning counting every user the server returned', async () => {
    const scim = await startScimServer({
      bearerToken: TOKEN,
      orgId: ORG_ID,
      ignoreFilter: true,
      users: [{ userName: 'alice@example.com' }, { userName: 'bob@example.com' }, { userName: 'carol@example.com' }],
    });
    try {
      const result = await testScimConnection({ tenantUrl: scim.tenantUrl, token: TOKEN });
      expect(result).toMatchObject({ ok: true, outcome: 'ok', status: 200, warning: { code: 'users-found', count: 3 } });
      expect(scim.requests[0]?.query.filter).toMatch(/^userName eq "[0-9a-f-]{36}"$/);
    } finally {
      await scim.close();
    }
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
    expect(result).toEqual({ ok: false, outcome: 'not-scim', status: 200, reason: 'html', elapsedMs: expect.any(Number) });
    expect(JSON.stringify(result)).not.toMatch(/<|password/);
  });

  it('names the content type of a 200 answer that is not JSON, and says so when there is none', async () => {
    const text = await track(startCannedServer({ status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'OK' }));
    const typed = await testScimConnection({ tenantUrl: `${text.origin}/org`, token: TOKEN });
    expect(typed).toMatchObject({ ok: false, outcome: 'not-scim', status: 200, reason: 'content-type', params: { type: 'text/plain' } });

    const bare = await track(startCannedServer({ status: 200, body: 'OK' }));
    const untyped = await testScimConnection({ tenantUrl: `${bare.origin}/org`, token: TOKEN });
    expect(untyped).toEqual({ ok: false, outcome: 'not-scim', status: 200, reason: 'not-json', elapsedMs: expect.any(Number) });
  });

  it('calls JSON that is not a ListResponse not-scim', async () => {
    const json = await track(startCannedServer({ status: 200, headers: { 'content-type': 'application/json' }, body: '{"items":[],"count":0}' }));
    const result = await testScimConnection({ tenantUrl: `${json.origin}/org`, token: TOKEN });
    expect(result).toEqual({ ok: false, outcome: 'not-scim', status: 200, reason: 'not-list-response', elapsedMs: expect.any(Number) });
  });

  it('stops reading a body larger than 1 MiB and calls it not-scim', async () => {
    const big = await track(
      startCannedServer({ status: 200, headers: { 'content-type': 'application/scim+json' }, body: `{"pad":"${'x'.repeat(2 * 1024 * 1024)}"}` }),
    );
    const result = await testScimConnection({ tenantUrl: `${big.origin}/org`, token: TOKEN });
    expect(result).toMatchObject({ ok: false, outcome: 'not-scim', status: 200, reason: 'too-large', params: { mib: 1 } });
  });

  it('times out on a server that never answers', async () => {
    const hang = await track(startHangingServer());
    const result = await testScimConnection({ tenantUrl: `${hang.origin}/org`, token: TOKEN, timeoutMs: 200 });
    expect(result).toMatchObject({ ok: false, outcome: 'timeout', reason: 'deadline', params: { seconds: 0.2 } });
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
    expect(result).toEqual({
      ok: false,
      outcome: 'http-error',
      status: 302,
      reason: 'redirect',
      params: { status: 302, host: new URL(elsewhere.origin).host },
      elapsedMs: expect.any(Number),
    });
    expect(redirect.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);

    const offsite = await track(startRedirectServer('https://login.attacker.example/collect?x=1'));
    const named = await testScimConnection({ tenantUrl: `${offsite.origin}/org`, token: TOKEN });
    // Only the host: the path and query of the target are the other server's business.
    expect(named.params).toEqual({ status: 302, host: 'login.attacker.example' });
  });

  it('tells a redirect without a Location, or with one that cannot be read, from a readable one', async () => {
    const bare = await track(startCannedServer({ status: 307, body: '' }));
    const missing = await testScimConnection({ tenantUrl: `${bare.origin}/org`, token: TOKEN });
    expect(missing).toMatchObject({ ok: false, outcome: 'http-error', status: 307, reason: 'redirect-no-location', params: { status: 307 } });

    for (const location of ['http://[not-an-address', 'mailto:admin@example.com']) {
      const odd = await track(startRedirectServer(location));
      const unreadable = await testScimConnection({ tenantUrl: `${odd.origin}/org`, token: TOKEN });
      expect(unreadable, location).toMatchObject({ ok: false, outcome: 'http-error', status: 302, reason: 'redirect-unreadable', params: { status: 302 } });
    }
  });

  it('reports a closed port as connection-refused', async () => {
    const port = await closedPort();
    const result = await testScimConnection({ tenantUrl: `http://127.0.0.1:${port}/v1/scim/org`, token: TOKEN });
    expect(result).toEqual({ ok: false, outcome: 'connection-refused', params: { code: 'ECONNREFUSED' }, elapsedMs: expect.any(Number) });
  });

  it('reports an unknown host as dns (real lookup of a .invalid name, then the EAI_AGAIN shape)', async () => {
    const real = await testScimConnection({ tenantUrl: 'https://nonexistent.invalid/v1/scim/org', token: TOKEN });
    expect(real).toMatchObject({ ok: false, outcome: 'dns', params: { code: expect.stringMatching(/^(ENOTFOUND|EAI_AGAIN)$/) } });

    const retry = await testScimConnection({
      tenantUrl: 'https://api.ciscospark.com/v1/scim/org',
      token: TOKEN,
      fetchImpl: fetchFailing(Object.assign(new Error('getaddrinfo EAI_AGAIN api.ciscospark.com'), { code: 'EAI_AGAIN', syscall: 'getaddrinfo' })),
    });
    expect(retry).toEqual({ ok: false, outcome: 'dns', params: { code: 'EAI_AGAIN' }, elapsedMs: expect.any(Number) });
  });

  it('refuses a self-signed certificate as tls, before any request reaches the server', async () => {
    const tls = await track(startSelfSignedTlsServer());
    const result = await testScimConnection({ tenantUrl: `${tls.origin}/v1/scim/org`, token: TOKEN });
    expect(result).toMatchObject({ ok: false, outcome: 'tls', params: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' } });
    expect(tls.requests).toHaveLength(0);
  });

  it.each([
    ['CERT_HAS_EXPIRED', 'tls', undefined],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls', undefined],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'tls', undefined],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'tls', undefined],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout', 'code'],
    ['ECONNRESET', 'network', 'code'],
    ['UND_ERR_SOCKET', 'network', 'code'],
  ] as const)('classifies a fetch failure caused by %s as %s', async (code, outcome, reason) => {
    const result = await testScimConnection({
      tenantUrl: 'https://api.ciscospark.com/v1/scim/org',
      token: TOKEN,
      fetchImpl: fetchFailing(Object.assign(new Error('x'), { code })),
    });
    expect(result).toEqual({ ok: false, outcome, ...(reason ? { reason } : {}), params: { code }, elapsedMs: expect.any(Number) });
  });

  it('calls a failure without any error code network/unknown, and never shows a "code" that is not one', async () => {
    const bare = await testScimConnection({
      tenantUrl: 'https://api.ciscospark.com/v1/scim/org',
      token: TOKEN,
      fetchImpl: fetchFailing(new Error('socket hang up')),
    });
    expect(bare).toEqual({ ok: false, outcome: 'network', reason: 'unknown', elapsedMs: expect.any(Number) });

    const odd = await testScimConnection({
      tenantUrl: 'https://api.ciscospark.com/v1/scim/org',
      token: TOKEN,
      fetchImpl: fetchFailing(Object.assign(new Error('x'), { code: 'see <https://evil.example> for details' })),
    });
    expect(odd).toMatchObject({ outcome: 'network', reason: 'unknown' });
    expect(odd.params).toBeUndefined();
  });

  it('finds the code inside an AggregateError (every address refused)', async () => {
    const refused = (address: string) => Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: 'ECONNREFUSED' });
    const cause = new AggregateError([refused('::1:443'), refused('127.0.0.1:443')]);
    const result = await testScimConnection({ tenantUrl: 'https://localhost/v1/scim/org', token: TOKEN, fetchImpl: fetchFailing(cause) });
    expect(result.outcome).toBe('connection-refused');
  });

  it('never puts the token in the server’s words, even when the server echoes it', async () => {
    const echo500 = await track(startEchoingErrorServer(500));
    const failed = await testScimConnection({ tenantUrl: `${echo500.origin}/org`, token: TOKEN });
    expect(echo500.requests[0]?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(failed).toEqual({
      ok: false,
      outcome: 'http-error',
      status: 500,
      reason: 'status',
      params: { status: 500 },
      serverDetail: 'Rejected credentials: Bearer [token removed]',
      elapsedMs: expect.any(Number),
    });

    const echo401 = await track(startEchoingErrorServer(401));
    const unauthorized = await testScimConnection({ tenantUrl: `${echo401.origin}/org`, token: TOKEN });
    expect(unauthorized.outcome).toBe('unauthorized');
    expect(unauthorized.serverDetail).toBe('Rejected credentials: Bearer [token removed]');
    for (const result of [failed, unauthorized]) expect(JSON.stringify(result)).not.toContain(TOKEN.slice(0, 12));
  });

  it('removes the URL-encoded form of the token too', async () => {
    const token = 'tok/en+with=special&chars';
    const encoded = await track(
      startCannedServer({
        status: 403,
        headers: { 'content-type': 'application/scim+json' },
        body: JSON.stringify({
          schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
          status: '403',
          detail: `No access for ?token=${encodeURIComponent(token)}`,
        }),
      }),
    );
    const result = await testScimConnection({ tenantUrl: `${encoded.origin}/org`, token });
    expect(result).toMatchObject({ outcome: 'forbidden', serverDetail: 'No access for ?token=[token removed]' });
  });

  it('never puts the token anywhere when it comes back in the status text, a content type or a redirect host', async () => {
    const status = await track(startCannedServer({ status: 503, statusMessage: `Unavailable for ${TOKEN}`, body: '' }));
    const viaStatus = await testScimConnection({ tenantUrl: `${status.origin}/org`, token: TOKEN });
    // The status text is not returned at all: the number is the whole story.
    expect(viaStatus).toEqual({ ok: false, outcome: 'http-error', status: 503, reason: 'status', params: { status: 503 }, elapsedMs: expect.any(Number) });

    const typeToken = 'typetoken42';
    const type = await track(startCannedServer({ status: 200, headers: { 'content-type': `text/${typeToken}` }, body: 'x' }));
    const viaType = await testScimConnection({ tenantUrl: `${type.origin}/org`, token: typeToken });
    expect(viaType.params).toEqual({ type: 'text/[token removed]' });

    const hostToken = 'abc123token';
    const redirect = await track(startRedirectServer(`https://${hostToken}.example.net/`));
    const viaHost = await testScimConnection({ tenantUrl: `${redirect.origin}/org`, token: hostToken });
    expect(viaHost.params).toEqual({ status: 302, host: '[token removed].example.net' });
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
          detail: `Bad\u0000 filter\u001b[31m\u202e ${'y'.repeat(5000)}`,
        }),
      }),
    );
    const quoted = await testScimConnection({ tenantUrl: `${long.origin}/org`, token: TOKEN });
    expect(quoted).toMatchObject({ outcome: 'http-error', status: 400, reason: 'status', params: { status: 400 } });
    // Control and format characters (NUL, ESC, right-to-left override) become spaces; the whole is capped at 300.
    expect(quoted.serverDetail).toMatch(/^invalidFilter: Bad filter \[31m y+…$/);
    expect(quoted.serverDetail).toHaveLength(300);

    const stack = await track(
      startCannedServer({ status: 502, headers: { 'content-type': 'text/plain' }, body: `upstream failed; Authorization: Bearer ${TOKEN}` }),
    );
    const plain = await testScimConnection({ tenantUrl: `${stack.origin}/org`, token: TOKEN });
    expect(plain).toEqual({ ok: false, outcome: 'http-error', status: 502, reason: 'status', params: { status: 502 }, elapsedMs: expect.any(Number) });
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
      expect(result).toEqual({ ok: false, outcome: 'network', reason: 'bad-url', elapsedMs: expect.any(Number) });
    }
    expect(called).toBe(false);
  });
});

/**
 * Run last (vitest keeps the order within a file): together, the results above
 * must show every reason the module declares, and each must read as a
 * finished sentence in both languages with main's real params in it.
 */
describe('what the results above tell the admin', () => {
  const key = (result: ScimConnectionTestResult) => `${result.outcome}${result.reason ? `_${result.reason}` : ''}`;

  it('include every outcome × reason and every warning the module declares, and nothing else', () => {
    const seen = new Set(produced.map(({ result }) => key(result)));
    // bad-token-response is the access-key token endpoint's answer (access-key-exchange.test.ts), never the SCIM server's.
    const declared = Object.entries(SCIM_TEST_REASONS)
      .filter(([outcome]) => outcome !== 'bad-token-response')
      .flatMap(([outcome, reasons]) => reasons.map((reason) => `${outcome}_${reason}`));
    expect(declared.filter((pair) => !seen.has(pair))).toEqual([]);
    const reasonless = [...seen].filter((pair) => !pair.includes('_'));
    expect(reasonless.filter((outcome) => outcome in SCIM_TEST_REASONS)).toEqual([]);
    expect(reasonless.sort()).toEqual(['cancelled', 'connection-refused', 'dns', 'forbidden', 'not-found', 'ok', 'tls', 'unauthorized']);
    expect([...new Set(produced.flatMap(({ result }) => (result.warning ? [result.warning.code] : [])))]).toEqual([...SCIM_TEST_WARNING_CODES]);
  });

  it.each(['en', 'ko'] as const)('render in %s with the exact key, every param and no placeholder left', (locale) => {
    const i18n = createI18n(locale);
    for (const { result } of produced) {
      // The generic sentences (no integration's own wording), as any integration falls back to them.
      const [keys, options] = outcomeText(result, null);
      expect(keys).toEqual([`test.outcome.${result.outcome}`]);
      const exact = typeof options.context === 'string' ? `${keys[0]}_${options.context}` : `${keys[0]}`;
      expect(i18n.getResource(locale, 'translation', exact), `${locale}: ${exact}`).toEqual(expect.any(String));
      const sentences = [i18n.t(keys, options)];
      if (result.warning) sentences.push(i18n.t(...warningText(result.warning)));
      for (const sentence of sentences) {
        expect(sentence, exact).not.toMatch(/\{\{|\}\}|^test\./);
        if (locale === 'ko') expect(sentence, exact).toMatch(/[\uAC00-\uD7A3]/);
      }
      for (const value of Object.values(result.params ?? {})) expect(sentences[0], `${exact} shows ${value}`).toContain(String(value));
      if (result.warning) expect(sentences[1]).toContain(String(result.warning.count));
    }
  });
});
