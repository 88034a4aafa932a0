import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freePort } from '../../support/free-port';

/** The tests' own port picker: a flaky pick fails a sign-in test far from its cause, so it has its own tests. */

function listen(host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen({ host, port, exclusive: true }, () => resolve(server));
  });
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

const hasIpv6Loopback = await listen('::1', 0).then(
  async (server) => (await close(server), true),
  () => false,
);

describe('freePort', () => {
  afterEach(() => vi.restoreAllMocks());

  it('picks below the ephemeral range, where no server started on port 0 can take it first', async () => {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    for (let i = 0; i < 20; i++) {
      const port = await freePort();
      expect(port >= low! && port <= high!, `port ${port} is inside ${low}-${high}`).toBe(false);
      expect(port).toBeGreaterThanOrEqual(20_000);
    }
  });

  it('hands out a port both loopback addresses can bind', async () => {
    const port = await freePort();
    const servers = [await listen('127.0.0.1', port)];
    if (hasIpv6Loopback) servers.push(await listen('::1', port));
    await Promise.all(servers.map(close));
  });

  it.skipIf(!hasIpv6Loopback)('passes over a port already taken on ::1 only', async () => {
    const takenPort = await freePort();
    const taken = await listen('::1', takenPort);
    // The first draw lands on the port taken on ::1, every later one elsewhere in the range.
    const drawOf = (port: number) => (port - 20_000 + 0.5) / (32_767 - 20_000 + 1);
    vi.spyOn(Math, 'random')
      .mockReturnValueOnce(drawOf(takenPort))
      .mockReturnValue(drawOf(takenPort === 30_000 ? 30_001 : 30_000));
    try {
      expect(await freePort()).not.toBe(takenPort);
      expect(Math.random).toHaveBeenCalledTimes(2);
    } finally {
      await close(taken);
    }
  });
});
