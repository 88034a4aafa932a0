import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '../../../shared/errors';
import { LOOPBACK_REDIRECT_PATH } from '../../../shared/endpoints/webex-endpoints';
import { COMMON_HEADERS, PAGE_CSP, renderCapturePage } from './capture-page';
import { OUTCOME_OF, type CaptureReason } from './capture-texts';
import { judgeRedirectParams, type CapturedToken, type RedirectVerdict } from './redirect-params';
import { isAllowedHost, isAllowedOrigin, isSameOriginFetch, readLimitedText } from './request-guards';

/**
 * The routes of the loopback listener. It decides, per request, what to answer
 * and whether the sign-in ends; the listener owns the result and the sockets.
 * Logs carry method, path and outcome only: never the fragment, body or token.
 */
export interface CaptureLog {
  info(message: string): void;
  warn(message: string): void;
}

export type Settlement = { kind: 'token'; token: CapturedToken } | { kind: 'failed'; error: AppError };

export interface CaptureHandlerContext {
  port: number;
  expectedState: string;
  maxBodyBytes: number;
  log: CaptureLog;
  /** True once the sign-in has ended (captured, failed, timed out or cancelled). */
  isSettled(): boolean;
  /** Ends the sign-in; the listener shuts down once `res` has been sent. */
  settle(settlement: Settlement, res: ServerResponse): void;
}

const CAPTURE_POST_PATH = '/auth/capture';
const BODY_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded']);

type Send = (status: number, contentType: string, body: string, extra?: Record<string, string>) => void;

function sender(req: IncomingMessage, res: ServerResponse): Send {
  return (status, contentType, body, extra = {}) => {
    res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body), ...extra });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/**
 * For answers given without reading the body (refusals): the connection closes
 * after the answer, so whatever body is still on its way (10 MB, or a trickle)
 * is never read and cannot keep the socket busy.
 */
function closingSender(req: IncomingMessage, send: Send): Send {
  return (status, contentType, body, extra = {}) => {
    req.resume();
    send(status, contentType, body, { Connection: 'close', ...extra });
  };
}

function sendOutcome(send: Send, status: number, reason: CaptureReason, detail?: string, extra?: Record<string, string>): void {
  send(status, 'application/json; charset=utf-8', JSON.stringify({ outcome: OUTCOME_OF[reason], reason, ...(detail ? { detail } : {}) }), extra);
}

function providerFailure(verdict: Extract<RedirectVerdict, { kind: 'provider-error' }>): AppError {
  const text = verdict.description ? `${verdict.error}: ${verdict.description}` : verdict.error;
  // `variant` picks the translated sentence in the UI (errors.CAPTURE_FAILED_<variant>); the provider's own words stay as they are.
  return new AppError('CAPTURE_FAILED', `The identity provider answered ${text}`, {
    variant: 'provider',
    detail: text,
    error: verdict.error,
    description: verdict.description,
  });
}

function noTokenFailure(verdict: Extract<RedirectVerdict, { kind: 'no-token' }>): AppError {
  return new AppError('CAPTURE_FAILED', verdict.detail, { variant: `no-token-${verdict.reason}`, error: 'no_access_token', description: verdict.detail });
}

