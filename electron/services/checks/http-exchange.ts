import { failure, type CheckVerdict } from './check-verdict';
import { classifyNetworkError } from './network-errors';
import { MAX_SERVER_LABEL_CHARS, sanitizeServerText, type SecretToRemove } from './secret-scrub';

/**
 * The care every live check takes with one HTTP exchange: one deadline that covers
 * the body too, the caller's cancel, bodies read with a size limit, redirects
 * judged (never followed: the credential would go along), network failures named.
 */

export const DEFAULT_TIMEOUT_MS = 15_000;
/** A SCIM search or a token answer is a few hundred bytes; anything this big is not what we asked for. */
export const MAX_BODY_BYTES = 1024 * 1024;
export const MAX_BODY_MIB = MAX_BODY_BYTES / 1024 / 1024;

export interface DeadlineOptions {
  /** Covers the whole exchange, body included. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Runs `exchange` under one controller for both the caller's cancel and our timeout, so the
 * body read is bounded too; whatever it throws becomes cancelled, timeout or a network outcome.
 */
export async function withDeadline<T>(options: DeadlineOptions, exchange: (signal: AbortSignal) => Promise<T>): Promise<T | CheckVerdict> {
  const { signal } = options;
  if (signal?.aborted) return failure('cancelled');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = () => controller.abort();
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  try {
    return await exchange(controller.signal);
  } catch (error) {
    if (signal?.aborted) return failure('cancelled');
    if (timedOut) return failure('timeout', { reason: 'deadline', params: { seconds: toSeconds(timeoutMs) } });
    return classifyNetworkError(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

/** An http(s) URL, or null for anything else (nothing is sent then). */
export function parseHttpUrl(raw: string): URL | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
}

export function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

/** Only the target's host is named: its path and query may carry anything. */
export function judgeRedirect(status: number, location: string | null, requestUrl: string, secrets: readonly SecretToRemove[]): CheckVerdict {
  if (!location) return failure('http-error', { status, reason: 'redirect-no-location', params: { status } });
  let host: string;
  try {
    host = new URL(location, requestUrl || undefined).host;
  } catch {
    return failure('http-error', { status, reason: 'redirect-unreadable', params: { status } });
  }
  if (host === '') return failure('http-error', { status, reason: 'redirect-unreadable', params: { status } });
  // The parser lower-cases a host, so a mixed-case token in it no longer matches itself: compare without case.
  for (const secret of secrets) {
    if (secret.value !== '') host = host.split(secret.value.toLowerCase()).join(`[${secret.label} removed]`);
  }
  return failure('http-error', { status, reason: 'redirect', params: { status, host: sanitizeServerText(host, secrets, MAX_SERVER_LABEL_CHARS) } });
}

/** Reads at most `limit` bytes; null when the body is larger (the rest is not downloaded). */
export async function readLimited(response: Response, limit = MAX_BODY_BYTES): Promise<string | null> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

export async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A web page (a sign-in page, a proxy's notice) where JSON was expected. */
export function looksLikeHtml(text: string, contentType: string | null): boolean {
  return /html/i.test(contentType ?? '') || /^\s*</.test(text);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Tenths of a second: a 200 ms test limit reads 0.2, the default 15. */
export function toSeconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}
