import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, request as httpRequest, Agent, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { startLoopbackCapture, type LoopbackCapture, type LoopbackCaptureOptions } from '../../../electron/services/token-capture/loopback-listener';
import { createCaptureHandler } from '../../../electron/services/token-capture/capture-handler';
import { freePort } from '../../support/free-port';
import { openTricklingClient } from '../../support/hostile-http';
import { rejection } from '../../support/rejection';

const STATE = 'expected-state-Zm9vYmFyYmF6cXV4cXV1eA';
const TOKEN = 'TOKEN-SECRET-ZDI3MGE1ZjItNmU0Ny00ZDQ4_PF84_abc';
const ID_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl';
/** The page's policy: its inline script and style by hash, nothing else (checked against the page itself below). */
const PAGE_CSP =
  /^default-src 'none'; script-src 'sha256-[A-Za-z0-9+/]{43}='; connect-src 'self'; style-src 'sha256-[A-Za-z0-9+/]{43}='; base-uri 'none'; form-action 'none'; frame-ancestors 'none'$/;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw http.request, so tests can send any Host/Origin header, to any address. */
function send(
  port: number,
  options: { method?: string; path?: string; headers?: OutgoingHttpHeaders; body?: string; address?: string; agent?: Agent | false } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: options.address ?? '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/auth/code',
        headers: { Host: `localhost:${port}`, ...options.headers },
        agent: options.agent ?? false,
      },
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

/** What the page's script sends: the fragment as text/plain, from the page's own origin. */
function postFragment(port: number, fragment: string, headers: OutgoingHttpHeaders = {}, agent?: Agent): Promise<Reply> {
  return send(port, {
    method: 'POST',
    path: '/auth/capture',
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', Origin: `http://localhost:${port}`, ...headers },
    body: fragment,
    ...(agent ? { agent } : {}),
  });
}

function fragment(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}

async function canListen(port: number, host: string): Promise<boolean> {
  const probe = createServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

const hasIpv6Loopback = canListen(0, '::1');

function connectError(port: number, address: string): Promise<string> {
  return send(port, { address, path: '/auth/code' }).then(
    () => 'connected',
    (error: NodeJS.ErrnoException) => error.code ?? 'unknown',
  );
}

/** Settles within `ms`? Used to show a capture is still waiting after a refused request. */
async function settledWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setTimeout(resolve, ms));
  return settled;
}

const logLines: string[] = [];
const captures: LoopbackCapture[] = [];
const children: ChildProcess[] = [];

async function start(overrides: Partial<LoopbackCaptureOptions> = {}): Promise<{ capture: LoopbackCapture; port: number }> {
  const port = overrides.port ?? (await freePort());
  const capture = await startLoopbackCapture({
    port,
    expectedState: STATE,
    timeoutMs: 10_000,
    log: { info: (m) => logLines.push(`info ${m}`), warn: (m) => logLines.push(`warn ${m}`) },
    ...overrides,
  });
  captures.push(capture);
  return { capture, port };
}

afterEach(async () => {
  for (const capture of captures.splice(0)) {
    capture.cancel();
    await capture.closed;
  }
  for (const child of children.splice(0)) child.kill();
  // Whatever the test did, the log never holds the token, the state or the fragment.
  for (const line of logLines.splice(0)) {
    expect(line).not.toContain(TOKEN);
    expect(line).not.toContain(ID_TOKEN);
    expect(line).not.toContain(STATE);
    expect(line).not.toContain('access_token=');
  }
});

