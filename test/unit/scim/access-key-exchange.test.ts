import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  exchangeAccessKey as runExchange,
  type AccessKeyExchangeOptions,
  type AccessKeyExchangeResult,
} from '../../../electron/services/checks/access-key-exchange';
import type { CheckVerdict } from '../../../electron/services/checks/check-verdict';
import { SCIM_TEST_REASONS } from '../../../shared/ipc/scim-test-result';
import { createI18n } from '../../../shared/i18n';
import { outcomeText } from '../../../renderer/src/actions/test-connection-text';
import { startCxonePeers, type CxonePeers } from '../../support/cxone-peers';
import {
  closedPort,
  startCannedServer,
  startHangingServer,
  startRedirectServer,
  startSelfSignedTlsServer,
  startStallingBodyServer,
  type HostileServer,
} from '../../support/hostile-http';

/** The shape CXone's keys have (52 base32 characters and "===="): '=' is percent-encoded as %3D. */
const KEY_ID = 'S6Q3OAIOFZYZRKQSQVT4WSH6E5423BRTWHBOCDZ26CBP4YZIQ25Q====';
const KEY_SECRET = 'EK4N3M34ITLYXTIYTHUPFA4LEVIZTLK363RUJIGDIRPI5ALFNXLQ====';
const PAIR = { accessKeyId: KEY_ID, accessKeySecret: KEY_SECRET };

/** Every failure any test below produced: the last tests check they cover every reason and read in both languages. */
const produced: CheckVerdict[] = [];

/** The module under test, plus checks for every result: neither key in it, raw or encoded, and no field beyond the contract's. */
async function exchangeAccessKey(options: AccessKeyExchangeOptions): Promise<AccessKeyExchangeResult> {
  const result = await runExchange(options);
  const text = JSON.stringify(result);
  for (const value of [options.accessKeyId, options.accessKeySecret]) {
    for (const form of [value, encodeURIComponent(value)]) expect(text).not.toContain(form);
  }
  if (!result.ok) {
    expect(Object.keys(result.verdict).filter((key) => !['ok', 'outcome', 'status', 'reason', 'params', 'serverDetail'].includes(key))).toEqual([]);
    produced.push(result.verdict);
  }
  return result;
}

const verdictOf = (result: AccessKeyExchangeResult): CheckVerdict => {
  if (result.ok) throw new Error('the exchange passed where a failure was expected');
  return result.verdict;
};

const fetchFailing =
  (cause: object): typeof fetch =>
  async () => {
    throw new TypeError('fetch failed', { cause });
  };

describe('exchangeAccessKey against the local CXone token endpoint', () => {
  let peers: CxonePeers;
  beforeAll(async () => {
    peers = await startCxonePeers({ areas: ['na1'], ...PAIR, bearerToken: 'unused-bearer-token-0123456789' });
  });
  afterAll(() => peers.close());
  afterEach(() => {
    peers.requests.length = 0;
    peers.tokenEndpoint = 'normal';
  });

  it('trades the pair for an issued token that never shows in the JSON of the result', async () => {
    const result = await exchangeAccessKey({ tokenUrl: peers.urls('na1').tokenUrl, ...PAIR });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(peers.issuedTokens.has(result.accessToken)).toBe(true);
    // Readable by the caller, but not enumerable: a log or JSON of the result carries no token.
    expect(Object.keys(result)).toEqual(['ok']);
    expect(JSON.stringify(result)).toBe('{"ok":true}');
    expect(peers.requests).toEqual([expect.objectContaining({ method: 'POST', endpoint: 'token', credential: 'access-key' })]);
  });

  it('reports a refused pair as unauthorized (401), with the OAuth error as the server’s words', async () => {
    const result = await exchangeAccessKey({ tokenUrl: peers.urls('na1').tokenUrl, accessKeyId: KEY_ID, accessKeySecret: KEY_ID });
    expect(verdictOf(result)).toEqual({
      ok: false,
      outcome: 'unauthorized',
      status: 401,
      serverDetail: 'invalid_client: The access key ID or secret is not valid.',
    });
  });

  it('reports a token endpoint of an unknown area as not-found (404), quoting nothing that is not an OAuth error', async () => {
    const result = await exchangeAccessKey({ tokenUrl: peers.urls('zz9').tokenUrl, ...PAIR });
    expect(verdictOf(result)).toEqual({ ok: false, outcome: 'not-found', status: 404 });
  });

  it('reports a 500 as http-error with its status and the OAuth error', async () => {
    peers.tokenEndpoint = 'status-500';
    const result = await exchangeAccessKey({ tokenUrl: peers.urls('na1').tokenUrl, ...PAIR });
    expect(verdictOf(result)).toEqual({
      ok: false,
      outcome: 'http-error',
      status: 500,
      reason: 'status',
      params: { status: 500 },
      serverDetail: 'server_error: The authentication service is unavailable.',
    });
  });

  it('calls a web page answered with 200 bad-token-response html, without quoting it', async () => {
    peers.tokenEndpoint = 'html';
    const result = await exchangeAccessKey({ tokenUrl: peers.urls('na1').tokenUrl, ...PAIR });
    expect(verdictOf(result)).toEqual({ ok: false, outcome: 'bad-token-response', status: 200, reason: 'html' });
  });

  it('calls OAuth JSON without access_token bad-token-response no-access-token', async () => {
    peers.tokenEndpoint = 'no-access-token';
    const result = await exchangeAccessKey({ tokenUrl: peers.urls('na1').tokenUrl, ...PAIR });
    expect(verdictOf(result)).toEqual({ ok: false, outcome: 'bad-token-response', status: 200, reason: 'no-access-token' });
  });

  it('removes both keys, raw and percent-encoded, from the server’s words when it echoes them', async () => {
    peers.tokenEndpoint = 'echo-credentials';
    const result = await exchangeAccessKey({ tokenUrl: peers.urls('na1').tokenUrl, ...PAIR });
    expect(verdictOf(result)).toEqual({
      ok: false,
      outcome: 'unauthorized',
      status: 401,
      serverDetail: 'invalid_client: Rejected [access key ID removed]:[secret access key removed] ([access key ID removed], [secret access key removed])',
    });
  });
});

