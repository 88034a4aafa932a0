import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Envelope } from '../../../shared/ipc/contract';
import { BROWSER_HOST_LIMITS, startHttpHost, type HttpHost } from '../../../electron/browser-mode/http-host';
import { openTricklingClient } from '../../support/hostile-http';

const OUTSIDE_SECRET = 'OUTSIDE-THE-STATIC-FOLDER-7c1d';
const BODY_SECRET = 'sk-live-BODY-SECRET-4b9e2a';
const INDEX_MARKER = 'index-marker-5f3a';
const EXPECTED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw http.request, so tests can send any Host/Origin header and any path bytes. */
function send(port: number, options: { method?: string; path: string; headers?: OutgoingHttpHeaders; body?: string | Buffer; host?: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: options.host ?? '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

let root: string;
let staticDir: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'scim-wizard-http-host-'));
  staticDir = join(root, 'static');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ secret: OUTSIDE_SECRET }));
  writeFileSync(join(staticDir, 'index.html'), `<!doctype html><title>${INDEX_MARKER}</title>`);
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1);');
  writeFileSync(join(staticDir, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(staticDir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(staticDir, 'assets', 'notes.txt'), 'not served');
  writeFileSync(join(staticDir, '.env'), `TOKEN=${OUTSIDE_SECRET}`);
  symlinkSync(join(root, 'package.json'), join(staticDir, 'escape.json'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('startHttpHost', () => {
  let host: HttpHost;
  let call: ReturnType<typeof vi.fn<(channel: string, payload: unknown) => Promise<Envelope<unknown>>>>;
  let logLines: string[];
  const maxBodyBytes = 1024;

  beforeEach(async () => {
    call = vi.fn(async (channel: string, payload: unknown): Promise<Envelope<unknown>> => ({ ok: true, data: { channel, payload } }));
    logLines = [];
    host = await startHttpHost({ call, staticDir, maxBodyBytes, log: { info: (m) => logLines.push(m), warn: (m) => logLines.push(m) } });
  });

  afterEach(async () => {
    await host.close();
  });

  const api = (channel: string, body: string | Buffer, headers: OutgoingHttpHeaders = {}) =>
    send(host.port, {
      method: 'POST',
      path: `/api/${channel}`,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}`, ...headers },
      body,
    });

  it('listens on 127.0.0.1 and gives the address with a random base64url token in the fragment', () => {
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.port).toBeGreaterThan(0);
  });

  describe('API calls', () => {
    it('passes channel and payload to call and returns its envelope with no-store and security headers', async () => {
      const reply = await api('settings.get', JSON.stringify({ a: 1 }));
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toEqual({ ok: true, data: { channel: 'settings.get', payload: { a: 1 } } });
      expect(call).toHaveBeenCalledExactlyOnceWith('settings.get', { a: 1 });
      expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(reply.headers['cache-control']).toBe('no-store');
      expect(reply.headers['content-security-policy']).toBe(EXPECTED_CSP);
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
    });

    it('says in Server-Timing how long reading the body and the call took (durations only), and not on refusals', async () => {
      call.mockImplementationOnce(async () => {
        await new Promise((resolve) => setTimeout(resolve, 40));
        return { ok: true, data: null };
      });
      const reply = await api('settings.get', '{}');
      const timing = String(reply.headers['server-timing']);
      expect(timing).toMatch(/^read;dur=\d+\.\d, call;dur=\d+\.\d$/);
      const durations = Object.fromEntries(timing.split(', ').map((part) => [part.split(';')[0], Number(part.split('dur=')[1])]));
      // A timer may fire a little early on a busy machine; 30 ms is still far above an immediate answer.
      expect(durations.call).toBeGreaterThanOrEqual(30);
      expect(durations.read).toBeLessThan(durations.call!);
      const refused = await api('settings.get', '{}', { Authorization: 'Bearer wrong-token-0000000000' });
      expect(refused.status).toBe(401);
      expect(refused.headers['server-timing']).toBeUndefined();
    });

    it('returns typed errors from dispatch as 200 envelopes', async () => {
      call.mockResolvedValueOnce({ ok: false, error: { code: 'KEYCHAIN_LOCKED', message: 'Unlock it.' } });
      const reply = await api('diagnostics.probeKeychain', '{}');
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'KEYCHAIN_LOCKED', message: 'Unlock it.' } });
    });

    it('lets dispatch decide about unknown channels that look like channel names', async () => {
      const reply = await api('fs.readFile', '{}');
      expect(reply.status).toBe(200);
      expect(call).toHaveBeenCalledWith('fs.readFile', {});
    });

    it('accepts Host localhost:PORT and same-origin Origin / Sec-Fetch-Site', async () => {
      const reply = await api('settings.get', '{}', {
        Host: `localhost:${host.port}`,
        Origin: `http://localhost:${host.port}`,
        'Sec-Fetch-Site': 'same-origin',
      });
      expect(reply.status).toBe(200);
      const other = await api('settings.get', '{}', { Origin: host.origin });
      expect(other.status).toBe(200);
    });

    it('accepts a body of exactly maxBodyBytes', async () => {
      const body = JSON.stringify({ v: 'x'.repeat(maxBodyBytes - 8) });
      expect(Buffer.byteLength(body)).toBe(maxBodyBytes);
      expect((await api('settings.get', body)).status).toBe(200);
    });

    it('answers 500 with a generic INTERNAL envelope when call throws, and logs no error text', async () => {
      call.mockRejectedValueOnce(new Error(`boom ${BODY_SECRET}`));
      const reply = await api('settings.get', '{}');
      expect(reply.status).toBe(500);
      expect(JSON.parse(reply.body).error.code).toBe('INTERNAL');
      expect(reply.body + logLines.join('\n')).not.toContain(BODY_SECRET);
    });
  });

  describe('refusals (call never invoked)', () => {
    const cases: Array<[string, () => Promise<Reply>, number]> = [
      [
        'no Authorization header',
        () => send(host.port, { method: 'POST', path: '/api/settings.get', headers: { 'Content-Type': 'application/json' }, body: '{}' }),
        401,
      ],
      ['a wrong token', () => api('settings.get', '{}', { Authorization: 'Bearer not-the-token-at-all' }), 401],
      ['the token under another scheme', () => api('settings.get', '{}', { Authorization: `Basic ${host.token}` }), 401],
      ['a token with one character more', () => api('settings.get', '{}', { Authorization: `Bearer ${host.token}x` }), 401],
      ['Host evil.example:PORT (DNS rebinding)', () => api('settings.get', '{}', { Host: `evil.example:${host.port}` }), 403],
      ['Host 127.0.0.1 on another port', () => api('settings.get', '{}', { Host: `127.0.0.1:${host.port + 1}` }), 403],
      ['Host without a port', () => api('settings.get', '{}', { Host: '127.0.0.1' }), 403],
      ['Origin http://evil.example', () => api('settings.get', '{}', { Origin: 'http://evil.example' }), 403],
      ['Origin null', () => api('settings.get', '{}', { Origin: 'null' }), 403],
      ['Origin https on our port', () => api('settings.get', '{}', { Origin: `https://127.0.0.1:${host.port}` }), 403],
      ['Sec-Fetch-Site: cross-site', () => api('settings.get', '{}', { 'Sec-Fetch-Site': 'cross-site' }), 403],
      ['a body of maxBodyBytes + 1 (Content-Length)', () => api('settings.get', JSON.stringify({ v: 'x'.repeat(maxBodyBytes - 7) })), 413],
      ['a chunked body over the limit', () => api('settings.get', JSON.stringify({ v: 'x'.repeat(maxBodyBytes) }), { 'Transfer-Encoding': 'chunked' }), 413],
      ['Content-Type text/plain', () => api('settings.get', '{}', { 'Content-Type': 'text/plain' }), 415],
      ['form-encoded content', () => api('settings.get', 'a=1', { 'Content-Type': 'application/x-www-form-urlencoded' }), 415],
      ['a non-UTF-8 charset', () => api('settings.get', '{}', { 'Content-Type': 'application/json; charset=latin1' }), 415],
      ['invalid JSON', () => api('settings.get', '{"a":'), 400],
      ['an empty body', () => api('settings.get', ''), 400],
      ['bytes that are not UTF-8', () => api('settings.get', Buffer.from([0x7b, 0xff, 0x7d])), 400],
      ['GET on an API path', () => send(host.port, { path: '/api/settings.get', headers: { Authorization: `Bearer ${host.token}` } }), 405],
      ['a path that is not a channel', () => api('', '{}'), 404],
      ['a channel path with a slash', () => api('settings/get', '{}'), 404],
    ];

    it.each(cases)('%s', async (_name, run, status) => {
      const reply = await run();
      expect(reply.status).toBe(status);
      const body = JSON.parse(reply.body) as { ok: boolean; error: { code: string; message: string } };
      expect(body.ok).toBe(false);
      expect(typeof body.error.code).toBe('string');
      expect(reply.headers['content-security-policy']).toBe(EXPECTED_CSP);
      expect(call).not.toHaveBeenCalled();
      expect(logLines.filter((line) => line.startsWith('refused'))).toHaveLength(1);
    });

    it('sets WWW-Authenticate on 401 and Allow on 405', async () => {
      expect((await api('settings.get', '{}', { Authorization: 'Bearer wrong-token-value' })).headers['www-authenticate']).toBe('Bearer');
      expect((await send(host.port, { method: 'PUT', path: '/' })).headers.allow).toBe('GET, HEAD');
      expect((await send(host.port, { method: 'DELETE', path: '/api/settings.get' })).headers.allow).toBe('POST');
    });

    it('sends the security headers on refusals and answers too', async () => {
      const replies = [
        await api('settings.get', '{}', { Authorization: 'Bearer wrong-token-value' }),
        await send(host.port, { path: '/no-such-file.js' }),
        await api('settings.get', '{}'),
      ];
      for (const reply of replies) {
        expect(reply.headers['content-security-policy']).toBe(EXPECTED_CSP);
        expect(reply.headers['x-content-type-options']).toBe('nosniff');
        expect(reply.headers['x-frame-options']).toBe('DENY');
        expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin');
      }
    });
  });

  describe('refusal log lines', () => {
    it('name method, path, status and reason', async () => {
      await api('settings.get', '{"a":', {});
      expect(logLines).toContainEqual(expect.stringMatching(/^refused POST "\/api\/settings\.get" -> 400: .*JSON/));
      await api('settings.get', '{}', { Host: `evil.example:${host.port}` });
      expect(logLines).toContainEqual(expect.stringMatching(/^refused POST "\/api\/settings\.get" -> 403: Host/));
    });

    it('never contain the token or the body, whatever was refused', async () => {
      const secretBody = JSON.stringify({ json: BODY_SECRET });
      await api('settings.get', `{"broken": "${BODY_SECRET}"`);
      await api('settings.get', JSON.stringify({ v: BODY_SECRET.repeat(100) }));
      await api('settings.get', secretBody, { 'Content-Type': 'text/plain' });
      await api('settings.get', secretBody, { Authorization: `Bearer ${BODY_SECRET}` });
      await api('settings.get', secretBody, { Origin: 'http://evil.example' });
      await send(host.port, { path: `/nothing/${host.token}?token=${host.token}` });
      await send(host.port, {
        method: 'POST',
        path: `/api/not-a-channel-${host.token}`,
        headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
        body: secretBody,
      });
      expect(logLines.filter((line) => line.startsWith('refused'))).toHaveLength(7);
      const all = logLines.join('\n');
      expect(all).not.toContain(host.token);
      expect(all).not.toContain(BODY_SECRET);
      expect(all).toContain('[redacted]');
    });

    it('cannot be split into forged lines by a crafted path', async () => {
      await send(host.port, { path: '/x%0Arefused%20GET%20/fake' });
      expect(logLines.every((line) => !line.includes('\n'))).toBe(true);
    });
  });

  describe('static files', () => {
    it('serves index.html for / without a token, with the security headers', async () => {
      const reply = await send(host.port, { path: '/' });
      expect(reply.status).toBe(200);
      expect(reply.body).toContain(INDEX_MARKER);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(reply.headers['content-security-policy']).toBe(EXPECTED_CSP);
      expect(reply.headers['content-security-policy']).not.toContain('unsafe-inline');
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['referrer-policy']).toBe('no-referrer');
      // Left out on purpose (README, Decisions): it costs a second renderer process on every cold open.
      expect(reply.headers['cross-origin-opener-policy']).toBeUndefined();
      expect(reply.headers['x-frame-options']).toBe('DENY');
    });

    it.each([
      ['/assets/app.js', 'text/javascript; charset=utf-8'],
      ['/assets/app.css', 'text/css; charset=utf-8'],
      ['/assets/logo.svg', 'image/svg+xml'],
      ['/index.html?v=1', 'text/html; charset=utf-8'],
    ])('serves %s as %s', async (path, type) => {
      const reply = await send(host.port, { path });
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toBe(type);
    });

    it('answers HEAD with headers and no body', async () => {
      const reply = await send(host.port, { method: 'HEAD', path: '/' });
      expect(reply.status).toBe(200);
      expect(Number(reply.headers['content-length'])).toBeGreaterThan(0);
      expect(reply.body).toBe('');
    });

    it('still checks Host for static files', async () => {
      const reply = await send(host.port, { path: '/', headers: { Host: `evil.example:${host.port}` } });
      expect(reply.status).toBe(403);
      expect(reply.body).not.toContain(INDEX_MARKER);
    });

    it('answers a file under /assets/ (named by its content) from memory after the first read; index.html from disk each time', async () => {
      const asset = join(staticDir, 'assets', 'kept-abc123.js');
      writeFileSync(asset, 'first();');
      expect((await send(host.port, { path: '/assets/kept-abc123.js' })).body).toBe('first();');
      writeFileSync(asset, 'second();');
      const again = await send(host.port, { path: '/assets/kept-abc123.js' });
      expect(again.body).toBe('first();');
      expect(again.headers['content-length']).toBe(String('first();'.length));

      const index = join(staticDir, 'index.html');
      const original = readFileSync(index, 'utf8');
      try {
        writeFileSync(index, '<!doctype html><title>rebuilt</title>');
        expect((await send(host.port, { path: '/' })).body).toContain('rebuilt');
      } finally {
        writeFileSync(index, original);
      }
      expect((await send(host.port, { path: '/' })).body).toContain(INDEX_MARKER);
    });

    it('answers 404 for a directory named like a script', async () => {
      mkdirSync(join(staticDir, 'assets', 'folder.js'), { recursive: true });
      expect((await send(host.port, { path: '/assets/folder.js' })).status).toBe(404);
    });

    it.skipIf(process.platform === 'win32')('answers 404 for a FIFO under /assets/ without reading it (POSIX only: mkfifo)', async () => {
      const fifo = join(staticDir, 'assets', 'pipe.js');
      if (!existsSync(fifo)) execFileSync('mkfifo', [fifo]);
      // Reading a FIFO with no writer would never end: the answer must come without it.
      expect((await send(host.port, { path: '/assets/pipe.js' })).status).toBe(404);
    });

    it.each(['/missing.html', '/assets/notes.txt', '/assets', '/assets/', '/.env', '/api'])('answers 404 for %s', async (path) => {
      const reply = await send(host.port, { path });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain(OUTSIDE_SECRET);
    });

    it.each([
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E/package.json',
      '/..%2fpackage.json',
      '/%2e%2e%2fpackage.json',
      '/assets/../../package.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/..%5cpackage.json',
      '/..\\package.json',
      '/index.html%00.png',
      '/%ff%fe',
      '/escape.json',
      '//../package.json',
    ])('never serves a file outside the folder for %s', async (path) => {
      const reply = await send(host.port, { path });
      expect([400, 404]).toContain(reply.status);
      expect(reply.body).not.toContain(OUTSIDE_SECRET);
    });
  });

  it('is not reachable on ::1 (loopback IPv4 only)', async () => {
    const outcome = await new Promise<'refused' | 'connected'>((resolve) => {
      const socket = connect({ host: '::1', port: host.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('error', () => resolve('refused'));
    });
    if (outcome === 'connected') {
      // Something else owns ::1 on this port: it must not be us.
      const reply = await send(host.port, { host: '::1', path: '/', headers: { Host: `localhost:${host.port}` } }).catch(() => null);
      expect(reply?.body ?? '').not.toContain(INDEX_MARKER);
    } else {
      expect(outcome).toBe('refused');
    }
  });

  it('close() ends pending calls and open connections, and stops listening', async () => {
    call.mockImplementationOnce(() => new Promise(() => undefined));
    const pending = api('signIn.await', '{}').then(
      () => 'answered',
      () => 'cut',
    );
    await vi.waitFor(() => expect(call).toHaveBeenCalled());
    await host.close();
    expect(await pending).toBe('cut');
    await expect(send(host.port, { path: '/' })).rejects.toThrow();
  });
});