describe('startLoopbackCapture: the capture', () => {
  it('takes the access_token from a good fragment, whatever else it carries, then closes', async () => {
    const { capture, port } = await start();
    expect(capture.redirectUri).toBe(`http://localhost:${port}/auth/code`);
    const reply = await postFragment(
      port,
      fragment({
        access_token: TOKEN,
        token_type: 'Bearer',
        expires_in: '3887999',
        scope: 'spark:people_read Identity:SCIM',
        id_token: ID_TOKEN,
        session_state: 'abc.def',
        state: STATE,
      }),
    );
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(reply.body)).toEqual({ outcome: 'captured', reason: 'captured' });
    await expect(capture.result).resolves.toEqual({ accessToken: TOKEN, tokenType: 'Bearer', expiresIn: 3887999, scope: 'spark:people_read Identity:SCIM' });
    await capture.closed;
    expect(await canListen(port, '127.0.0.1')).toBe(true);
    expect(logLines.some((l) => l.includes('POST /auth/capture: token captured'))).toBe(true);
  });

  it('gives null for absent optional fields and ignores a non-numeric expires_in', async () => {
    const { capture, port } = await start();
    await postFragment(port, fragment({ access_token: TOKEN, expires_in: 'soon', state: STATE }));
    await expect(capture.result).resolves.toEqual({ accessToken: TOKEN, tokenType: null, expiresIn: null, scope: null });
  });

  it('accepts an x-www-form-urlencoded body and the 127.0.0.1 Host form', async () => {
    const { capture, port } = await start();
    const reply = await postFragment(port, fragment({ access_token: TOKEN, state: STATE }), {
      'Content-Type': 'application/x-www-form-urlencoded',
      Host: `127.0.0.1:${port}`,
      Origin: `http://127.0.0.1:${port}`,
    });
    expect(reply.status).toBe(200);
    await expect(capture.result).resolves.toMatchObject({ accessToken: TOKEN });
  });

  it('refuses a wrong state with 400 and keeps waiting for the real redirect', async () => {
    const { capture, port } = await start();
    const forged = await postFragment(port, fragment({ access_token: 'ATTACKER-TOKEN', state: 'guessed' }));
    expect(forged.status).toBe(400);
    expect(JSON.parse(forged.body)).toMatchObject({ outcome: 'rejected', reason: 'bad-state' });
    expect(await settledWithin(capture.result, 100)).toBe(false);
    expect(logLines.some((l) => l.startsWith('warn') && l.includes('state mismatch'))).toBe(true);
    expect(logLines.join('\n')).not.toContain('ATTACKER-TOKEN');

    const real = await postFragment(port, fragment({ access_token: TOKEN, state: STATE }));
    expect(real.status).toBe(200);
    await expect(capture.result).resolves.toMatchObject({ accessToken: TOKEN });
  });

  it('refuses a missing or repeated state the same way', async () => {
    const { capture, port } = await start();
    expect((await postFragment(port, fragment({ access_token: TOKEN }))).status).toBe(400);
    expect((await postFragment(port, `access_token=${TOKEN}&state=${STATE}&state=${STATE}`)).status).toBe(400);
    expect((await postFragment(port, '')).status).toBe(400);
    expect(await settledWithin(capture.result, 50)).toBe(false);
  });

  it('answers a replay after the capture with 409 or a closed port, and keeps the first token', async () => {
    const { capture, port } = await start();
    const body = fragment({ access_token: TOKEN, state: STATE });
    const [first, second] = await Promise.allSettled([postFragment(port, body), postFragment(port, fragment({ access_token: 'SECOND', state: STATE }))]);
    const statuses = [first, second].map((r) => (r.status === 'fulfilled' ? r.value.status : (r.reason as NodeJS.ErrnoException).code));
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    for (const s of statuses.filter((s) => s !== 200)) expect([409, 'ECONNREFUSED', 'ECONNRESET']).toContain(s);
    const token = await capture.result;
    expect(statuses[0] === 200 ? TOKEN : 'SECOND').toBe(token.accessToken);

    await capture.closed;
    const replay = await postFragment(port, body).then(
      (r) => r.status,
      (e: NodeJS.ErrnoException) => e.code,
    );
    expect(replay).toBe('ECONNREFUSED');
  });

  it('turns a provider error in the fragment into CAPTURE_FAILED with its description', async () => {
    const { capture, port } = await start();
    const reply = await postFragment(port, fragment({ error: 'access_denied', error_description: 'The user denied the request\u0007', state: STATE }));
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ outcome: 'error', reason: 'provider-error' });
    const error = await rejection(capture.result);
    expect(error.code).toBe('CAPTURE_FAILED');
    expect(error.message).toContain('access_denied');
    expect(error.message).toContain('The user denied the request');
    expect(error.params).toEqual({
      variant: 'provider',
      detail: 'access_denied: The user denied the request',
      error: 'access_denied',
      description: 'The user denied the request',
    });
    await capture.closed;
  });

  it('limits the length of a provider description', async () => {
    const { capture, port } = await start();
    await postFragment(port, fragment({ error: 'server_error', error_description: 'x'.repeat(5000), state: STATE }));
    const error = await rejection(capture.result);
    expect(String(error.params?.description).length).toBeLessThanOrEqual(300);
  });

  it('does not let an error without the right state end the sign-in', async () => {
    const { capture, port } = await start();
    const forged = await postFragment(port, fragment({ error: 'access_denied', state: 'forged' }));
    expect(forged.status).toBe(400);
    expect(await settledWithin(capture.result, 50)).toBe(false);
  });

  it('treats an error in the redirect query (GET /auth/code?error=...) as a failed capture', async () => {
    const { capture, port } = await start();
    const page = await send(port, { path: `/auth/code?${fragment({ error: 'invalid_scope', error_description: '<b>bad</b> scope', state: STATE })}` });
    expect(page.headers['content-security-policy']).toMatch(PAGE_CSP);
    expect(page.body).toMatch(/id="capture-status"[^>]*data-outcome="error"/);
    expect(page.body).toContain('&#60;b&#62;bad&#60;/b&#62; scope');
    expect(page.body).not.toContain('<b>bad</b>');
    const error = await rejection(capture.result);
    expect(error.code).toBe('CAPTURE_FAILED');
    expect(error.params).toMatchObject({ error: 'invalid_scope' });
  });

  it('ignores a query error without the right state', async () => {
    const { capture, port } = await start();
    const page = await send(port, { path: '/auth/code?error=access_denied&state=nope' });
    expect(page.status).toBe(400);
    expect(page.body).toMatch(/data-outcome="rejected"/);
    expect(await settledWithin(capture.result, 50)).toBe(false);
  });

  it('fails with "no access_token in the redirect" when the state is right but no token came', async () => {
    const { capture, port } = await start();
    const reply = await postFragment(port, fragment({ id_token: ID_TOKEN, state: STATE }));
    expect(JSON.parse(reply.body)).toMatchObject({ outcome: 'error', reason: 'no-token' });
    const error = await rejection(capture.result);
    expect(error.code).toBe('CAPTURE_FAILED');
    expect(error.message).toBe('no access_token in the redirect');
    expect(error.params).toMatchObject({ variant: 'no-token-missing' });
  });

  it('refuses to pick one of two access_tokens', async () => {
    const { capture, port } = await start();
    await postFragment(port, `access_token=${TOKEN}&access_token=OTHER&state=${STATE}`);
    const error = await rejection(capture.result);
    expect(error.code).toBe('CAPTURE_FAILED');
    expect(error.message).toBe('more than one access_token in the redirect');
    expect(error.params).toMatchObject({ variant: 'no-token-repeated' });
  });

  it('refuses a fragment over the size limit with 413 and keeps waiting', async () => {
    const { capture, port } = await start({ maxFragmentBytes: 4096 });
    const huge = fragment({ access_token: 'A'.repeat(8000), state: STATE });
    expect((await postFragment(port, huge)).status).toBe(413);
    // Chunked, so the limit is enforced while reading and not only from Content-Length.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/auth/capture',
          agent: false,
          headers: { Host: `localhost:${port}`, 'Content-Type': 'text/plain', 'Transfer-Encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(huge.slice(0, 3000));
      req.end(huge.slice(3000));
    });
    expect(chunked).toBe(413);
    expect(await settledWithin(capture.result, 50)).toBe(false);
    expect((await postFragment(port, fragment({ access_token: TOKEN, state: STATE }))).status).toBe(200);
    await expect(capture.result).resolves.toMatchObject({ accessToken: TOKEN });
  });

  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    const { capture, port } = await start();
    const good = fragment({ access_token: TOKEN, state: STATE });
    expect((await postFragment(port, good, { Host: `evil.example:${port}`, Origin: `http://evil.example:${port}` })).status).toBe(403);
    expect((await postFragment(port, good, { Host: `localhost:${port + 1}` })).status).toBe(403);
    expect((await send(port, { headers: { Host: `evil.example:${port}` } })).status).toBe(403);
    expect(await settledWithin(capture.result, 50)).toBe(false);
  });

  it('refuses a foreign Origin with 403', async () => {
    const { capture, port } = await start();
    const good = fragment({ access_token: TOKEN, state: STATE });
    for (const origin of ['https://evil.example', 'null', `http://localhost:${port + 1}`, `https://localhost:${port}`]) {
      expect((await postFragment(port, good, { Origin: origin })).status, origin).toBe(403);
    }
    expect(await settledWithin(capture.result, 50)).toBe(false);
  });

  it('answers other paths with 404 and other methods with 405, never cached', async () => {
    const { port } = await start();
    const missing = await send(port, { path: '/favicon.ico' });
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBe('no-store');
    const wrongMethod = await send(port, { method: 'GET', path: '/auth/capture' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers['cache-control']).toBe('no-store');
    expect((await send(port, { method: 'POST', path: '/auth/code', body: 'x' })).status).toBe(405);
    expect((await postFragment(port, 'x', { 'Content-Type': 'application/json' })).status).toBe(415);
  });
});

