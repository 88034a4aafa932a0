import { randomBytes } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Envelope } from '../../shared/ipc/contract';
import { guardConnections, timeoutOptions, type ConnectionLimits } from '../services/http/connection-limits';
import { readJsonBody } from './json-body';
import { checkBearer, checkHost, checkJsonContentType, checkOrigin } from './request-guards';
import { refuse, sendJson, type Refusal } from './responses';
import { serveStatic } from './static-files';

/**
 * Browser mode's transport: the built renderer and the same handler table as
 * Electron IPC, over HTTP on 127.0.0.1 only.
 *
 * Protocol the renderer follows (renderer/src/api/transport.ts):
 *  1. The user opens the printed address `http://127.0.0.1:PORT/#token=TOKEN`.
 *     The token sits in the fragment, so the browser never sends it in a
 *     request line, a Referer or a server log.
 *  2. The page reads `#token=` from location.hash once, uses it for its first
 *     calls, and once its first screen is up keeps it in sessionStorage (this
 *     tab only) and clears the fragment from the address bar.
 *  3. Every call is `POST /api/<channel>` with `Content-Type: application/json`,
 *     `Authorization: Bearer <token>` and the request payload as the body.
 *  4. The answer is 200 with the Envelope `{ ok: true, data } | { ok: false, error }`
 *     for every call that reached dispatch (typed errors included). Refusals
 *     (401, 403, 404, 405, 413, 415, 400) carry `{ ok: false, error: { code, message } }`.
 *
 * Static files need no token (they hold no secrets) but still pass the Host
 * check; API calls also pass the Origin/Sec-Fetch-Site checks and the token.
 *
 * Sockets are bounded (electron/services/http/connection-limits.ts): a request
 * must arrive whole within seconds, idle keep-alive sockets close, and at most
 * BROWSER_HOST_LIMITS.maxConnections are open, the oldest idle one making room.
 * A call in progress is never cut by those limits: the token-capture long poll
 * (`signIn.await`) lasts until the capture's own timeout.
 */

export interface HttpHostLog {
  info(message: string): void;
  warn(message: string): void;
}

export interface HttpHostOptions {
  /** Runs one call through dispatch; the host never looks inside the payload. */
  call: (channel: string, payload: unknown) => Promise<Envelope<unknown>>;
  staticDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: '127.0.0.1';
  /** Default: 32 random bytes, base64url. */
  token?: string;
  /** Default 3 MiB: a 2,000,000-character schema JSON, escaped inside the request JSON, must fit. */
  maxBodyBytes?: number;
  /** Default BROWSER_HOST_LIMITS (tests shorten them). */
  limits?: Partial<ConnectionLimits>;
  log?: HttpHostLog;
}

