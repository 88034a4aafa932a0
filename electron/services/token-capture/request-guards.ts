import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { readLimitedBody } from '../http/limited-body';

/**
 * Checks on who is talking to the loopback listener. A web page the admin has
 * open elsewhere can send requests to localhost too: the Host check stops DNS
 * rebinding (evil.example resolving to 127.0.0.1), the Origin check stops
 * cross-site posts, and the size limit keeps a hostile body from costing memory.
 */
function loopbackAuthorities(port: number): string[] {
  return [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`];
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && loopbackAuthorities(port).includes(host.toLowerCase());
}

/** No Origin is fine (a top-level navigation or an old browser); a present one must be this listener. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return loopbackAuthorities(port).some((authority) => origin.toLowerCase() === `http://${authority}`);
}

/**
 * Fetch metadata (https://www.w3.org/TR/fetch-metadata/): the page's script posts with a
 * same-origin fetch. A browser marks a post from any other page "cross-site" (or
 * "same-site" from another localhost port), even when it leaves Origin out.
 * Absent (a non-browser client, an older browser) is judged by the other checks.
 */
export function isSameOriginFetch(headers: IncomingHttpHeaders): boolean {
  const site = headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

export type BodyResult = { ok: true; body: string } | { ok: false; reason: 'too-large' | 'aborted' };

/** The body as text, or why not: 'too-large' as soon as the declared or received size passes `limit`. */
export async function readLimitedText(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const body = await readLimitedBody(req, limit);
  if (body.ok) return { ok: true, body: body.bytes.toString('utf8') };
  return { ok: false, reason: body.reason === 'aborted' ? 'aborted' : 'too-large' };
}
