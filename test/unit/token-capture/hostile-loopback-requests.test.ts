import type { OutgoingHttpHeaders } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { PRODUCTION_WEBEX_ENDPOINTS, type WebexEndpoints } from '../../../shared/endpoints/webex-endpoints';
import { createTokenCaptureSessions } from '../../../electron/services/token-capture/capture-session';
import { startLoopbackCapture, type LoopbackCapture } from '../../../electron/services/token-capture/loopback-listener';
import { freePort } from '../../support/free-port';
import { hasIpv6Loopback, isReply, prototypeKeys, pushLargeBody, rawRequest, request, type HostileReply, type Outcome } from '../../support/hostile-client';
import { rejection } from '../../support/rejection';

/**
 * Issue 10, 2.3: hostile local clients against the loopback token listener, on
 * 127.0.0.1 and on ::1. What loopback-listener.test.ts already covers (one
 * wrong state, a two-post race, a 16 KiB limit, a few foreign Hosts and Origins)
 * is not repeated. A refused request must leave the sign-in waiting, so the
 * admin's real redirect still gets through afterwards.
 */

const STATE = 'hostile-state-c2VjcmV0LXN0YXRlLXZhbHVlLTQ4';
const TOKEN = 'HOSTILE-TOKEN-SECRET-NzYxZjk4YzMtZTFhNi00ZmQx_PF84';
const TEN_MB = 10 * 1024 * 1024;

const ipv6 = hasIpv6Loopback();
const captures: LoopbackCapture[] = [];
const logLines: string[] = [];

afterEach(async () => {
  for (const capture of captures.splice(0)) {
    capture.cancel();
    await capture.closed;
  }
  for (const line of logLines.splice(0)) {
    expect(line).not.toContain(TOKEN);
    expect(line).not.toContain(STATE);
  }
});

async function start(timeoutMs = 20_000): Promise<{ capture: LoopbackCapture; port: number }> {
  const port = await freePort();
  const capture = await startLoopbackCapture({
    port,
    expectedState: STATE,
    timeoutMs,
    log: { info: (m) => logLines.push(m), warn: (m) => logLines.push(m) },
  });
  captures.push(capture);
  return { capture, port };
}

/** The authority a browser uses for each loopback address. */
const authority = (address: string, port: number) => (address === '::1' ? `[::1]:${port}` : `localhost:${port}`);

function post(port: number, body: string, options: { address?: string; headers?: OutgoingHttpHeaders } = {}): Promise<Outcome> {
  const address = options.address ?? '127.0.0.1';
  return request(port, {
    address,
    method: 'POST',
    path: '/auth/capture',
    headers: { Host: authority(address, port), Origin: `http://${authority(address, port)}`, 'Content-Type': 'text/plain;charset=UTF-8', ...options.headers },
    body,
  });
}

function status(outcome: Outcome): number | string {
  return isReply(outcome) ? outcome.status : outcome.error;
}

function reply(outcome: Outcome): HostileReply {
  if (!isReply(outcome)) throw new Error(`expected an HTTP answer, the connection ended with ${outcome.error}`);
  return outcome;
}

async function stillWaiting(capture: LoopbackCapture): Promise<boolean> {
  let settled = false;
  capture.result.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  return !settled;
}

const fragment = (params: Record<string, string>) => new URLSearchParams(params).toString();
const good = fragment({ access_token: TOKEN, token_type: 'Bearer', state: STATE });

