import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { closeServer, listenOnLoopback } from '../../../electron/services/token-capture/loopback-servers';
import { startLoopbackCapture, type LoopbackCapture } from '../../../electron/services/token-capture/loopback-listener';
import { freePort } from '../../support/free-port';
import { canBind, connectOutcome, hasIpv6Loopback, isReply, nonLoopbackAddresses, openIdleSockets, request } from '../../support/hostile-client';
import { openTricklingClient } from '../../support/hostile-http';
import { rejection } from '../../support/rejection';

/**
 * Issue 10, 2.3, for the loopback token listener: hundreds of idle sockets on
 * both loopback addresses with the shipped limits, never bound beyond loopback,
 * and the port freed on both addresses however the sign-in ends. Behaviour, not
 * timing: waits are generous and nothing asserts how fast.
 */

const STATE = 'sockets-state-dGhpcy1pcy1hLXRlc3Qtc3RhdGU';
const TOKEN = 'SOCKETS-TOKEN-SECRET-OGQ5ZTk2YmItZDJmYi00_PF84';
const quiet = { info: () => undefined, warn: () => undefined };
const ipv6 = hasIpv6Loopback();

async function addresses(): Promise<string[]> {
  return (await ipv6) ? ['127.0.0.1', '::1'] : ['127.0.0.1'];
}

function postGood(port: number, address = '127.0.0.1') {
  const authority = address === '::1' ? `[::1]:${port}` : `localhost:${port}`;
  return request(port, {
    address,
    method: 'POST',
    path: '/auth/capture',
    headers: { Host: authority, Origin: `http://${authority}`, 'Content-Type': 'text/plain' },
    body: new URLSearchParams({ access_token: TOKEN, state: STATE }).toString(),
  });
}

async function expectPortFree(port: number): Promise<void> {
  for (const address of await addresses()) expect(await canBind(port, address), `${address}:${port} free`).toBe(true);
}

describe('hundreds of idle sockets (shipped limits)', () => {
  it('takes the real sign-in while 300 idle sockets sit on both addresses, and closes them all when it ends', { timeout: 90_000 }, async () => {
    const port = await freePort();
    const capture = await startLoopbackCapture({ port, expectedState: STATE, timeoutMs: 60_000, log: quiet });
    const where = await addresses();
    const keepAlive = (address: string) => `GET /auth/code HTTP/1.1\r\nHost: ${address === '::1' ? `[::1]:${port}` : `localhost:${port}`}\r\n\r\n`;
    const groups = where.flatMap((address) => [
      openIdleSockets(port, 150 / where.length, { address }),
      openIdleSockets(port, 150 / where.length, { address, request: keepAlive(address) }),
    ]);
    try {
      await Promise.all(groups.map((group) => group.connected));
      // The browser, during the flood: the redirect page loads and the fragment is posted, each on a fresh socket.
      const page = await request(port, { path: '/auth/code', headers: { Host: `localhost:${port}` } });
      expect(isReply(page) && page.status).toBe(200);
      const posted = await postGood(port, where[where.length - 1]);
      expect(isReply(posted) && posted.status).toBe(200);
      await expect(capture.result).resolves.toMatchObject({ accessToken: TOKEN });
      // The capture ended, so the listener closes everything and frees the port; no idle socket outlives it.
      await capture.closed;
      await Promise.all(groups.map((group) => group.closed));
      await expectPortFree(port);
    } finally {
      groups.forEach((group) => group.destroy());
    }
  });

  it('closes idle sockets by its own timeouts while the sign-in keeps waiting', { timeout: 90_000 }, async () => {
    const port = await freePort();
    const capture = await startLoopbackCapture({ port, expectedState: STATE, timeoutMs: 60_000, log: quiet });
    const where = await addresses();
    const groups = where.map((address) => openIdleSockets(port, 300 / where.length, { address }));
    try {
      await Promise.all(groups.map((group) => group.connected));
      // Header timeout (10 s) and eviction to make room close them all, while the capture is still open.
      await Promise.all(groups.map((group) => group.closed));
      await vi.waitFor(() => expect(capture.connectionCount()).resolves.toBe(0), { timeout: 15_000 });
      const posted = await postGood(port);
      expect(isReply(posted) && posted.status).toBe(200);
      await expect(capture.result).resolves.toMatchObject({ accessToken: TOKEN });
    } finally {
      groups.forEach((group) => group.destroy());
      capture.cancel();
      await capture.closed;
    }
  });
});

describe('never bound beyond loopback', () => {
  it('listens on exactly 127.0.0.1 and ::1 (where it exists), never a wildcard', async () => {
    const port = await freePort();
    const servers = await listenOnLoopback(port, (_req, res) => res.end(), quiet);
    try {
      const bound = servers.map(({ server }) => (server.address() as AddressInfo).address).sort();
      expect(bound).toEqual((await addresses()).sort());
      for (const { server } of servers) expect((server.address() as AddressInfo).port).toBe(port);
    } finally {
      await Promise.all(servers.map(closeServer));
    }
  });

  it('is refused on every non-loopback address of the machine, IPv4 and IPv6', async (ctx) => {
    const port = await freePort();
    const capture = await startLoopbackCapture({ port, expectedState: STATE, timeoutMs: 20_000, log: quiet });
    try {
      const others = nonLoopbackAddresses();
      if (others.length === 0) ctx.skip('this machine has no non-loopback address to probe');
      for (const address of others) expect(await connectOutcome(port, address), address).toBe('ECONNREFUSED');
      // Positive control: the same probe reaches the loopback address.
      expect(await connectOutcome(port, '127.0.0.1')).toBe('connected');
    } finally {
      capture.cancel();
      await capture.closed;
    }
  });
});

describe('the port is always freed, on both addresses', () => {
  const endings: Array<[string, (capture: LoopbackCapture, port: number) => Promise<void>]> = [
    [
      'a capture',
      async (capture, port) => {
        await postGood(port);
        await capture.result;
      },
    ],
    [
      'a provider error',
      async (capture, port) => {
        await request(port, { path: `/auth/code?error=access_denied&state=${STATE}`, headers: { Host: `localhost:${port}` } });
        await rejection(capture.result);
      },
    ],
    ['a cancel', async (capture) => capture.cancel()],
    ['a timeout', async (capture) => void (await rejection(capture.result))],
  ];

  it.each(endings)('after %s with idle, trickling and keep-alive sockets still open', async (name, end) => {
    const port = await freePort();
    const capture = await startLoopbackCapture({ port, expectedState: STATE, timeoutMs: name === 'a timeout' ? 1_500 : 20_000, log: quiet });
    const where = await addresses();
    const idle = where.map((address) => openIdleSockets(port, 10, { address }));
    const keptAlive = openIdleSockets(port, 5, { request: `GET /auth/code HTTP/1.1\r\nHost: localhost:${port}\r\n\r\n` });
    const trickle = openTricklingClient(port, { mode: 'headers', intervalMs: 50 });
    await Promise.all([...idle.map((group) => group.connected), keptAlive.connected, trickle.connected]);
    expect(await canBind(port, '127.0.0.1')).toBe(false);

    await end(capture, port);
    await capture.closed;
    await Promise.all([...idle.map((group) => group.closed), keptAlive.closed, trickle.closed]);
    await expectPortFree(port);
    // And the next sign-in listens on the same port.
    const next = await startLoopbackCapture({ port, expectedState: STATE, timeoutMs: 20_000, log: quiet });
    next.cancel();
    await next.closed;
    await expectPortFree(port);
  });
});