describe('startHttpHost options', () => {
  it('fits a 2,000,000-character schema JSON in the default body limit', async () => {
    const call = vi.fn(async (): Promise<Envelope<unknown>> => ({ ok: true, data: null }));
    const host = await startHttpHost({ call, staticDir });
    try {
      const line = '{\n    "name": "objectId",\n    "type": "String"\n  },\n';
      const schema = line.repeat(Math.ceil(2_000_000 / line.length)).slice(0, 2_000_000);
      const reply = await send(host.port, {
        method: 'POST',
        path: '/api/mapping.analyzeEntraSchema',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
        body: JSON.stringify({ profileId: 'default', json: schema }),
      });
      expect(reply.status).toBe(200);
      expect(call).toHaveBeenCalledOnce();
      expect((call.mock.calls[0] as unknown as [string, { json: string }])[1].json).toHaveLength(2_000_000);
    } finally {
      await host.close();
    }
  });

  it('uses a given token and a given port, and reports a port in use as PORT_IN_USE', async () => {
    const token = 'given-token_0123456789abcdef';
    const call = vi.fn(async (): Promise<Envelope<unknown>> => ({ ok: true, data: null }));
    const first = await startHttpHost({ call, staticDir, token });
    try {
      expect(first.url).toBe(`http://127.0.0.1:${first.port}/#token=${token}`);
      await expect(startHttpHost({ call, staticDir, port: first.port })).rejects.toMatchObject({ code: 'PORT_IN_USE' });
    } finally {
      await first.close();
    }
  });

  it('refuses tokens the renderer could not pick up, and a missing renderer folder', async () => {
    const call = vi.fn();
    await expect(startHttpHost({ call, staticDir, token: 'short' })).rejects.toThrow(/token/);
    await expect(startHttpHost({ call, staticDir, token: 'has spaces and is long enough' })).rejects.toThrow(/token/);
    await expect(startHttpHost({ call, staticDir: join(root, 'no-such-build') })).rejects.toThrow(/build:renderer/);
  });

  it('close() can be called twice', async () => {
    const host = await startHttpHost({ call: vi.fn(), staticDir });
    await host.close();
    await expect(host.close()).resolves.toBeUndefined();
  });
});