export function createCaptureHandler(ctx: CaptureHandlerContext): (req: IncomingMessage, res: ServerResponse) => void {
  const { log, port } = ctx;

  const serveRedirectPage = (req: IncomingMessage, res: ServerResponse, url: URL, send: Send) => {
    const pageHeaders = { 'Content-Security-Policy': PAGE_CSP };
    // Some providers put errors in the query instead of the fragment. Judged like a posted fragment.
    if (!url.searchParams.has('error') || ctx.isSettled()) {
      send(200, 'text/html; charset=utf-8', renderCapturePage(), pageHeaders);
      log.info(`${req.method} ${url.pathname}: page served`);
      return;
    }
    const verdict = judgeRedirectParams(url.searchParams, ctx.expectedState);
    if (verdict.kind !== 'provider-error') {
      send(400, 'text/html; charset=utf-8', renderCapturePage('bad-state'), pageHeaders);
      log.warn(`${req.method} ${url.pathname}: error redirect refused (state ${verdict.kind === 'bad-state' ? verdict.reason : 'invalid'})`);
      return;
    }
    const error = providerFailure(verdict);
    log.warn(`${req.method} ${url.pathname}: sign-in failed at the provider (${verdict.error})`);
    ctx.settle({ kind: 'failed', error }, res);
    send(200, 'text/html; charset=utf-8', renderCapturePage('provider-error', error.message), pageHeaders);
  };

  const acceptCapture = async (req: IncomingMessage, res: ServerResponse, send: Send) => {
    const where = `${req.method} ${CAPTURE_POST_PATH}`;
    if (ctx.isSettled()) {
      sendOutcome(closingSender(req, send), 409, 'replayed');
      log.warn(`${where}: refused, the sign-in has already ended`);
      return;
    }
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (!BODY_TYPES.has(mediaType)) {
      sendOutcome(closingSender(req, send), 415, 'refused');
      log.warn(`${where}: refused, unsupported content type`);
      return;
    }
    const body = await readLimitedText(req, ctx.maxBodyBytes);
    if (!body.ok) {
      if (body.reason === 'aborted') return void req.destroy();
      sendOutcome(send, 413, 'refused', undefined, { Connection: 'close' });
      log.warn(`${where}: refused, body larger than ${ctx.maxBodyBytes} bytes`);
      return;
    }
    if (ctx.isSettled()) {
      sendOutcome(send, 409, 'replayed');
      log.warn(`${where}: refused, the sign-in has already ended`);
      return;
    }
    const verdict = judgeRedirectParams(new URLSearchParams(body.body.trim().replace(/^#/, '')), ctx.expectedState);
    switch (verdict.kind) {
      case 'bad-state':
        // Not the admin's sign-in (or a forgery): refuse it and keep waiting for the real one.
        sendOutcome(send, 400, 'bad-state');
        log.warn(`${where}: refused, state ${verdict.reason}; still waiting`);
        return;
      case 'provider-error': {
        const error = providerFailure(verdict);
        ctx.settle({ kind: 'failed', error }, res);
        sendOutcome(send, 200, 'provider-error', error.message);
        log.warn(`${where}: sign-in failed at the provider (${verdict.error})`);
        return;
      }
      case 'no-token':
        ctx.settle({ kind: 'failed', error: noTokenFailure(verdict) }, res);
        sendOutcome(send, 200, 'no-token', verdict.detail);
        log.warn(`${where}: ${verdict.detail}`);
        return;
      case 'token':
        ctx.settle({ kind: 'token', token: verdict.token }, res);
        sendOutcome(send, 200, 'captured');
        log.info(`${where}: token captured`);
        return;
    }
  };

  return (req, res) => {
    const send = sender(req, res);
    const method = req.method ?? 'GET';
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://localhost:${port}`);
    } catch {
      send(400, 'text/plain; charset=utf-8', 'Bad request');
      return;
    }
    const where = `${method} ${url.pathname.slice(0, 100)}`;
    const refuse = closingSender(req, send);
    if (!isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) {
      refuse(403, 'text/plain; charset=utf-8', 'Forbidden');
      log.warn(`${where}: refused, foreign ${isAllowedHost(req.headers.host, port) ? 'Origin' : 'Host'}`);
      return;
    }
    const readOnly = method === 'GET' || method === 'HEAD';
    // The provider's redirect is a cross-site navigation (a GET); only the page's own same-origin fetch may POST.
    if (!readOnly && !isSameOriginFetch(req.headers)) {
      refuse(403, 'text/plain; charset=utf-8', 'Forbidden');
      log.warn(`${where}: refused, fetch metadata says another site`);
      return;
    }
    switch (url.pathname) {
      case LOOPBACK_REDIRECT_PATH:
        if (readOnly) return serveRedirectPage(req, res, url, send);
        break;
      case CAPTURE_POST_PATH:
        if (method === 'POST') {
          acceptCapture(req, res, send).catch(() => {
            if (!res.headersSent) refuse(500, 'text/plain; charset=utf-8', 'Internal error');
            log.warn(`${where}: failed unexpectedly`);
          });
          return;
        }
        refuse(405, 'text/plain; charset=utf-8', 'Method not allowed', { Allow: 'POST' });
        log.warn(`${where}: refused, method not allowed`);
        return;
      default:
        refuse(404, 'text/plain; charset=utf-8', 'Not found');
        log.info(`${where}: not found`);
        return;
    }
    refuse(405, 'text/plain; charset=utf-8', 'Method not allowed', { Allow: 'GET, HEAD' });
    log.warn(`${where}: refused, method not allowed`);
  };
}
