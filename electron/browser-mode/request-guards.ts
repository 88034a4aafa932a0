import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Refusal } from './responses';

/**
 * Checks that decide whether a request may talk to the browser-mode host at
 * all. Each returns a Refusal, or null when the request passes.
 */

/** The two names a local browser may use for us; anything else is a rebinding attempt or a mistake. */
function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * DNS rebinding: a hostile page whose name now resolves to 127.0.0.1 still
 * sends its own name in Host, so only our exact host:port pairs pass.
 */
export function checkHost(headers: IncomingHttpHeaders, port: number): Refusal | null {
  const host = headers.host?.toLowerCase();
  if (host !== undefined && allowedHosts(port).includes(host)) return null;
  return { status: 403, code: 'FORBIDDEN_SENDER', message: 'Requests must be addressed to 127.0.0.1 or localhost.', reason: 'Host header not allowed' };
}

/**
 * Fetch metadata (https://www.w3.org/TR/fetch-metadata/): the page's own calls
 * are same-origin fetch()es, so Sec-Fetch-Site is same-origin and Sec-Fetch-Mode
 * cors (or same-origin). Another local port is "same-site", the address bar is
 * "none", and a form, link or embed is mode navigate or no-cors: none is ours.
 */
const API_FETCH_SITES: ReadonlySet<string> = new Set(['same-origin']);
const API_FETCH_MODES: ReadonlySet<string> = new Set(['cors', 'same-origin']);

/**
 * Cross-site requests: a browser names the calling page in Origin and says
 * where it comes from in Sec-Fetch-Site; either pointing elsewhere is refused.
 * All are optional (non-browser clients omit them); the token still applies.
 */
export function checkOrigin(headers: IncomingHttpHeaders, port: number): Refusal | null {
  const origin = headers.origin;
  if (origin !== undefined && !allowedHosts(port).some((host) => origin === `http://${host}`)) {
    return { status: 403, code: 'FORBIDDEN_SENDER', message: 'Calls from other sites are not allowed.', reason: 'Origin header not allowed' };
  }
  const site = headers['sec-fetch-site'];
  if (site !== undefined && !API_FETCH_SITES.has(site)) {
    return { status: 403, code: 'FORBIDDEN_SENDER', message: 'Calls from other sites are not allowed.', reason: 'Sec-Fetch-Site is not same-origin' };
  }
  const mode = headers['sec-fetch-mode'];
  if (mode !== undefined && !API_FETCH_MODES.has(mode)) {
    return { status: 403, code: 'FORBIDDEN_SENDER', message: 'Calls from other sites are not allowed.', reason: 'Sec-Fetch-Mode is not a fetch() call' };
  }
  return null;
}

/** `Authorization: Bearer <token>`, compared in constant time (hashing first makes the lengths equal). */
export function checkBearer(headers: IncomingHttpHeaders, token: string): Refusal | null {
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(headers.authorization ?? '');
  const presented = match?.[1];
  if (presented !== undefined && sameSecret(presented, token)) return null;
  return {
    status: 401,
    code: 'FORBIDDEN_SENDER',
    message: 'This page is not authorised: open the address the host printed.',
    reason: presented === undefined ? 'missing bearer token' : 'wrong bearer token',
    headers: { 'WWW-Authenticate': 'Bearer' },
  };
}

function sameSecret(a: string, b: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** Only `application/json` (optionally with a UTF-8 charset): a form post from another page cannot pass. */
export function checkJsonContentType(headers: IncomingHttpHeaders): Refusal | null {
  const [type = '', ...params] = (headers['content-type'] ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charsetOk = params.every((param) => !param.startsWith('charset=') || param === 'charset=utf-8' || param === 'charset="utf-8"');
  if (type === 'application/json' && charsetOk) return null;
  return { status: 415, code: 'INVALID_REQUEST', message: 'Send the request as application/json.', reason: 'content type is not application/json' };
}
