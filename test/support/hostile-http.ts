import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

/**
 * Servers that misbehave the way real networks do, for the connection test:
 * a web page where SCIM JSON was expected, silence, a redirect elsewhere, a
 * self-signed certificate, an error that echoes the Authorization header.
 * All listen on 127.0.0.1 with a random port and record what reached them.
 */

export interface HostileServer {
  /** Origin, e.g. http://127.0.0.1:PORT (https for the TLS one). */
  origin: string;
  requests: Array<{ method: string; url: string; authorization?: string }>;
  close(): Promise<void>;
}

type Respond = (req: IncomingMessage, res: ServerResponse) => void;

async function listen(server: Server, scheme: 'http' | 'https', respond: Respond): Promise<HostileServer> {
  const requests: HostileServer['requests'] = [];
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const authorization = req.headers.authorization;
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', ...(authorization === undefined ? {} : { authorization }) });
    respond(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `${scheme}://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Hanging requests would keep close() waiting forever.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Answers every request with the given status, headers and body. */
export function startCannedServer(answer: { status: number; statusMessage?: string; headers?: Record<string, string>; body?: string }): Promise<HostileServer> {
  return listen(createHttpServer(), 'http', (_req, res) => {
    if (answer.statusMessage !== undefined) res.statusMessage = answer.statusMessage;
    res.writeHead(answer.status, answer.headers ?? {});
    res.end(answer.body ?? '');
  });
}

/** 200 with a sign-in page, as a captive portal or a wrong URL gives. */
export function startHtmlServer(): Promise<HostileServer> {
  return startCannedServer({
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: '<!doctype html><html><head><title>Sign in</title></head><body><form><input name="password"></form></body></html>',
  });
}

/** Accepts the connection, reads the request, never answers. */
export function startHangingServer(): Promise<HostileServer> {
  return listen(createHttpServer(), 'http', () => undefined);
}

/** Sends 200 and the start of a JSON body, then stalls: only a timeout covering the body ends it. */
export function startStallingBodyServer(): Promise<HostileServer> {
  return listen(createHttpServer(), 'http', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/scim+json' });
    res.write('{"schemas":[');
  });
}

/** 302 to `location` (typically another host). */
export function startRedirectServer(location: string): Promise<HostileServer> {
  return startCannedServer({ status: 302, headers: { location, 'content-type': 'text/plain' }, body: `Found. Redirecting to ${location}` });
}

/** A SCIM error whose detail repeats the Authorization header it received, as careless servers do. */
export function startEchoingErrorServer(status: number): Promise<HostileServer> {
  return listen(createHttpServer(), 'http', (req, res) => {
    res.writeHead(status, { 'content-type': 'application/scim+json' });
    res.end(
      JSON.stringify({
        schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
        status: String(status),
        detail: `Rejected credentials: ${req.headers.authorization ?? '(none)'}`,
      }),
    );
  });
}

/** HTTPS with a freshly generated self-signed certificate for 127.0.0.1 (needs the openssl CLI). */
export function startSelfSignedTlsServer(): Promise<HostileServer> {
  const dir = mkdtempSync(join(tmpdir(), 'scim-tls-'));
  try {
    const key = join(dir, 'key.pem');
    const cert = join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    const server = createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) });
    return listen(server, 'https', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/scim+json' });
      res.end('{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":0,"Resources":[]}');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A hostile CLIENT, as a slowloris attack opens hundreds of them: it connects to
 * 127.0.0.1:port and then sends nothing ('silent'), or a request line and one more
 * header byte every `intervalMs` without ever ending the headers ('headers'), or
 * complete `head`ers announcing a body that follows one byte every `intervalMs`
 * ('body'). `closed` resolves (never rejects) with the milliseconds the socket
 * stayed open after connecting (0 if it never connected), whoever closed it.
 */
export interface TricklingClient {
  closed: Promise<number>;
  /** Resolves once connected, or with false when the server refused or dropped the connection at once. */
  connected: Promise<boolean>;
  destroy(): void;
}

export function openTricklingClient(
  port: number,
  options: { mode: 'silent' | 'headers' | 'body'; head?: string; bodyBytes?: number; intervalMs?: number },
): TricklingClient {
  let connectedAt: number | undefined;
  const socket = connect({ host: '127.0.0.1', port });
  const interval = options.intervalMs ?? 100;
  let timer: NodeJS.Timeout | undefined;
  socket.on('error', () => undefined);
  // Whatever the server answers is read and ignored.
  socket.on('data', () => undefined);
  const connected = new Promise<boolean>((resolve) => {
    socket.once('connect', () => {
      connectedAt = Date.now();
      resolve(true);
    });
    socket.once('close', () => resolve(false));
  });
  const closed = new Promise<number>((resolve) =>
    socket.once('close', () => {
      clearInterval(timer);
      resolve(connectedAt === undefined ? 0 : Date.now() - connectedAt);
    }),
  );
  socket.once('connect', () => {
    if (options.mode === 'silent') return;
    if (options.mode === 'headers') {
      socket.write(`POST /api/settings.get HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `);
      timer = setInterval(() => socket.writable && socket.write('a'), interval);
      return;
    }
    socket.write(options.head ?? `POST /api/settings.get HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: ${options.bodyBytes ?? 1000}\r\n\r\n`);
    let sent = 0;
    timer = setInterval(() => {
      if (!socket.writable || sent >= (options.bodyBytes ?? 1000)) return;
      socket.write('{');
      sent += 1;
    }, interval);
  });
  return { closed, connected, destroy: () => socket.destroy() };
}

/** A loopback port nothing listens on (bound, then released). */
export const closedPort = freePort;
