import { createServer as createHttpServer, request as httpRequest, type OutgoingHttpHeaders } from 'node:http';
import { connect, createServer as createNetServer, type Socket } from 'node:net';
import { networkInterfaces } from 'node:os';

/**
 * A hostile LOCAL client, for the hostile-* tests of the browser-mode host and
 * the loopback token listener: raw requests a browser would never send (any
 * Host, any path bytes, no Host at all), oversized bodies, hundreds of idle
 * sockets, and probes of which addresses a port answers on and whether it is free.
 * Every helper resolves with what happened (a status, or the socket error code);
 * none rejects, so a test states the outcome it expects.
 */

export interface HostileReply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A status reply, or the socket error code when the server refused or cut the connection. */
export type Outcome = HostileReply | { error: string };

export function isReply(outcome: Outcome): outcome is HostileReply {
  return 'status' in outcome;
}

/** One request through node:http (no agent, so one socket each), to `address` (default 127.0.0.1). */
export function request(
  port: number,
  options: { address?: string; method?: string; path?: string; headers?: OutgoingHttpHeaders; body?: string | Buffer } = {},
): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = httpRequest(
      { host: options.address ?? '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? 'unknown' }));
      },
    );
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? 'unknown' }));
    req.end(options.body);
  });
}

function parseRaw(bytes: Buffer): HostileReply | null {
  const text = bytes.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
  if (!match || end < 0) return null;
  const headers: Record<string, string> = {};
  for (const line of text.slice(0, end).split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(match[1]), headers, body: bytes.subarray(Buffer.byteLength(text.slice(0, end + 4), 'latin1')).toString('utf8') };
}

/**
 * Writes `head` exactly as given (request line and headers, a path in any bytes,
 * no Host, absolute-form...) and then `body`, and reads until the server closes.
 * The first response is returned; if none came, the error code, or 'closed'. Ask for
 * `Connection: close` in `head` (or speak HTTP/1.0), or the server keeps the socket open.
 */
export function rawRequest(port: number, head: string | Buffer, options: { address?: string; body?: Buffer } = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = connect({ host: options.address ?? '127.0.0.1', port });
    const chunks: Buffer[] = [];
    let error = 'closed';
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? 'unknown'));
    socket.once('close', () => resolve(parseRaw(Buffer.concat(chunks)) ?? { error }));
    socket.once('connect', () => {
      socket.write(head);
      if (options.body) socket.write(options.body);
      // No half-close: the server decides when this ends (Connection: close, HTTP/1.0, or giving up on us).
    });
  });
}

/**
 * Sends `head` and then `totalBytes` of body in 64 KiB chunks, honouring back-pressure,
 * and keeps writing after an answer: only the server closing the connection stops it.
 * Resolves with the answer (or the error code) and how many body bytes went out, so a
 * server that answers but then keeps swallowing the body shows as `bytesSent === totalBytes`.
 */
export function pushLargeBody(
  port: number,
  head: string,
  totalBytes: number,
  options: { address?: string; chunked?: boolean } = {},
): Promise<{ outcome: Outcome; bytesSent: number }> {
  return new Promise((resolve) => {
    const socket = connect({ host: options.address ?? '127.0.0.1', port });
    const chunks: Buffer[] = [];
    let error = 'closed';
    let sent = 0;
    const piece = Buffer.alloc(64 * 1024, 0x61);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? 'unknown'));
    socket.once('close', () => resolve({ outcome: parseRaw(Buffer.concat(chunks)) ?? { error }, bytesSent: sent }));
    const pump = () => {
      while (!socket.destroyed && sent < totalBytes) {
        const size = Math.min(piece.length, totalBytes - sent);
        const bytes = piece.subarray(0, size);
        sent += size;
        const more = options.chunked ? socket.write(`${size.toString(16)}\r\n`) && socket.write(bytes) && socket.write('\r\n') : socket.write(bytes);
        if (!more) return void socket.once('drain', pump);
      }
      if (socket.destroyed) return;
      if (options.chunked) socket.write('0\r\n\r\n');
      // All sent: a server that kept reading answers now; give it a moment, then hang up ourselves.
      setTimeout(() => socket.destroy(), 2_000).unref();
    };
    socket.once('connect', () => {
      socket.write(head);
      pump();
    });
  });
}

/** Sockets held open against a server; `closed` settles when every one is closed, by whichever side. */
export interface IdleSockets {
  /** How many connected (the server may drop some at once when full). */
  connected: Promise<number>;
  /** How many are still open right now. */
  openCount(): number;
  closed: Promise<void>;
  destroy(): void;
}

/**
 * Opens `count` sockets and leaves them idle: 'silent' sends nothing; 'after-request'
 * sends one complete keep-alive `request` first (its answer is read), then idles.
 */
export function openIdleSockets(port: number, count: number, options: { address?: string; request?: string } = {}): IdleSockets {
  const sockets: Socket[] = [];
  const connects: Array<Promise<boolean>> = [];
  const closes: Array<Promise<void>> = [];
  for (let i = 0; i < count; i += 1) {
    const socket = connect({ host: options.address ?? '127.0.0.1', port });
    sockets.push(socket);
    socket.on('error', () => undefined);
    socket.on('data', () => undefined);
    connects.push(
      new Promise((resolve) => {
        socket.once('connect', () => {
          if (options.request) socket.write(options.request);
          resolve(true);
        });
        socket.once('close', () => resolve(false));
      }),
    );
    closes.push(new Promise((resolve) => socket.once('close', () => resolve())));
  }
  return {
    connected: Promise.all(connects).then((all) => all.filter(Boolean).length),
    openCount: () => sockets.filter((socket) => !socket.destroyed && !socket.closed).length,
    closed: Promise.all(closes).then(() => undefined),
    destroy: () => sockets.forEach((socket) => socket.destroy()),
  };
}

/** 'connected', or the error code of a refused or failed connect (ECONNREFUSED...). */
export function connectOutcome(port: number, address: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port });
    socket.setTimeout(3_000, () => socket.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'unknown'));
  });
}

/** Whether a fresh server can listen on `port` at `address` now (it is free), exclusively. */
export function canBind(port: number, address: string): Promise<boolean> {
  const probe = createHttpServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: address, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** Whether this machine has an IPv6 loopback address to listen on. */
export function hasIpv6Loopback(): Promise<boolean> {
  const probe = createNetServer();
  return new Promise((resolve) => {
    probe.once('error', () => resolve(false));
    probe.listen(0, '::1', () => probe.close(() => resolve(true)));
  });
}

/** The machine's own addresses that are not loopback (link-local IPv6 left out: it needs a scope to dial). */
export function nonLoopbackAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((info) => info !== undefined && !info.internal && !info.address.toLowerCase().startsWith('fe80'))
    .map((info) => info!.address);
}

/** Object.prototype must stay exactly as it was: any extra key means something assigned through `__proto__`. */
export function prototypeKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}
