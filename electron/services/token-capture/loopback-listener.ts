import type { ServerResponse } from 'node:http';
import { AppError } from '../../../shared/errors';
import { loopbackRedirectUri } from '../../../shared/endpoints/webex-endpoints';
import { createCaptureHandler, type CaptureLog, type Settlement } from './capture-handler';
import { COMMON_HEADERS } from './capture-page';
import type { ConnectionLimits } from '../http/connection-limits';
import { LOOPBACK_LIMITS, closeServer, listenOnLoopback } from './loopback-servers';
import type { CapturedToken } from './redirect-params';

/**
 * Waits for exactly one sign-in redirect on http://localhost:PORT/auth/code
 * and hands its token over through `result`. It ends on the first capture,
 * provider error, timeout or cancel, then frees the port (`closed`).
 */
export type { CapturedToken } from './redirect-params';
export type { CaptureLog } from './capture-handler';

export interface LoopbackCaptureOptions {
  port: number;
  expectedState: string;
  timeoutMs: number;
  /** Largest fragment body accepted; default 16 KiB (a Webex redirect is well under 4). */
  maxFragmentBytes?: number;
  /** Default LOOPBACK_LIMITS (tests shorten them). */
  limits?: Partial<ConnectionLimits>;
  log?: CaptureLog;
}

export interface LoopbackCapture {
  redirectUri: string;
  result: Promise<CapturedToken>;
  cancel(): void;
  /** Resolves once both servers have stopped and the port is free again. */
  closed: Promise<void>;
  /** Sockets open right now on both addresses (tests). */
  connectionCount(): Promise<number>;
}

const DEFAULT_MAX_FRAGMENT_BYTES = 16 * 1024;
const SILENT: CaptureLog = { info: () => {}, warn: () => {} };

function notReady(res: ServerResponse): void {
  res.writeHead(503, { ...COMMON_HEADERS, 'Retry-After': '1', 'Content-Length': 0 });
  res.end();
}

function describeDuration(ms: number): string {
  if (ms >= 60_000) {
    const minutes = Math.round(ms / 6_000) / 10;
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  const seconds = Math.max(1, Math.round(ms / 1000));
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

export async function startLoopbackCapture(options: LoopbackCaptureOptions): Promise<LoopbackCapture> {
  const { port, expectedState, timeoutMs } = options;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new RangeError(`invalid loopback port ${port}`);
  if (!expectedState) throw new RangeError('expectedState must not be empty');
  const log = options.log ?? SILENT;

  let settled = false;
  let resolveResult!: (token: CapturedToken) => void;
  let rejectResult!: (error: AppError) => void;
  const result = new Promise<CapturedToken>((resolve, reject) => {
    resolveResult = resolve;
    rejectResult = reject;
  });
  // Whoever awaits `result` still sees the rejection; this only keeps an unawaited one from crashing the process.
  result.catch(() => {});

  let resolveClosed!: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));

  // Nothing may end the capture before both servers listen and the timer runs (between the two listen calls).
  let ready = false;
  const handler = createCaptureHandler({
    port,
    expectedState,
    maxBodyBytes: options.maxFragmentBytes ?? DEFAULT_MAX_FRAGMENT_BYTES,
    log,
    isSettled: () => settled,
    settle: (settlement, res) => finish(settlement, res),
  });
  const limits = { ...LOOPBACK_LIMITS, ...options.limits };
  const servers = await listenOnLoopback(port, (req, res) => (ready ? handler(req, res) : notReady(res)), log, limits);

  const shutDown = () => {
    void Promise.all(servers.map(closeServer)).then(() => {
      log.info(`listener on port ${port} closed`);
      resolveClosed();
    });
  };
  const finish = (settlement: Settlement, after?: ServerResponse) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    if (settlement.kind === 'token') resolveResult(settlement.token);
    else rejectResult(settlement.error);
    // Let the page get its answer first; then no server is left holding the port.
    if (after && !after.writableFinished) after.once('close', shutDown);
    else shutDown();
  };
  const timer = setTimeout(() => {
    log.warn(`no sign-in arrived within ${describeDuration(timeoutMs)}`);
    finish({
      kind: 'failed',
      error: new AppError('CAPTURE_TIMEOUT', `No sign-in arrived within ${describeDuration(timeoutMs)}. Start the sign-in again when you are ready.`, {
        timeoutMs,
      }),
    });
  }, timeoutMs);
  ready = true;
  log.info(`waiting for the sign-in redirect on ${loopbackRedirectUri(port)} (${servers.length === 2 ? '127.0.0.1 and ::1' : '127.0.0.1 only'})`);

  return {
    redirectUri: loopbackRedirectUri(port),
    result,
    cancel: () => finish({ kind: 'failed', error: new AppError('CAPTURE_CANCELLED', 'Sign-in cancelled.') }),
    closed,
    connectionCount: async () => (await Promise.all(servers.map(({ guard }) => guard.count()))).reduce((sum, n) => sum + n, 0),
  };
}