describe('startLoopbackCapture: the page', () => {
  it('serves the redirect page in one response, its script and style allowed by their hash and nothing else', async () => {
    const { port } = await start();
    const page = await send(port, { path: '/auth/code' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    // Exactly one script and one style element, no external ones, no handler attributes.
    const scripts = [...page.body.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    const styles = [...page.body.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(page.body.match(/<script\b/g)).toHaveLength(1);
    expect(page.body).not.toMatch(/<link\b|\ssrc=|\son[a-z]+=/i);
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    expect(page.headers['content-security-policy']).toBe(
      `default-src 'none'; script-src ${hash(scripts[0]!)}; connect-src 'self'; style-src ${hash(styles[0]!)}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    expect(page.headers['content-security-policy']).not.toMatch(/unsafe|script-src 'self'|style-src 'self'/);
    expect(scripts[0]).toContain('location.hash.slice(1)');
    expect(scripts[0]).toContain("history.replaceState(null, '', location.pathname)");
    expect(scripts[0]).toContain("fetch('/auth/capture'");
    expect(page.body).toMatch(/id="capture-status"[^>]*data-outcome="pending"/);
    expect(page.body).toContain('You can close this tab and return to SCIM Setup Wizard.');
    expect(page.body).toContain('이 탭을 닫고 SCIM 설정 마법사로 돌아가도 됩니다.');
  });

  it('serves no separate script or stylesheet any more', async () => {
    const { port } = await start();
    for (const path of ['/auth/capture.js', '/auth/capture.css']) expect((await send(port, { path })).status).toBe(404);
  });
});

describe('startLoopbackCapture: addresses and the port', () => {
  it('listens on 127.0.0.1', async () => {
    const { port } = await start();
    expect((await send(port, { address: '127.0.0.1' })).status).toBe(200);
  });

  it('listens on ::1', async (ctx) => {
    if (!(await hasIpv6Loopback)) ctx.skip('this machine has no IPv6 loopback address');
    const { port } = await start();
    expect((await send(port, { address: '::1', headers: { Host: `[::1]:${port}` } })).status).toBe(200);
  });

  it('is not reachable on any non-loopback address of the machine', async (ctx) => {
    const { port } = await start();
    const addresses = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && !a.internal && !a.address.startsWith('fe80'))
      .map((a) => a!.address);
    if (addresses.length === 0) ctx.skip('this machine has no non-loopback address to probe');
    for (const address of addresses) expect(await connectError(port, address), address).toBe('ECONNREFUSED');
  });

  it('rejects PORT_IN_USE naming the program that holds the port', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['-e', `require('http').createServer().listen(${port}, '127.0.0.1', () => console.log('ready'))`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    await new Promise<void>((resolve, reject) => {
      child.stdout?.once('data', () => resolve());
      child.once('exit', () => reject(new Error('blocker exited')));
    });
    const error = await rejection(start({ port }));
    expect(error.code).toBe('PORT_IN_USE');
    expect(error.message).toContain(`Port ${port} is already in use by node (pid ${child.pid})`);
    expect(error.message).toContain(`fixed to http://localhost:${port}/auth/code`);
    expect(error.params).toEqual({ port, process: `node (pid ${child.pid})` });
  });

  it('rejects PORT_IN_USE when only ::1 is taken, and frees 127.0.0.1 again', async (ctx) => {
    if (!(await hasIpv6Loopback)) ctx.skip('this machine has no IPv6 loopback address');
    const port = await freePort();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '::1', resolve));
    try {
      const error = await rejection(start({ port }));
      expect(error.code).toBe('PORT_IN_USE');
      expect(await canListen(port, '127.0.0.1')).toBe(true);
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('times out with CAPTURE_TIMEOUT and frees the port', async () => {
    const { capture, port } = await start({ timeoutMs: 150 });
    const error = await rejection(capture.result);
    expect(error.code).toBe('CAPTURE_TIMEOUT');
    expect(error.message).toMatch(/^No sign-in arrived within 1 second/);
    await capture.closed;
    expect(await canListen(port, '127.0.0.1')).toBe(true);
  });

  it('cancels with CAPTURE_CANCELLED and frees the port, even with a keep-alive connection open', async () => {
    const { capture, port } = await start();
    const agent = new Agent({ keepAlive: true });
    expect((await send(port, { agent })).status).toBe(200);
    capture.cancel();
    expect((await rejection(capture.result)).code).toBe('CAPTURE_CANCELLED');
    await capture.closed;
    agent.destroy();
    const again = await start({ port });
    expect((await send(port)).status).toBe(200);
    again.capture.cancel();
  });

  it('closes promptly after a capture over a keep-alive connection', async () => {
    const { capture, port } = await start();
    const agent = new Agent({ keepAlive: true });
    await send(port, { agent });
    await postFragment(port, fragment({ access_token: TOKEN, state: STATE }), {}, agent);
    await capture.result;
    await capture.closed;
    agent.destroy();
    expect(await canListen(port, '127.0.0.1')).toBe(true);
  });
});

describe('startLoopbackCapture: bounded sockets', () => {
  const LIMITS = { maxConnections: 8, headersTimeoutMs: 600, requestTimeoutMs: 1_000, keepAliveTimeoutMs: 300, checkIntervalMs: 100 };

  it('keeps 100 trickling sockets under the cap, closes each within the timeouts, and still takes the real sign-in', async () => {
    const { capture, port } = await start({ limits: LIMITS });
    let most = 0;
    const sampler = setInterval(() => void capture.connectionCount().then((n) => (most = Math.max(most, n))), 5);
    const head = `POST /auth/capture HTTP/1.1\r\nHost: localhost:${port}\r\nContent-Type: text/plain\r\nContent-Length: 500\r\n\r\n`;
    const modes = [{ mode: 'silent' as const }, { mode: 'headers' as const }, { mode: 'body' as const, head, bodyBytes: 500 }];
    const clients = Array.from({ length: 100 }, (_, i) => openTricklingClient(port, modes[i % 3]!));
    try {
      await Promise.all(clients.map((client) => client.connected));
      // The browser, during the flood: the redirect page loads on a fresh socket.
      expect((await send(port)).status).toBe(200);
      const lifetimes = await Promise.all(clients.map((client) => client.closed));
      expect(Math.max(...lifetimes)).toBeLessThan(LIMITS.requestTimeoutMs + 2_500);
      expect(most).toBeGreaterThan(0);
      expect(most).toBeLessThanOrEqual(LIMITS.maxConnections);
      // None of it ended the sign-in, and the page's own POST still gets through.
      expect(await settledWithin(capture.result, 10)).toBe(false);
      const reply = await postFragment(port, fragment({ access_token: TOKEN, token_type: 'Bearer', state: STATE }));
      expect(reply.status).toBe(200);
      await expect(capture.result).resolves.toMatchObject({ accessToken: TOKEN });
    } finally {
      clearInterval(sampler);
      clients.forEach((client) => client.destroy());
    }
    await capture.closed;
    expect(logLines.some((line) => /connections: .*closed to make room \(limit 8 open\)/.test(line))).toBe(true);
  });

  it('closes a silent socket after the header timeout while the sign-in keeps waiting', async () => {
    const { capture, port } = await start({ limits: LIMITS });
    const silent = openTricklingClient(port, { mode: 'silent' });
    const lived = await silent.closed;
    expect(lived).toBeGreaterThanOrEqual(LIMITS.headersTimeoutMs - 50);
    expect(lived).toBeLessThan(LIMITS.headersTimeoutMs + 2_500);
    expect(await settledWithin(capture.result, 50)).toBe(false);
  });
});

describe('capture handler after the sign-in ended', () => {
  it('answers a late capture with 409 and changes nothing', async () => {
    const settled: unknown[] = [];
    const handler = createCaptureHandler({
      port: 0,
      expectedState: STATE,
      maxBodyBytes: 1024,
      log: { info: () => {}, warn: () => {} },
      isSettled: () => true,
      settle: (s) => settled.push(s),
    });
    const server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      // The handler was built for port 0, so speak as that authority.
      const reply = await postFragment(port, fragment({ access_token: TOKEN, state: STATE }), { Host: 'localhost:0', Origin: 'http://localhost:0' });
      expect(reply.status).toBe(409);
      expect(JSON.parse(reply.body)).toEqual({ outcome: 'rejected', reason: 'replayed' });
      expect(settled).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
