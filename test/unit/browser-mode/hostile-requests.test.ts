import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../../shared/ipc/contract';
import { startHttpHost, type HttpHost } from '../../../electron/browser-mode/http-host';
import { isReply, pushLargeBody, rawRequest, request, type HostileReply, type Outcome } from '../../support/hostile-client';

/**
 * Issue 10, 2.3: hostile local clients against the browser-mode host's request
 * checks. What http-host.test.ts already covers (a few foreign Hosts and Origins,
 * Sec-Fetch-Site: cross-site, missing/wrong token, 1 KiB limits, plain and %2e
 * traversal) is not repeated; this file adds the rest of the issue's list with
 * the default limits. Every refusal must keep `call` (dispatch) untouched.
 */

const OUTSIDE_SECRET = 'OUTSIDE-THE-STATIC-FOLDER-hostile-91ab';
const INDEX_MARKER = 'index-marker-hostile-2c7d';
const TEN_MB = 10 * 1024 * 1024;

let root: string;
let staticDir: string;

beforeAll(() => {
  // root/secret.json sits one level above the served folder; root/static/assets/deep is where traversal starts.
  root = mkdtempSync(join(tmpdir(), 'scim-wizard-hostile-host-'));
  staticDir = join(root, 'static');
  mkdirSync(join(staticDir, 'assets', 'deep'), { recursive: true });
  writeFileSync(join(root, 'secret.json'), JSON.stringify({ secret: OUTSIDE_SECRET }));
  writeFileSync(join(staticDir, 'index.html'), `<!doctype html><title>${INDEX_MARKER}</title>`);
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1);');
  // A file literally named "%2e%2e.json": double-encoded dots must reach this name, never "..".
  writeFileSync(join(staticDir, '%2e%2e.json'), '{"literal":true}');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function reply(outcome: Outcome): HostileReply {
  if (!isReply(outcome)) throw new Error(`expected an HTTP answer, the connection ended with ${outcome.error}`);
  return outcome;
}

describe('browser-mode host against hostile local clients', () => {
  let host: HttpHost;
  let call: ReturnType<typeof vi.fn<(channel: string, payload: unknown) => Promise<Envelope<unknown>>>>;
  let logLines: string[];

  beforeEach(async () => {
    call = vi.fn(async (channel: string): Promise<Envelope<unknown>> => ({ ok: true, data: channel }));
    logLines = [];
    // Default limits (3 MiB body, BROWSER_HOST_LIMITS): what the shipped host uses.
    host = await startHttpHost({ call, staticDir, log: { info: (m) => logLines.push(m), warn: (m) => logLines.push(m) } });
  });

  afterEach(async () => {
    await host.close();
    const log = logLines.join('\n');
    expect(log).not.toContain(host.token);
    expect(log).not.toContain(OUTSIDE_SECRET);
  });

  const authorised = (): OutgoingHttpHeaders => ({ 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` });
  const api = (headers: OutgoingHttpHeaders = {}, body = '{}', channel = 'app.getInfo') =>
    request(host.port, { method: 'POST', path: `/api/${channel}`, headers: { ...authorised(), ...headers }, body }).then(reply);

  it('positive control: a well-formed same-origin call reaches dispatch', async () => {
    const ok = await api({ Origin: host.origin, 'Sec-Fetch-Site': 'same-origin', 'Sec-Fetch-Mode': 'cors', 'Sec-Fetch-Dest': 'empty' });
    expect(ok.status).toBe(200);
    expect(call).toHaveBeenCalledExactlyOnceWith('app.getInfo', {});
  });

  describe('foreign Host', () => {
    it.each([
      ['a suffix on our name', (port: number) => `127.0.0.1:${port}.evil.example`],
      ['a trailing dot', (port: number) => `localhost.:${port}`],
      ['user info', (port: number) => `evil.example@127.0.0.1:${port}`],
      ['IPv6 loopback (the host is IPv4 only)', (port: number) => `[::1]:${port}`],
      ['a decimal IP for 127.0.0.1', (port: number) => `2130706433:${port}`],
      ['another loopback address', (port: number) => `127.0.0.2:${port}`],
      ['a leading zero in the port', (port: number) => `127.0.0.1:0${port}`],
    ])('refuses %s with 403, for the API and for static files', async (_name, hostHeader) => {
      const value = hostHeader(host.port);
      const apiReply = await api({ Host: value });
      expect(apiReply.status).toBe(403);
      const page = reply(await request(host.port, { path: '/', headers: { Host: value } }));
      expect(page.status).toBe(403);
      expect(page.body).not.toContain(INDEX_MARKER);
      expect(call).not.toHaveBeenCalled();
    });

    it('refuses an empty Host, no Host at all (HTTP/1.0) and an absolute-form target naming another host', async () => {
      const emptyHost = reply(await rawRequest(host.port, `GET / HTTP/1.1\r\nHost: \r\nConnection: close\r\n\r\n`));
      expect(emptyHost.status).toBe(403);
      expect(emptyHost.body).not.toContain(INDEX_MARKER);
      const noHost = reply(
        await rawRequest(
          host.port,
          `POST /api/app.getInfo HTTP/1.0\r\nAuthorization: Bearer ${host.token}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
        ),
      );
      expect(noHost.status).toBe(403);
      const absolute = reply(
        await rawRequest(
          host.port,
          `POST http://evil.example/api/app.getInfo HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer ${host.token}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
        ),
      );
      expect(absolute.status).toBe(403);
      expect(call).not.toHaveBeenCalled();
    });

    it('accepts our names in any letter case (host names are case-insensitive)', async () => {
      expect((await api({ Host: `LOCALHOST:${host.port}` })).status).toBe(200);
    });
  });

  describe('foreign Origin and fetch metadata', () => {
    it.each([
      ['another local port', (port: number) => `http://127.0.0.1:${port + 1}`],
      ['localhost on another port (same site, not same origin)', (port: number) => `http://localhost:${port + 1}`],
      ['our origin with a path', (port: number) => `http://127.0.0.1:${port}/`],
      ['a file: page', () => 'file://'],
      ['an extension', () => 'chrome-extension://abcdefghijklmnop'],
      ['our origin as a suffix', (port: number) => `http://evil.example#http://127.0.0.1:${port}`],
    ])('refuses Origin from %s with 403', async (_name, origin) => {
      expect((await api({ Origin: origin(host.port) })).status).toBe(403);
      expect(call).not.toHaveBeenCalled();
    });

    // https://www.w3.org/TR/fetch-metadata/: the page's own calls are same-origin fetch()es (mode cors,
    // destination empty). Anything else is another page, a navigation, a form or an embed aiming at the API.
    it.each([
      ['Sec-Fetch-Site: cross-site, Sec-Fetch-Mode: cors', { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'cors' }],
      ['Sec-Fetch-Site: cross-site, Sec-Fetch-Mode: no-cors', { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'no-cors' }],
      ['Sec-Fetch-Site: cross-site, Sec-Fetch-Mode: navigate', { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate' }],
      ['Sec-Fetch-Site: same-site (another local port)', { 'Sec-Fetch-Site': 'same-site', 'Sec-Fetch-Mode': 'cors' }],
      ['Sec-Fetch-Site: none (typed into the address bar)', { 'Sec-Fetch-Site': 'none', 'Sec-Fetch-Mode': 'navigate' }],
      ['a same-origin navigation (a form post)', { 'Sec-Fetch-Site': 'same-origin', 'Sec-Fetch-Mode': 'navigate' }],
      ['a same-origin no-cors request', { 'Sec-Fetch-Site': 'same-origin', 'Sec-Fetch-Mode': 'no-cors' }],
      ['a same-origin websocket', { 'Sec-Fetch-Site': 'same-origin', 'Sec-Fetch-Mode': 'websocket' }],
    ])('refuses %s with 403, even with the right token', async (_name, metadata) => {
      const refused = await api(metadata);
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
      expect(call).not.toHaveBeenCalled();
    });

    it('still serves the page to a cross-site navigation (someone followed a link to it)', async () => {
      const page = reply(await request(host.port, { path: '/', headers: { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate' } }));
      expect(page.status).toBe(200);
      expect(page.body).toContain(INDEX_MARKER);
      // ...but no other site may embed or read it.
      expect(page.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(page.headers['x-frame-options']).toBe('DENY');
    });
  });

  describe('missing and wrong tokens', () => {
    it.each([
      ['an empty bearer', () => 'Bearer '],
      ['the token in lower case', (token: string) => `Bearer ${token.toLowerCase()}`],
      ['the token cut by one character', (token: string) => `Bearer ${token.slice(0, -1)}`],
      ['the token twice', (token: string) => `Bearer ${token} ${token}`],
      ['the token percent-encoded', (token: string) => `Bearer ${encodeURIComponent(token).replace(/[A-Za-z0-9]/, (c) => `%${c.charCodeAt(0).toString(16)}`)}`],
      ['the token with a look-alike Cyrillic a', (token: string) => `Bearer ${token.replace(/a|$/, '\u0430')}`],
    ])('refuses %s with 401', async (_name, authorization) => {
      const value = authorization(host.token);
      // node:http refuses non-Latin-1 header values, so that one goes raw.
      const refused = reply(
        await rawRequest(
          host.port,
          Buffer.from(
            `POST /api/app.getInfo HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nAuthorization: ${value}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
            'utf8',
          ),
        ),
      );
      expect(refused.status).toBe(401);
      expect(call).not.toHaveBeenCalled();
    });

    it('takes the token from the Authorization header only: not the query, a cookie or another header', async () => {
      const headers = { 'Content-Type': 'application/json' };
      const tries = [
        request(host.port, { method: 'POST', path: `/api/app.getInfo?token=${host.token}`, headers, body: '{}' }),
        request(host.port, { method: 'POST', path: '/api/app.getInfo', headers: { ...headers, Cookie: `token=${host.token}` }, body: '{}' }),
        request(host.port, { method: 'POST', path: '/api/app.getInfo', headers: { ...headers, 'X-Token': host.token }, body: '{}' }),
        request(host.port, { method: 'POST', path: '/api/app.getInfo', headers: { ...headers, Authorization: `Token ${host.token}` }, body: '{}' }),
      ];
      for (const outcome of await Promise.all(tries)) expect(reply(outcome).status).toBe(401);
      expect(call).not.toHaveBeenCalled();
    });

    it('lets nobody guess: 200 random tokens of the right shape are all refused', async () => {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const guesses = Array.from({ length: 200 }, (_, i) => Array.from({ length: 43 }, (_, j) => alphabet[(i * 31 + j * 7) % 64]).join(''));
      for (let i = 0; i < guesses.length; i += 20) {
        const batch = await Promise.all(guesses.slice(i, i + 20).map((guess) => api({ Authorization: `Bearer ${guess}` })));
        for (const refused of batch) expect(refused.status).toBe(401);
      }
      expect(call).not.toHaveBeenCalled();
      // The real page is not locked out by the guessing.
      expect((await api()).status).toBe(200);
    });
  });

  describe('10 MB bodies', () => {
    const head = (port: number, token: string, length: string) =>
      `POST /api/mapping.analyzeEntraSchema HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\n${length}\r\n`;

    it('refuses a declared 10 MB body with 413 before reading it, and closes the connection', async () => {
      // Only the headers go out: the answer must come from Content-Length alone.
      const outcome = reply(await rawRequest(host.port, `${head(host.port, host.token, `Content-Length: ${TEN_MB}\r\n`)}`));
      expect(outcome.status).toBe(413);
      expect(outcome.headers.connection).toBe('close');
      expect(call).not.toHaveBeenCalled();
      expect((await api()).status).toBe(200);
    });

    it('stops a chunked 10 MB body at the limit: 413 or a cut connection, never dispatch', async () => {
      const { outcome, bytesSent } = await pushLargeBody(host.port, head(host.port, host.token, 'Transfer-Encoding: chunked\r\n'), TEN_MB, { chunked: true });
      if (isReply(outcome)) expect(outcome.status).toBe(413);
      else expect(['ECONNRESET', 'EPIPE', 'closed']).toContain(outcome.error);
      // The host stopped listening to us well before the 10 MB were out.
      expect(bytesSent).toBeLessThan(TEN_MB);
      expect(call).not.toHaveBeenCalled();
      expect((await api()).status).toBe(200);
    });

    it('refuses 10 MB sent without the token at once, whatever the body', async () => {
      const noToken = `POST /api/app.getInfo HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nContent-Type: application/json\r\nContent-Length: ${TEN_MB}\r\n\r\n`;
      const { outcome, bytesSent } = await pushLargeBody(host.port, noToken, TEN_MB);
      if (isReply(outcome)) expect(outcome.status).toBe(401);
      else expect(['ECONNRESET', 'EPIPE', 'closed']).toContain(outcome.error);
      expect(bytesSent).toBeLessThan(TEN_MB);
      expect(call).not.toHaveBeenCalled();
    });
  });

  describe('path traversal in every encoding', () => {
    const paths = [
      '/assets/deep/../../../secret.json',
      '/%2e%2e/secret.json',
      '/.%2e/secret.json',
      '/%2e./secret.json',
      '/assets/deep/%2e%2e/%2e%2e/%2e%2e/secret.json',
      '/%252e%252e/secret.json',
      '/%252e%252e%252fsecret.json',
      '/..%2fsecret.json',
      '/..%2Fsecret.json',
      '/assets/..%2f..%2fsecret.json',
      '/..%252fsecret.json',
      '/..\\secret.json',
      '/assets\\..\\..\\secret.json',
      '/..%5csecret.json',
      '/..%255csecret.json',
      '/%c0%ae%c0%ae/secret.json',
      '/%c0%ae%c0%ae%c0%afsecret.json',
      '/%e0%80%ae%e0%80%ae/secret.json',
      '/..%c0%afsecret.json',
      '/..%c1%9csecret.json',
      '/%u002e%u002e/secret.json',
      '/..;/secret.json',
      '/../secret.json%00.html',
      '/..%00/secret.json',
      '/%00../secret.json',
      '/index.html%00',
      '/./../secret.json',
      '/assets/./../../secret.json',
      '//..//secret.json',
    ];

    it.each(paths)('never serves a file outside the folder for %s', async (path) => {
      // Raw, so the path reaches the host byte for byte (node:http would not send some of these).
      const outcome = reply(await rawRequest(host.port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: close\r\n\r\n`));
      expect([400, 404]).toContain(outcome.status);
      expect(outcome.body).not.toContain(OUTSIDE_SECRET);
    });

    it('does not decode twice: %252e%252e names a file called "%2e%2e", not the parent folder', async () => {
      const literal = reply(await request(host.port, { path: '/%252e%252e.json' }));
      expect(literal.status).toBe(200);
      expect(literal.body).toBe('{"literal":true}');
    });

    it('refuses a NUL byte sent raw in the request line without serving anything', async () => {
      const outcome = await rawRequest(host.port, Buffer.from(`GET /../secret.json\0.html HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`, 'latin1'));
      if (isReply(outcome)) {
        expect([400, 404]).toContain(outcome.status);
        expect(outcome.body).not.toContain(OUTSIDE_SECRET);
      } else expect(['closed', 'ECONNRESET']).toContain(outcome.error);
    });

    it('positive control: the same raw client does fetch a real file', async () => {
      const outcome = reply(await rawRequest(host.port, `GET /assets/app.js HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nConnection: close\r\n\r\n`));
      expect(outcome.status).toBe(200);
      expect(outcome.body).toBe('console.log(1);');
    });
  });
});
