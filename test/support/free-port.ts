import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * Ports handed out for a test's servers to bind later (the loopback redirect's port, fixed in the
 * provider's redirect URI before the app listens). Chosen below the OS's ephemeral range: a port the
 * kernel handed out with bind(0) and took back could be given again to the very next server a test
 * starts on port 0, or to an outgoing connection, before the app binds it (a CI run failed so: the
 * sign-in reported the port in use and no sign-in tab opened). No bind(0) ever lands down here.
 */
const PICK_FROM = 20_000;
const PICK_TO = 32_767;

/** Linux's ephemeral range; elsewhere the IANA one (macOS, Windows), which this range stays below. */
function ephemeralRange(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (Number.isInteger(low) && Number.isInteger(high)) return [low!, high!];
  } catch {
    // Not Linux.
  }
  return [49_152, 65_535];
}

/** Resolves true when nothing listens on host:port right now; an absent address family (no ::1) counts as free. */
function freeOn(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT'));
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** A loopback port nothing listens on right now, on 127.0.0.1 or ::1 (the redirect listener binds both). */
export async function freePort(): Promise<number> {
  const [ephemeralLow, ephemeralHigh] = ephemeralRange();
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = PICK_FROM + Math.floor(Math.random() * (PICK_TO - PICK_FROM + 1));
    if (port >= ephemeralLow && port <= ephemeralHigh) continue;
    if ((await freeOn('127.0.0.1', port)) && (await freeOn('::1', port))) return port;
  }
  throw new Error(`No free loopback port between ${PICK_FROM} and ${PICK_TO} outside the ephemeral range ${ephemeralLow}-${ephemeralHigh}.`);
}