for (const address of ['127.0.0.1', '::1']) {
  describe(`the loopback listener on ${address}`, () => {
    const skipWithoutIpv6 = async (ctx: { skip: (note?: string) => void }) => {
      if (address === '::1' && !(await ipv6)) ctx.skip('this machine has no IPv6 loopback address');
    };

    it('positive control: the real redirect on this address is captured', async (ctx) => {
      await skipWithoutIpv6(ctx);
      const { capture, port } = await start();
      expect(status(await post(port, good, { address }))).toBe(200);
      await expect(capture.result).resolves.toMatchObject({ accessToken: TOKEN });
    });

    it('refuses foreign Host and Origin values with 403 and keeps waiting', async (ctx) => {
      await skipWithoutIpv6(ctx);
      const { capture, port } = await start();
      const hostile: OutgoingHttpHeaders[] = [
        { Host: `evil.example:${port}` },
        { Host: `localhost:${port}.evil.example` },
        { Host: `127.0.0.2:${port}` },
        { Host: `[::2]:${port}` },
        { Host: `localhost` },
        { Origin: 'http://evil.example' },
        { Origin: `http://${authority(address, port)}.evil.example` },
        { Origin: `http://localhost:${port + 1}` },
        { Origin: 'null' },
        { Origin: 'file://' },
      ];
      for (const headers of hostile) expect(status(await post(port, good, { address, headers })), JSON.stringify(headers)).toBe(403);
      expect(await stillWaiting(capture)).toBe(true);
      expect(status(await post(port, good, { address }))).toBe(200);
    });

    it('refuses a cross-site or same-site POST by its fetch metadata, even without an Origin', async (ctx) => {
      await skipWithoutIpv6(ctx);
      const { capture, port } = await start();
      for (const metadata of [
        { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'no-cors' },
        { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'cors' },
        { 'Sec-Fetch-Site': 'same-site', 'Sec-Fetch-Mode': 'cors' },
        { 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate' },
      ]) {
        const refused = await request(port, {
          address,
          method: 'POST',
          path: '/auth/capture',
          headers: { Host: authority(address, port), 'Content-Type': 'text/plain', ...metadata },
          body: good,
        });
        expect(status(refused), JSON.stringify(metadata)).toBe(403);
      }
      expect(await stillWaiting(capture)).toBe(true);
      // What the page's script sends: a same-origin fetch.
      expect(status(await post(port, good, { address, headers: { 'Sec-Fetch-Site': 'same-origin', 'Sec-Fetch-Mode': 'cors' } }))).toBe(200);
    });

    it('still takes the provider redirect, which is a cross-site navigation', async (ctx) => {
      await skipWithoutIpv6(ctx);
      const { capture, port } = await start();
      const page = reply(
        await request(port, {
          address,
          path: `/auth/code?${fragment({ error: 'access_denied', state: STATE })}`,
          headers: { Host: authority(address, port), 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate' },
        }),
      );
      expect(page.status).toBe(200);
      expect((await rejection(capture.result)).code).toBe('CAPTURE_FAILED');
    });
  });
}

describe('guessed and replayed state', () => {
  it('refuses 300 guesses, near misses included, and still takes the real state afterwards', async () => {
    const { capture, port } = await start();
    const nearMisses = [
      STATE.slice(0, -1),
      `${STATE}x`,
      STATE.toUpperCase(),
      ` ${STATE}`,
      `${STATE}\u0000`,
      encodeURIComponent(STATE).replace(/-/g, '%2D'),
      STATE.replace(/a/, '\u0430'),
      `${STATE.slice(0, 20)}`,
      'undefined',
      'null',
      '__proto__',
    ];
    const random = Array.from({ length: 300 - nearMisses.length }, (_, i) => `guess-${i}-${(i * 2654435761) % 4294967296}`);
    const guesses = [...nearMisses, ...random];
    for (let i = 0; i < guesses.length; i += 25) {
      const batch = await Promise.all(guesses.slice(i, i + 25).map((state) => post(port, `access_token=${TOKEN}&state=${encodeURIComponent(state)}`)));
      for (const outcome of batch) expect(status(outcome)).toBe(400);
    }
    // The state in the query instead of the body does not count either.
    expect(
      status(
        await request(port, {
          method: 'POST',
          path: `/auth/capture?state=${STATE}`,
          headers: { Host: `localhost:${port}`, 'Content-Type': 'text/plain' },
          body: `access_token=${TOKEN}`,
        }),
      ),
    ).toBe(400);
    expect(await stillWaiting(capture)).toBe(true);
    expect(status(await post(port, good))).toBe(200);
    await expect(capture.result).resolves.toMatchObject({ accessToken: TOKEN });
  });

  it("refuses an earlier sign-in's state replayed against the next one", async () => {
    const port = await freePort();
    const sessions = createTokenCaptureSessions({ log: { info: () => undefined, warn: () => undefined }, timeoutMs: 20_000 });
    const endpoints: WebexEndpoints = { ...PRODUCTION_WEBEX_ENDPOINTS.commercial, loopbackPort: port };
    const stateOf = (authorizeUrl: string) => new URL(authorizeUrl).searchParams.get('state') ?? '';

    const first = await sessions.start({ endpoints });
    const firstWait = sessions.wait(first.captureId);
    expect(status(await post(port, fragment({ access_token: 'FIRST-TOKEN', state: stateOf(first.authorizeUrl) })))).toBe(200);
    await expect(firstWait).resolves.toMatchObject({ accessToken: 'FIRST-TOKEN' });

    const second = await sessions.start({ endpoints });
    const secondWait = sessions.wait(second.captureId);
    expect(stateOf(second.authorizeUrl)).not.toBe(stateOf(first.authorizeUrl));
    // The first redirect, replayed word for word (a page kept it, or a history entry).
    expect(status(await post(port, fragment({ access_token: 'FIRST-TOKEN', state: stateOf(first.authorizeUrl) })))).toBe(400);
    expect(status(await post(port, fragment({ access_token: 'SECOND-TOKEN', state: stateOf(second.authorizeUrl) })))).toBe(200);
    await expect(secondWait).resolves.toMatchObject({ accessToken: 'SECOND-TOKEN' });
  });
});

describe('racing captures', () => {
  it('takes exactly one of many redirects posted at once, on both addresses, and hands over that one', async () => {
    const both = (await ipv6) ? ['127.0.0.1', '::1'] : ['127.0.0.1'];
    for (let round = 0; round < 5; round += 1) {
      const { capture, port } = await start();
      const tokens = Array.from({ length: 12 }, (_, i) => `RACE-${round}-${i}-TOKEN`);
      const outcomes = await Promise.all(
        tokens.map((token, i) => post(port, fragment({ access_token: token, state: STATE }), { address: both[i % both.length] })),
      );
      const statuses = outcomes.map(status);
      expect(
        statuses.filter((s) => s === 200),
        statuses.join(','),
      ).toHaveLength(1);
      for (const s of statuses.filter((s) => s !== 200)) expect([409, 'ECONNREFUSED', 'ECONNRESET']).toContain(s);
      const winner = tokens[statuses.indexOf(200)];
      await expect(capture.result).resolves.toMatchObject({ accessToken: winner });
      await capture.closed;
    }
  });

  it('settles once when a provider error and a token race each other', async () => {
    const { capture, port } = await start();
    const [error, token] = await Promise.all([post(port, fragment({ error: 'access_denied', state: STATE })), post(port, good)]);
    const won = [error, token].filter((outcome) => status(outcome) === 200);
    expect(won).toHaveLength(1);
    if (won[0] === token) await expect(capture.result).resolves.toMatchObject({ accessToken: TOKEN });
    else expect((await rejection(capture.result)).code).toBe('CAPTURE_FAILED');
  });
});

describe('10 MB bodies', () => {
  const head = (port: number, extra: string) => `POST /auth/capture HTTP/1.1\r\nHost: localhost:${port}\r\nOrigin: http://localhost:${port}\r\n${extra}\r\n`;

  it('refuses a declared 10 MB fragment with 413 from its headers alone', async () => {
    const { capture, port } = await start();
    const refused = reply(await rawRequest(port, head(port, `Content-Type: text/plain\r\nContent-Length: ${TEN_MB}\r\n`)));
    expect(refused.status).toBe(413);
    expect(await stillWaiting(capture)).toBe(true);
    expect(status(await post(port, good))).toBe(200);
  });

  it.each([
    ['chunked, right content type', 'Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n', true],
    ['wrong content type', `Content-Type: application/octet-stream\r\nContent-Length: ${TEN_MB}\r\n`, false],
    ['foreign Host', `Content-Type: text/plain\r\nContent-Length: ${TEN_MB}\r\nX-Note: foreign\r\n`, false],
  ] as const)('stops reading a 10 MB body sent %s well before its end', async (name, extra, chunked) => {
    const { capture, port } = await start();
    const requestHead = name === 'foreign Host' ? head(port, extra).replace(`Host: localhost:${port}`, `Host: evil.example:${port}`) : head(port, extra);
    const { outcome, bytesSent } = await pushLargeBody(port, requestHead, TEN_MB, { chunked });
    if (isReply(outcome)) expect([403, 413, 415]).toContain(outcome.status);
    else expect(['ECONNRESET', 'EPIPE', 'closed']).toContain(outcome.error);
    expect(bytesSent).toBeLessThan(TEN_MB);
    expect(await stillWaiting(capture)).toBe(true);
    expect(status(await post(port, good))).toBe(200);
  });
});

describe('prototype keys in the redirect', () => {
  it('ignores __proto__, constructor and prototype parameters and takes the token', async () => {
    const before = prototypeKeys();
    const { capture, port } = await start();
    const body = `__proto__=polluted&constructor=x&prototype=y&hasOwnProperty=z&access_token=${TOKEN}&state=${STATE}&__proto__%5Bpolluted%5D=1`;
    expect(status(await post(port, body))).toBe(200);
    await expect(capture.result).resolves.toEqual({ accessToken: TOKEN, tokenType: null, expiresIn: null, scope: null });
    expect(prototypeKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not take "__proto__" or "constructor" for the state or the token type', async () => {
    const { capture, port } = await start();
    expect(status(await post(port, `access_token=${TOKEN}&state=__proto__`))).toBe(400);
    expect(status(await post(port, `access_token=${TOKEN}&state=constructor`))).toBe(400);
    expect(status(await post(port, `access_token=${TOKEN}&token_type=constructor&state=${STATE}`))).toBe(200);
    // Whatever a provider puts there is plain text, not a lookup.
    await expect(capture.result).resolves.toMatchObject({ accessToken: TOKEN, tokenType: 'constructor' });
  });
});

describe('path traversal', () => {
  it.each([
    '/../../etc/passwd',
    '/auth/%2e%2e/%2e%2e/etc/passwd',
    '/auth/..%2f..%2fetc/passwd',
    '/auth/%252e%252e/etc/passwd',
    '/auth/..\\..\\etc\\passwd',
    '/auth/%c0%ae%c0%ae/etc/passwd',
    '/auth/capture.js%00.html',
    '/auth/capture.js/..%2f..%2fpackage.json',
  ])('serves nothing from disk for %s: the listener has fixed routes only', async (path) => {
    const { port } = await start();
    const outcome = reply(await rawRequest(port, `GET ${path} HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: close\r\n\r\n`));
    expect([400, 404]).toContain(outcome.status);
    expect(outcome.body).not.toMatch(/root:|"name"/);
  });
});