describe('bounded sockets', () => {
  // Short versions of BROWSER_HOST_LIMITS, so the test takes seconds, not minutes.
  const LIMITS = { maxConnections: 32, headersTimeoutMs: 800, requestTimeoutMs: 1_500, keepAliveTimeoutMs: 500, checkIntervalMs: 100 };
  /** Node checks the clocks every checkIntervalMs; the rest is a loaded 2-core machine running other tests. */
  const SLACK_MS = 2_500;
  let host: HttpHost;
  let call: ReturnType<typeof vi.fn<(channel: string, payload: unknown) => Promise<Envelope<unknown>>>>;
  let logLines: string[];

  beforeEach(async () => {
    call = vi.fn(async (channel: string): Promise<Envelope<unknown>> => ({ ok: true, data: channel }));
    logLines = [];
    host = await startHttpHost({ call, staticDir, limits: LIMITS, log: { info: (m) => logLines.push(m), warn: (m) => logLines.push(m) } });
  });
  afterEach(async () => {
    await host.close();
  });

  const authorised = (channel: string) =>
    send(host.port, {
      method: 'POST',
      path: `/api/${channel}`,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: '{}',
    });

  it('keeps 300 trickling sockets under the cap, closes each within the timeouts, and still serves the page meanwhile', async () => {
    let most = 0;
    const sampler = setInterval(() => void host.connectionCount().then((n) => (most = Math.max(most, n))), 5);
    const bodyHead =
      `POST /api/settings.get HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nContent-Type: application/json\r\n` +
      `Authorization: Bearer ${host.token}\r\nContent-Length: 1000\r\n\r\n`;
    const modes = [{ mode: 'silent' as const }, { mode: 'headers' as const }, { mode: 'body' as const, head: bodyHead, bodyBytes: 1000 }];
    const clients = Array.from({ length: 300 }, (_, i) => openTricklingClient(host.port, modes[i % 3]!));
    try {
      await Promise.all(clients.map((client) => client.connected));
      // The page, during the flood: a static file and an authorised call, each on a fresh socket.
      const page = await send(host.port, { path: '/' });
      expect(page.status).toBe(200);
      expect(page.body).toContain(INDEX_MARKER);
      const reply = await authorised('app.getInfo');
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body)).toEqual({ ok: true, data: 'app.getInfo' });

      const lifetimes = await Promise.all(clients.map((client) => client.closed));
      expect(Math.max(...lifetimes)).toBeLessThan(LIMITS.requestTimeoutMs + SLACK_MS);
      expect(most).toBeGreaterThan(0);
      expect(most).toBeLessThanOrEqual(LIMITS.maxConnections);
      // No trickled body ever reached dispatch.
      expect(call).toHaveBeenCalledExactlyOnceWith('app.getInfo', {});
      await vi.waitFor(() => expect(host.connectionCount()).resolves.toBeLessThanOrEqual(1), { timeout: 3_000 });
    } finally {
      clearInterval(sampler);
      clients.forEach((client) => client.destroy());
    }
    await host.close();
    const log = logLines.join('\n');
    expect(log).toMatch(/connections: .*closed to make room \(limit 32 open\)/);
    expect(log).toMatch(/not sending a whole request in time \(408\)/);
    expect(log).not.toContain(host.token);
    expect(log).not.toContain('{{{');
  });

  it('cuts a silent socket after the header timeout and an idle keep-alive socket after the keep-alive timeout', async () => {
    const silent = openTricklingClient(host.port, { mode: 'silent' });
    const keptAlive = openTricklingClient(host.port, { mode: 'body', head: `GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`, bodyBytes: 0 });
    const [silentFor, keptAliveFor] = await Promise.all([silent.closed, keptAlive.closed]);
    expect(silentFor).toBeGreaterThanOrEqual(LIMITS.headersTimeoutMs - 50);
    expect(silentFor).toBeLessThan(LIMITS.headersTimeoutMs + SLACK_MS);
    expect(keptAliveFor).toBeGreaterThanOrEqual(LIMITS.keepAliveTimeoutMs - 50);
    expect(keptAliveFor).toBeLessThan(LIMITS.keepAliveTimeoutMs + SLACK_MS);
  });

  it('never cuts or evicts a call in progress: a long poll outlives every timeout and a flood of idle sockets', async () => {
    let answer!: () => void;
    call.mockImplementationOnce(
      (channel) =>
        new Promise((resolve) => {
          answer = () => resolve({ ok: true, data: channel });
        }),
    );
    const longPoll = authorised('signIn.await');
    await vi.waitFor(() => expect(call).toHaveBeenCalled());
    const flood = Array.from({ length: 3 * LIMITS.maxConnections }, () => openTricklingClient(host.port, { mode: 'silent' }));
    await Promise.all(flood.map((client) => client.closed));
    await new Promise((resolve) => setTimeout(resolve, LIMITS.requestTimeoutMs + 300));
    answer();
    const reply = await longPoll;
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, data: 'signIn.await' });
  });

  it('closes a refused connection at once instead of waiting for the rest of its body', async () => {
    const head = `POST /api/settings.get HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`;
    const unauthorised = openTricklingClient(host.port, { mode: 'body', head, bodyBytes: 1000 });
    expect(await unauthorised.closed).toBeLessThan(LIMITS.requestTimeoutMs);
  });

  it('uses limits that leave a real page room: a handful of parallel calls and a long poll are far below them', () => {
    expect(BROWSER_HOST_LIMITS.maxConnections).toBeGreaterThanOrEqual(32);
    expect(BROWSER_HOST_LIMITS.headersTimeoutMs).toBeGreaterThanOrEqual(5_000);
    expect(BROWSER_HOST_LIMITS.requestTimeoutMs).toBeGreaterThanOrEqual(BROWSER_HOST_LIMITS.headersTimeoutMs);
    expect(BROWSER_HOST_LIMITS.requestTimeoutMs).toBeLessThanOrEqual(60_000);
    expect(BROWSER_HOST_LIMITS.checkIntervalMs).toBeLessThanOrEqual(1_000);
  });
});