describe('exchangeAccessKey request shape', () => {
  it('posts exactly the documented JSON with a JSON content type, and refuses redirects at the fetch level', async () => {
    const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
    const fetchImpl: typeof fetch = async (input, init) => {
      calls.push({ url: String(input), init });
      return Response.json({ access_token: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln', token_type: 'Bearer', expires_in: 3600 });
    };
    const tokenUrl = 'https://na1.nice-incontact.com/authentication/v1/token/access-key';
    const result = await exchangeAccessKey({ tokenUrl, ...PAIR, fetchImpl });
    expect(result.ok && result.accessToken).toBe('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(tokenUrl);
    expect(calls[0]?.init).toMatchObject({
      method: 'POST',
      redirect: 'manual',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    });
    expect(calls[0]?.init?.signal).toBeInstanceOf(AbortSignal);
    expect(JSON.parse(String(calls[0]?.init?.body))).toEqual({ accessKeyId: KEY_ID, accessKeySecret: KEY_SECRET });
    expect(Object.keys(JSON.parse(String(calls[0]?.init?.body)) as object)).toEqual(['accessKeyId', 'accessKeySecret']);
  });

  it('refuses a token URL that is not http(s) without sending anything', async () => {
    let called = false;
    const fetchImpl: typeof fetch = async () => {
      called = true;
      return new Response('');
    };
    for (const tokenUrl of ['', 'not a url', 'ftp://na1.nice-incontact.com/authentication/v1/token/access-key', 'file:///etc/passwd']) {
      const result = await exchangeAccessKey({ tokenUrl, ...PAIR, fetchImpl });
      expect(verdictOf(result), tokenUrl).toEqual({ ok: false, outcome: 'network', reason: 'bad-url' });
    }
    expect(called).toBe(false);
  });
});

describe('exchangeAccessKey against token endpoints that misbehave', () => {
  const servers: HostileServer[] = [];
  const track = async (started: Promise<HostileServer>) => {
    const server = await started;
    servers.push(server);
    return server;
  };
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    track(
      startCannedServer({ status, headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
    );
  const exchangeAt = async (server: HostileServer, extra: Partial<AccessKeyExchangeOptions> = {}) =>
    verdictOf(await exchangeAccessKey({ tokenUrl: `${server.origin}/na1/authentication/v1/token/access-key`, ...PAIR, ...extra }));

  it('maps 403 to forbidden and other statuses to http-error, each with the OAuth error when there is one', async () => {
    const forbidden = await json(403, { error: 'access_denied', error_description: 'The employee is inactive.' });
    expect(await exchangeAt(forbidden)).toEqual({ ok: false, outcome: 'forbidden', status: 403, serverDetail: 'access_denied: The employee is inactive.' });

    const bare401 = await track(startCannedServer({ status: 401, body: '' }));
    expect(await exchangeAt(bare401)).toEqual({ ok: false, outcome: 'unauthorized', status: 401 });

    const tooMany = await json(429, { error: 'slow_down' });
    expect(await exchangeAt(tooMany)).toEqual({
      ok: false,
      outcome: 'http-error',
      status: 429,
      reason: 'status',
      params: { status: 429 },
      serverDetail: 'slow_down',
    });

    // A 2xx that is not 200 is not the documented answer either.
    const created = await json(201, { access_token: 'tok_abcdefghijklmnopqrstuvwxyz' });
    expect(await exchangeAt(created)).toEqual({ ok: false, outcome: 'http-error', status: 201, reason: 'status', params: { status: 201 } });
  });

  it('tells a body that is not JSON from a web page without a content type', async () => {
    const plain = await track(startCannedServer({ status: 200, headers: { 'content-type': 'text/plain' }, body: 'OK' }));
    expect(await exchangeAt(plain)).toEqual({ ok: false, outcome: 'bad-token-response', status: 200, reason: 'not-json' });
    const untypedPage = await track(startCannedServer({ status: 200, body: '  <html><body>Proxy</body></html>' }));
    expect(await exchangeAt(untypedPage)).toEqual({ ok: false, outcome: 'bad-token-response', status: 200, reason: 'html' });
  });

  it.each([
    ['an empty access_token', { access_token: '', token_type: 'Bearer' }],
    ['a number', { access_token: 12345 }],
    ['a token with a space', { access_token: 'two words' }],
    ['a token with a line break (header injection)', { access_token: 'abc\r\nX-Evil: 1' }],
    ['a JSON array', [{ access_token: 'abc' }]],
    ['JSON null', null],
    ['an id_token only', { id_token: 'eyJ.x.y', token_type: 'Bearer' }],
  ])('calls %s bad-token-response no-access-token', async (_name, body) => {
    const server = await json(200, body);
    expect(await exchangeAt(server)).toEqual({ ok: false, outcome: 'bad-token-response', status: 200, reason: 'no-access-token' });
  });

  it('stops reading an answer larger than 1 MiB', async () => {
    const big = await json(200, `{"access_token":"${'x'.repeat(2 * 1024 * 1024)}"}`);
    expect(await exchangeAt(big)).toEqual({ ok: false, outcome: 'bad-token-response', status: 200, reason: 'too-large', params: { mib: 1 } });
  });

  it('does not follow a redirect (the pair would be posted again), and names only the target host', async () => {
    const elsewhere = await json(200, { access_token: 'stolen-token-abcdefghijklmnop' });
    const redirect = await track(startRedirectServer(`${elsewhere.origin}/collect?id=1`));
    expect(await exchangeAt(redirect)).toEqual({
      ok: false,
      outcome: 'http-error',
      status: 302,
      reason: 'redirect',
      params: { status: 302, host: new URL(elsewhere.origin).host },
    });
    expect(elsewhere.requests).toHaveLength(0);

    const bare = await track(startCannedServer({ status: 308, body: '' }));
    expect(await exchangeAt(bare)).toMatchObject({ outcome: 'http-error', status: 308, reason: 'redirect-no-location', params: { status: 308 } });
    const odd = await track(startRedirectServer('http://[not-an-address'));
    expect(await exchangeAt(odd)).toMatchObject({ outcome: 'http-error', status: 302, reason: 'redirect-unreadable', params: { status: 302 } });
  });

  it('times out on silence and on a body that never ends, with one deadline', async () => {
    const hang = await track(startHangingServer());
    const started = performance.now();
    expect(await exchangeAt(hang, { timeoutMs: 200 })).toEqual({ ok: false, outcome: 'timeout', reason: 'deadline', params: { seconds: 0.2 } });
    expect(performance.now() - started).toBeLessThan(5000);
    const stall = await track(startStallingBodyServer());
    expect(await exchangeAt(stall, { timeoutMs: 200 })).toMatchObject({ outcome: 'timeout', reason: 'deadline' });
  });

  it('reports cancelled when the caller aborts, and sends nothing when already aborted', async () => {
    const hang = await track(startHangingServer());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect(await exchangeAt(hang, { signal: controller.signal, timeoutMs: 5000 })).toEqual({ ok: false, outcome: 'cancelled' });
    hang.requests.length = 0;
    expect(await exchangeAt(hang, { signal: AbortSignal.abort() })).toEqual({ ok: false, outcome: 'cancelled' });
    expect(hang.requests).toHaveLength(0);
  });

  it('names connection-refused, dns and tls failures', async () => {
    const port = await closedPort();
    const refused = await exchangeAccessKey({ tokenUrl: `http://127.0.0.1:${port}/na1/authentication/v1/token/access-key`, ...PAIR });
    expect(verdictOf(refused)).toEqual({ ok: false, outcome: 'connection-refused', params: { code: 'ECONNREFUSED' } });

    const dns = await exchangeAccessKey({ tokenUrl: 'https://zz9.nice-incontact.invalid/authentication/v1/token/access-key', ...PAIR });
    expect(verdictOf(dns)).toMatchObject({ outcome: 'dns', params: { code: expect.stringMatching(/^(ENOTFOUND|EAI_AGAIN)$/) } });

    const tls = await track(startSelfSignedTlsServer());
    expect(await exchangeAt(tls)).toMatchObject({ outcome: 'tls', params: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' } });
    expect(tls.requests).toHaveLength(0);
  });

  it.each([
    ['UND_ERR_CONNECT_TIMEOUT', { ok: false, outcome: 'timeout', reason: 'code', params: { code: 'UND_ERR_CONNECT_TIMEOUT' } }],
    ['ECONNRESET', { ok: false, outcome: 'network', reason: 'code', params: { code: 'ECONNRESET' } }],
    ['not a code', { ok: false, outcome: 'network', reason: 'unknown' }],
  ] as const)('classifies a fetch failure caused by %s', async (code, expected) => {
    const result = await exchangeAccessKey({
      tokenUrl: 'https://na1.nice-incontact.com/authentication/v1/token/access-key',
      ...PAIR,
      fetchImpl: fetchFailing(Object.assign(new Error('x'), { code })),
    });
    expect(verdictOf(result)).toEqual(expected);
  });

  it('keeps the keys out of every string, even when the server puts them in a redirect host or an error', async () => {
    const id = 'shortid';
    const secret = 'se/cr+et=';
    const host = await track(startRedirectServer(`https://${id}.example.net/`));
    expect(await exchangeAt(host, { accessKeyId: id, accessKeySecret: secret })).toMatchObject({
      params: { status: 302, host: '[access key ID removed].example.net' },
    });

    const encoded = await json(400, {
      error: 'invalid_request',
      error_description: `bad ?secret=${encodeURIComponent(secret)}&form=${new URLSearchParams({ s: secret }).toString()}`,
    });
    expect((await exchangeAt(encoded, { accessKeyId: id, accessKeySecret: secret })).serverDetail).toBe(
      'invalid_request: bad ?secret=[secret access key removed]&form=s=[secret access key removed]',
    );
  });

  it('removes the keys before cutting the server’s words at 300 characters, and strips control characters', async () => {
    const long = await json(401, { error: 'invalid_client', error_description: `Bad\u0000 key\u202e ${'y'.repeat(200)} ${KEY_SECRET} ${'z'.repeat(100)}` });
    const detail = (await exchangeAt(long)).serverDetail ?? '';
    expect(detail).toHaveLength(300);
    expect(detail).toMatch(/^invalid_client: Bad key y+ \[secret access key removed\] z+…$/);

    // Where the cut falls inside a key, no piece of it may remain.
    const cut = await json(401, { error: 'invalid_client', error_description: `${'y'.repeat(270)}${KEY_SECRET}` });
    const cutDetail = (await exchangeAt(cut)).serverDetail ?? '';
    expect(cutDetail).not.toContain(KEY_SECRET.slice(0, 8));
  });

  it('quotes nothing of an error body that is not an OAuth error', async () => {
    const text = await track(startCannedServer({ status: 502, headers: { 'content-type': 'text/plain' }, body: `upstream said ${KEY_SECRET}` }));
    expect(await exchangeAt(text)).toEqual({ ok: false, outcome: 'http-error', status: 502, reason: 'status', params: { status: 502 } });
  });
});

/** Run last: together the failures above show every reason of the token endpoint, and each reads in both languages. */
describe('what the exchange’s failures tell the admin', () => {
  const key = (verdict: CheckVerdict) => `${verdict.outcome}${verdict.reason ? `_${verdict.reason}` : ''}`;

  it('include every bad-token-response reason', () => {
    const seen = new Set(produced.map(key));
    expect(SCIM_TEST_REASONS['bad-token-response'].map((reason) => `bad-token-response_${reason}`).filter((pair) => !seen.has(pair))).toEqual([]);
    expect([...seen].filter((pair) => pair.startsWith('not-scim') || pair === 'ok')).toEqual([]);
  });

  it.each(['en', 'ko'] as const)('render in %s as the token endpoint’s sentences, with every param', (locale) => {
    const i18n = createI18n(locale);
    for (const verdict of produced) {
      const [keys, options] = outcomeText({ ...verdict, stage: 'token-exchange' }, 'cxone');
      const generic = keys.at(-1) ?? '';
      expect(generic).toBe(`test.exchange.${verdict.outcome}`);
      const exact = verdict.reason ? `${generic}_${verdict.reason}` : generic;
      expect(i18n.getResource(locale, 'translation', exact), `${locale}: ${exact}`).toEqual(expect.any(String));
      const sentence = i18n.t(keys, options);
      expect(sentence, exact).not.toMatch(/\{\{|\}\}|^test\.|^integrations\./);
      if (locale === 'ko') expect(sentence, exact).toMatch(/[\uAC00-\uD7A3]/);
      for (const value of Object.values(verdict.params ?? {})) expect(sentence, `${exact} shows ${value}`).toContain(String(value));
    }
  });
});
