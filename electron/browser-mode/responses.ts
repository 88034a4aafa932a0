import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../../shared/errors';
import { RENDERER_CSP } from '../../shared/csp';

/**
 * Headers every browser-mode response carries, refusals included: the page is
 * served over plain http on loopback, so the browser-side protections must be
 * spelled out rather than left to defaults.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': RENDERER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // No Cross-Origin-Opener-Policy, on purpose: Chromium moves a COOP page into a new renderer process, which
  // cost every cold open about 200 ms here (bench, issue 10). A page that opened ours has no token and no
  // way to read it, and our page opens others with `noopener` (README, Decisions).
  // Other sites may not embed our files either (they hold no secrets, but there is no reason to allow it).
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Why a request was turned away; `reason` is for the log only, never the body. */
export interface Refusal {
  status: number;
  code: ErrorCode;
  message: string;
  reason: string;
  headers?: Record<string, string>;
}

export function sendJson(res: ServerResponse, status: number, value: unknown, extraHeaders: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const body = JSON.stringify(value);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Cache-Control': 'no-store',
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    ...extraHeaders,
  });
  res.end(body);
}

/**
 * Answers a refusal with a small envelope-shaped body (the renderer's transport
 * reads it like any other failed call) and logs one line: method, path, status
 * and reason. Never the body or the token: the path is cut at `?` and any
 * token-looking text in it is redacted before logging.
 */
export function refuse(req: IncomingMessage, res: ServerResponse, refusal: Refusal, warn: (line: string) => void, token: string): void {
  warn(`refused ${safeMethod(req.method)} ${loggablePath(req.url, token)} -> ${refusal.status}: ${refusal.reason}`);
  // Closed after the answer: whatever body was still on its way is never waited for.
  sendJson(res, refusal.status, { ok: false, error: { code: refusal.code, message: refusal.message } }, { Connection: 'close', ...refusal.headers });
}

function safeMethod(method: string | undefined): string {
  return (method ?? '?').replace(/[^A-Z-]/gi, '?').slice(0, 16);
}

function loggablePath(url: string | undefined, token: string): string {
  const path = (url ?? '').split(/[?#]/, 1)[0] ?? '';
  const redacted = token ? path.split(token).join('[redacted]') : path;
  // JSON.stringify escapes newlines and control characters, so a crafted path cannot forge log lines.
  return JSON.stringify(redacted.length > 120 ? `${redacted.slice(0, 120)}...` : redacted);
}
