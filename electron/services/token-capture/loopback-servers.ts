import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { AppError } from '../../../shared/errors';
import { loopbackRedirectUri } from '../../../shared/endpoints/webex-endpoints';
import { guardConnections, timeoutOptions, type ConnectionGuard, type ConnectionLimits } from '../http/connection-limits';
import type { CaptureLog } from './capture-handler';
import { findPortOwner } from './port-owner';

/**
 * One HTTP server per loopback address on the same port: 127.0.0.1 and ::1,
 * because "localhost" in the redirect URI may resolve to either. Never the
 * wildcard addresses, so nothing on the network can reach the listener.
 */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The sign-in redirect is one page load and one small POST from the admin's
 * browser: a few sockets, each done in milliseconds. Anything else holding
 * sockets open is closed (electron/services/http/connection-limits.ts).
 */
export const LOOPBACK_LIMITS: ConnectionLimits = {
  maxConnections: 16,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 15_000,
  keepAliveTimeoutMs: 2_000,
  checkIntervalMs: 1_000,
};

/** A listening server and the guard that bounds its sockets. */
export interface LoopbackServer {
  server: Server;
  guard: ConnectionGuard;
}

// ::1 missing (IPv6 disabled or no loopback address): carry on with IPv4 only.
const NO_IPV6 = new Set(['EADDRNOTAVAIL', 'EAFNOSUPPORT', 'EPROTONOSUPPORT', 'EINVAL']);

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen({ host, port, exclusive: true }, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

async function portInUseError(port: number): Promise<AppError> {
  const owner = await findPortOwner(port);
  const who = owner ?? 'another program';
  return new AppError(
    'PORT_IN_USE',
    `Port ${port} is already in use by ${who}. Close that program and try again; the redirect URI registered for this sign-in is fixed to ${loopbackRedirectUri(port)}.`,
    // `variant` picks the translation that does not name a program when the OS did not say which.
    owner ? { port, process: owner } : { port, variant: 'unknown-owner' },
  );
}

export function closeServer({ server, guard }: LoopbackServer): Promise<void> {
  return new Promise((resolve) => {
    guard.flush();
    if (!server.listening) return resolve();
    server.close(() => resolve());
    // Keep-alive sockets (the browser's) would hold the port open otherwise.
    server.closeAllConnections();
  });
}

function newServer(handler: Handler, limits: ConnectionLimits, log: CaptureLog): LoopbackServer {
  const server = createServer(timeoutOptions(limits), handler);
  return { server, guard: guardConnections(server, limits, (line) => log.warn(line)) };
}

async function failListen(error: unknown, port: number, started: LoopbackServer[]): Promise<never> {
  await Promise.all(started.map(closeServer));
  if (errorCode(error) === 'EADDRINUSE') throw await portInUseError(port);
  throw new AppError('CAPTURE_FAILED', `Could not listen on port ${port} for the sign-in redirect (${errorCode(error) || 'unknown error'}).`, {
    variant: 'listen',
    port,
    code: errorCode(error) || 'unknown',
  });
}

/** Resolves with the listening servers (one or two); rejects PORT_IN_USE when either address is taken. */
export async function listenOnLoopback(port: number, handler: Handler, log: CaptureLog, limits: ConnectionLimits = LOOPBACK_LIMITS): Promise<LoopbackServer[]> {
  const v4 = newServer(handler, limits, log);
  try {
    await listen(v4.server, '127.0.0.1', port);
  } catch (error) {
    return failListen(error, port, []);
  }
  const v6 = newServer(handler, limits, log);
  try {
    await listen(v6.server, '::1', port);
  } catch (error) {
    if (NO_IPV6.has(errorCode(error))) {
      log.warn(`IPv6 loopback (::1) is not available (${errorCode(error)}); listening on 127.0.0.1:${port} only`);
      return [v4];
    }
    return failListen(error, port, [v4]);
  }
  return [v4, v6];
}
