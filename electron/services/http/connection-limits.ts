import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Bounds for the app's two local HTTP servers (browser mode and the loopback
 * token listener), so that sockets which never finish a request cannot pile up:
 *
 *  - headers must arrive within `headersTimeoutMs` and the whole request (body
 *    included) within `requestTimeoutMs` of the first byte; a silent socket or a
 *    slow trickle is answered 408 and closed. Node stops both clocks once the
 *    request is in, so an answer that takes long (the token-capture long poll)
 *    is never cut: each such call bounds itself (capture-session.ts times out).
 *  - an idle keep-alive socket is closed after `keepAliveTimeoutMs`.
 *  - at most `maxConnections` sockets are open. When one more arrives, the
 *    oldest socket that is not running a call is closed to make room, so a flood
 *    of idle sockets cannot lock the page out; beyond the limit Node itself drops
 *    the newcomer (all sockets busy).
 *
 * Refusals are logged in summary lines, without a byte of what was sent.
 */
export interface ConnectionLimits {
  maxConnections: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** How often Node checks the header and request clocks (its default of 30 s would let a trickle overrun by that much). */
  checkIntervalMs: number;
}

export type LimitsLog = (line: string) => void;

export interface ConnectionGuard {
  /** Marks a socket as running a call (never closed to make room) until the returned release is called. */
  busy(socket: Socket): () => void;
  /** Sockets open right now, as Node counts them. */
  count(): Promise<number>;
  /** Writes the pending summary line, if any (on shutdown). */
  flush(): void;
}

/** The createServer options that carry the timeouts. */
export function timeoutOptions(limits: ConnectionLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: limits.checkIntervalMs,
  };
}

const TIMED_OUT = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n';
const BAD_REQUEST = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n';

type Reason = 'made-room' | 'dropped' | 'timed-out' | 'malformed';

const WORDS: Record<Reason, (n: number, limits: ConnectionLimits) => string> = {
  'made-room': (n, limits) => `${n} idle closed to make room (limit ${limits.maxConnections} open)`,
  dropped: (n, limits) => `${n} refused at once (all ${limits.maxConnections} busy)`,
  'timed-out': (n) => `${n} closed for not sending a whole request in time (408)`,
  malformed: (n) => `${n} closed for a malformed request (400)`,
};

/** Applies the connection limit and logs refusals for `server` (create it with timeoutOptions(limits)). */
export function guardConnections(server: Server, limits: ConnectionLimits, log: LimitsLog, summaryEveryMs = 2_000): ConnectionGuard {
  server.maxConnections = limits.maxConnections;
  // Insertion order is age: the first idle one found is the oldest.
  const open = new Set<Socket>();
  const busy = new Map<Socket, number>();

  const counts = new Map<Reason, number>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (counts.size === 0) return;
    log(`connections: ${[...counts].map(([reason, n]) => WORDS[reason](n, limits)).join('; ')}`);
    counts.clear();
  };
  const note = (reason: Reason) => {
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
    timer ??= setTimeout(flush, summaryEveryMs).unref();
  };

  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => {
      open.delete(socket);
      busy.delete(socket);
    });
    if (open.size < limits.maxConnections) return;
    // Full now: free one place for the next newcomer (it may be the page), never a socket running a call.
    for (const candidate of open) {
      if (candidate !== socket && !busy.has(candidate)) {
        candidate.destroy();
        note('made-room');
        return;
      }
    }
  });
  server.on('drop', () => note('dropped'));
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const timedOut = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    note(timedOut ? 'timed-out' : 'malformed');
    // As Node does without a listener: a short answer if nothing was sent yet, then close.
    if (socket.writable && socket.bytesWritten === 0) socket.write(timedOut ? TIMED_OUT : BAD_REQUEST);
    socket.destroy();
  });

  return {
    busy(socket) {
      busy.set(socket, (busy.get(socket) ?? 0) + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (busy.get(socket) ?? 1) - 1;
        if (left > 0) busy.set(socket, left);
        else busy.delete(socket);
      };
    },
    count: () => new Promise((resolve, reject) => server.getConnections((error, n) => (error ? reject(error) : resolve(n)))),
    flush,
  };
}