export interface HttpHost {
  /** What the user opens: `http://127.0.0.1:PORT/#token=TOKEN`. */
  url: string;
  origin: string;
  port: number;
  token: string;
  /** Sockets open right now (diagnostics and tests). */
  connectionCount(): Promise<number>;
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 3 * 1024 * 1024;

/**
 * The page makes a handful of parallel calls and Chromium opens at most 6
 * sockets per host, so 64 leaves room for several tabs. A request, a 3 MiB
 * schema included, arrives on loopback in milliseconds: 30 s is generous for a
 * busy machine and short for a trickle.
 */
export const BROWSER_HOST_LIMITS: ConnectionLimits = {
  maxConnections: 64,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
};

/** Channel names as the contract spells them; anything else is not a path we serve. */
const CHANNEL_PATH = /^[A-Za-z][A-Za-z0-9.]{0,79}$/;
/** The renderer only picks up a token made of these characters. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,}$/;

const noLog: HttpHostLog = { info: () => undefined, warn: () => undefined };

export async function startHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  if (!TOKEN_SHAPE.test(token)) throw new Error('The browser-mode token must be at least 16 characters of A-Z, a-z, 0-9, "-" or "_".');
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes <= 0) throw new Error('maxBodyBytes must be a positive integer.');
  const log = options.log ?? noLog;
  const limits: ConnectionLimits = { ...BROWSER_HOST_LIMITS, ...options.limits };
  const host = options.host ?? '127.0.0.1';
  // The type already says so; this keeps a JavaScript caller or a cast from opening the host to the network.
  if (host !== '127.0.0.1') throw new Error('The browser-mode host listens on 127.0.0.1 only.');
  let staticRoot: string;
  try {
    staticRoot = await realpath(resolve(options.staticDir));
  } catch {
    throw new Error(`The renderer folder ${resolve(options.staticDir)} does not exist: build it first (npm run build:renderer).`);
  }

  let port = 0;
  const deny = (req: IncomingMessage, res: ServerResponse, refusal: Refusal) => refuse(req, res, refusal, log.warn, token);

  const handleApi = async (req: IncomingMessage, res: ServerResponse, rawPath: string) => {
    const early = checkOrigin(req.headers, port) ?? (req.method === 'POST' ? null : methodNotAllowed('POST')) ?? checkBearer(req.headers, token);
    if (early) return deny(req, res, early);
    const channel = rawPath.slice('/api/'.length);
    if (!CHANNEL_PATH.test(channel)) return deny(req, res, { status: 404, code: 'NOT_FOUND', message: 'Not found.', reason: 'not a channel path' });
    const contentType = checkJsonContentType(req.headers);
    if (contentType) return deny(req, res, contentType);
    const receivedAt = performance.now();
    const body = await readJsonBody(req, maxBodyBytes);
    if (!body.ok) return deny(req, res, body.refusal);
    const calledAt = performance.now();
    let envelope: Envelope<unknown>;
    // An authorised call is running: its socket is not the one to close when room is needed.
    const release = guard.busy(req.socket);
    res.once('close', release);
    try {
      envelope = await options.call(channel, body.value);
    } catch (error) {
      // `call` is meant to return typed errors itself; a throw here is a bug, so its text (maybe a secret) stays out.
      log.warn(`call to ${channel} threw ${error instanceof Error ? error.name : 'a non-error'}`);
      return sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Unexpected error in the app.' } });
    }
    // Where a call's time went, for the bench and the browser's network panel (durations only, no content).
    sendJson(res, 200, envelope, { 'Server-Timing': serverTiming({ read: calledAt - receivedAt, call: performance.now() - calledAt }) });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const rawPath = (req.url ?? '').split('?', 1)[0] ?? '';
    const hostRefusal = checkHost(req.headers, port);
    if (hostRefusal) return deny(req, res, hostRefusal);
    if (rawPath.startsWith('/api/')) return handleApi(req, res, rawPath);
    if (req.method !== 'GET' && req.method !== 'HEAD') return deny(req, res, methodNotAllowed('GET, HEAD'));
    const refusal = await serveStatic(req, res, staticRoot, rawPath);
    if (refusal) deny(req, res, refusal);
  };

  const server = createServer(timeoutOptions(limits), (req, res) => {
    handle(req, res).catch((error: unknown) => {
      log.warn(`request handling failed: ${error instanceof Error ? error.name : 'non-error thrown'}`);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Unexpected error in the app.' } });
      else res.destroy();
    });
  });
  // A token capture keeps its call open for minutes with no bytes flowing: no idle-socket timeout; the
  // header and request timeouts only bound receiving the request (Node stops them once the body is in).
  server.timeout = 0;
  const guard = guardConnections(server, limits, (line) => log.warn(line));

  await new Promise<void>((resolveListen, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        reject(new AppError('PORT_IN_USE', `Port ${options.port ?? 0} on ${host} is already in use.`, { port: options.port ?? 0 }));
      else reject(error);
    };
    server.once('error', onError);
    server.listen({ port: options.port ?? 0, host, exclusive: true }, () => {
      server.off('error', onError);
      // Set before any request can be handled: the Host and Origin checks compare against it.
      port = (server.address() as AddressInfo).port;
      resolveListen();
    });
  });
  server.on('error', (error: NodeJS.ErrnoException) => log.warn(`server error: ${error.code ?? error.name}`));

  const origin = `http://${host}:${port}`;
  log.info(`browser-mode host listening on ${origin}`);

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= new Promise<void>((done) => {
      guard.flush();
      server.close(() => done());
      // Keep-alive sockets and long calls would otherwise hold the server open.
      server.closeAllConnections();
    });
    return closing;
  };

  return { url: `${origin}/#token=${token}`, origin, port, token, connectionCount: guard.count, close };
}

function serverTiming(durations: Record<string, number>): string {
  return Object.entries(durations)
    .map(([name, ms]) => `${name};dur=${ms.toFixed(1)}`)
    .join(', ');
}

function methodNotAllowed(allow: string): Refusal {
  return { status: 405, code: 'INVALID_REQUEST', message: 'Method not allowed.', reason: 'method not allowed', headers: { Allow: allow } };
}
