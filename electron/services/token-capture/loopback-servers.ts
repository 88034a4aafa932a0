import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { AppError } from '../../../shared/errors';
import { loopbackRedirectUri } from '../../../shared/endpoints/webex-endpoints';
import type { CaptureLog } from './capture-handler';
import { findPortOwner } from './port-owner';

/**
 * One HTTP server per loopback address on the same port: 127.0.0.1 and ::1,
 * because "localhost" in the redirect URI may resolve to either. Never the
 * wildcard addresses, so nothing on the network can reach the listener.
 */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

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

export async function portInUseError(port: number): Promise<AppError> {
  const owner = await findPortOwner(port);
  const who = owner ?? 'another program';
  return new AppError(
    'PORT_IN_USE',
    `Port ${port} is already in use by ${who}. Close that program and try again; the redirect URI registered for this sign-in is fixed to ${loopbackRedirectUri(port)}.`,
    // `variant` picks the translation that does not name a program when the OS did not say which.
    owner ? { port, process: owner } : { port, variant: 'unknown-owner' },
  );
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    // Keep-alive sockets (the browser's) would hold the port open otherwise.
    server.closeAllConnections();
  });
}

function newServer(handler: Handler): Server {
  const server = createServer({ requestTimeout: 15_000, headersTimeout: 10_000, keepAliveTimeout: 2_000 }, handler);
  server.on('clientError', (_error, socket) => socket.destroy());
  return server;
}

async function failListen(error: unknown, port: number, started: Server[]): Promise<never> {
  await Promise.all(started.map(closeServer));
  if (errorCode(error) === 'EADDRINUSE') throw await portInUseError(port);
  throw new AppError('CAPTURE_FAILED', `Could not listen on port ${port} for the sign-in redirect (${errorCode(error) || 'unknown error'}).`, {
    variant: 'listen',
    port,
    code: errorCode(error) || 'unknown',
  });
}

/** Resolves with the listening servers (one or two); rejects PORT_IN_USE when either address is taken. */
export async function listenOnLoopback(port: number, handler: Handler, log: CaptureLog): Promise<Server[]> {
  const v4 = newServer(handler);
  try {
    await listen(v4, '127.0.0.1', port);
  } catch (error) {
    return failListen(error, port, []);
  }
  const v6 = newServer(handler);
  try {
    await listen(v6, '::1', port);
  } catch (error) {
    if (NO_IPV6.has(errorCode(error))) {
      log.warn(`IPv6 loopback (::1) is not available (${errorCode(error)}); listening on 127.0.0.1:${port} only`);
      return [v4];
    }
    return failListen(error, port, [v4]);
  }
  return [v4, v6];
}
