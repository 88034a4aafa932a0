import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { guardConnections, timeoutOptions, type ConnectionLimits } from '../http/connection-limits';
import { COMMON_HEADERS } from '../token-capture/capture-page';
import { LOOPBACK_LIMITS, closeServer, type LoopbackServer } from '../token-capture/loopback-servers';
import { isAllowedHost, isAllowedOrigin } from '../token-capture/request-guards';
import { GraphSignInError, fromProviderError } from './graph-sign-in-errors';
import { renderRedirectPage, type RedirectPageKind } from './redirect-page';

/**
 * Waits for the one authorization-code redirect of one Microsoft sign-in, on
 * http://127.0.0.1:<free port><path> (RFC 8252 §7.3: the IP literal, a port the OS picks per
 * sign-in). Only a GET on that path with this sign-in's `state` ends it; anything else is
 * refused and the wait goes on. It then answers a small page and frees the port (`closed`).
 * Host, Origin and socket limits are the token capture's (token-capture/request-guards.ts,
 * loopback-servers.ts). Logs say method, path and outcome: never the code or the state.
 */
export interface AuthorizationCodeRedirect {
  code: string;
  state: string;
  /** Entra's client_info (base64 JSON of uid/utid), which msal-node uses for the account id. */
  clientInfo: string | null;
}

export interface RedirectListenerOptions {
  path: string;
  expectedState: string;
  timeoutMs: number;
  limits?: Partial<ConnectionLimits>;
  log?: (line: string) => void;
}

export interface RedirectListener {
  redirectUri: string;
  port: number;
  result: Promise<AuthorizationCodeRedirect>;
  cancel(): void;
  /** Resolves once the server has stopped and the port is free again. */
  closed: Promise<void>;
}

// Authorization codes go into a form body later: visible ASCII only, bounded.
const CODE = /^[\x21-\x7E]{1,4096}$/;
const CLIENT_INFO = /^[A-Za-z0-9_\-=.]{1,2048}$/;

/** Constant-time: hashing first makes both sides the same length. */
function sameState(received: string, expected: string): boolean {
  const a = createHash('sha256').update(received, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** One value, or null when missing, empty or repeated (RFC 6749 §3.1: a repeated parameter is ambiguous). */
function single(params: URLSearchParams, name: string): string | null {
  const values = params.getAll(name);
  return values.length === 1 && values[0] ? values[0] : null;
}

type Judged = { kind: 'wrong-state' } | { kind: 'code'; redirect: AuthorizationCodeRedirect } | { kind: 'failed'; error: GraphSignInError };

/** Pure: what one redirect's query says, for the state this sign-in expects. */
export function judgeCodeRedirect(params: URLSearchParams, expectedState: string): Judged {
  // The state first: without it nothing is trusted, not even an error (a forged request must not end the real sign-in).
  const state = single(params, 'state');
  if (state === null || !sameState(state, expectedState)) return { kind: 'wrong-state' };
  const error = params.get('error');
  if (error !== null) return { kind: 'failed', error: fromProviderError(error, params.get('error_description') ?? '') };
  const code = single(params, 'code');
  if (code === null || !CODE.test(code)) {
    return { kind: 'failed', error: new GraphSignInError('GRAPH_SIGN_IN_FAILED', 'The sign-in redirect carried no usable code.', { variant: 'no-code' }) };
  }
  const clientInfo = single(params, 'client_info');
  return { kind: 'code', redirect: { code, state, clientInfo: clientInfo && CLIENT_INFO.test(clientInfo) ? clientInfo : null } };
}

function listen(server: ReturnType<typeof createServer>): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Port 0: the OS picks a free port; only the IPv4 loopback literal, never a wildcard address.
    server.listen({ host: '127.0.0.1', port: 0, exclusive: true }, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startRedirectListener(options: RedirectListenerOptions): Promise<RedirectListener> {
  const { path, expectedState, timeoutMs } = options;
  if (!expectedState) throw new RangeError('expectedState must not be empty');
  if (!path.startsWith('/')) throw new RangeError('path must start with /');
  const log = options.log ?? (() => {});
  const limits = { ...LOOPBACK_LIMITS, ...options.limits };

  let settled = false;
  let resolveResult!: (redirect: AuthorizationCodeRedirect) => void;
  let rejectResult!: (error: GraphSignInError) => void;
  const result = new Promise<AuthorizationCodeRedirect>((resolve, reject) => {
    resolveResult = resolve;
    rejectResult = reject;
  });
  // Whoever awaits `result` still sees the rejection; this only keeps an unawaited one from crashing the process.
  result.catch(() => {});
  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));

  let port = 0;
  const send = (res: ServerResponse, status: number, kind: RedirectPageKind | null, close = false) => {
    const body = kind ? renderRedirectPage(kind) : '';
    res.writeHead(status, {
      ...COMMON_HEADERS,
      'Content-Type': kind ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      ...(close ? { Connection: 'close' } : {}),
    });
    res.end(body);
  };

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    const method = req.method ?? 'GET';
    const url = URL.canParse(req.url ?? '/', `http://127.0.0.1:${port}`) ? new URL(req.url ?? '/', `http://127.0.0.1:${port}`) : null;
    const where = `${method} ${url?.pathname.slice(0, 100) ?? '(bad url)'}`;
    if (!url || !isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
      send(res, 403, null, true);
      return log(`${where}: refused, foreign Host or Origin`);
    }
    if (url.pathname !== path) {
      send(res, 404, null, true);
      return log(`${where}: not found`);
    }
    // Only the browser's navigation (a GET) may deliver the code: a HEAD (a link preview, a prefetch) must not use it up.
    if (method !== 'GET') {
      res.setHeader('Allow', 'GET');
      send(res, 405, null, true);
      return log(`${where}: refused, method not allowed`);
    }
    if (settled) {
      send(res, 409, 'ended', true);
      return log(`${where}: refused, the sign-in has already ended`);
    }
    const judged = judgeCodeRedirect(url.searchParams, expectedState);
    switch (judged.kind) {
      case 'wrong-state':
        send(res, 400, 'wrong-state');
        return log(`${where}: refused, wrong or missing state; still waiting`);
      case 'failed':
        finish(() => rejectResult(judged.error), res);
        send(res, 200, 'failed');
        return log(`${where}: sign-in failed (${judged.error.code})`);
      case 'code':
        finish(() => resolveResult(judged.redirect), res);
        send(res, 200, 'signed-in');
        return log(`${where}: authorization code received`);
    }
  };

  const server = createServer(timeoutOptions(limits), handler);
  const loopback: LoopbackServer = { server, guard: guardConnections(server, limits, log) };
  port = await listen(server);

  const shutDown = () => void closeServer(loopback).then(resolveClosed);
  const finish = (deliver: () => void, after?: ServerResponse) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    deliver();
    // Let the browser get its page first; then nothing is left holding the port.
    if (after && !after.writableFinished) after.once('close', shutDown);
    else shutDown();
  };
  const timer = setTimeout(() => {
    log(`no sign-in redirect arrived within ${Math.round(timeoutMs / 1000)} s`);
    finish(() =>
      rejectResult(new GraphSignInError('GRAPH_SIGN_IN_TIMEOUT', 'No Microsoft sign-in arrived in time. Start it again when you are ready.', { timeoutMs })),
    );
  }, timeoutMs);

  return {
    redirectUri: `http://127.0.0.1:${port}${path}`,
    port,
    result,
    cancel: () => finish(() => rejectResult(new GraphSignInError('GRAPH_SIGN_IN_CANCELLED', 'Microsoft sign-in cancelled.'))),
    closed,
  };
}
