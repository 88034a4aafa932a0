import { randomUUID } from 'node:crypto';
import type { ScimOutcome } from '../../shared/ipc/contract';
import type { ScimTestParams, ScimTestReasonOf, ScimTestWarning } from '../../shared/ipc/scim-test-result';

/**
 * "Test Connection" as Entra's provisioning service does it: a filtered GET on
 * /Users for a userName nobody has (a random GUID), with the bearer token.
 * The Webex procedure (step 7, 연결 테스트) says the test checks that the
 * organization and the token are recognised: a SCIM ListResponse means the URL,
 * the token and the admin's rights are right. Every other answer becomes one
 * outcome, with a `reason` code and `params` where the outcome has several
 * causes; the renderer writes the sentences.
 *
 * Nothing from the response body is returned except a SCIM error's own
 * `scimType: detail` (`serverDetail`), with the token removed and the length
 * capped: servers do echo headers back, and it ends up on screen.
 */

export interface ScimConnectionTestOptions {
  tenantUrl: string;
  token: string;
  /** Covers the whole exchange, body included. */
  timeoutMs?: number;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  randomUuid?: () => string;
}

export interface ScimConnectionTestResult {
  ok: boolean;
  outcome: ScimOutcome;
  status?: number;
  reason?: ScimTestReasonOf<ScimOutcome>;
  params?: ScimTestParams;
  /** The server's own words (SCIM Error `scimType: detail`), for 401, 403, 404 and other HTTP errors. */
  serverDetail?: string;
  warning?: ScimTestWarning;
  elapsedMs: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;
/** A ListResponse for one unknown userName is tiny; anything this big is not what we asked for. */
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_SERVER_DETAIL_CHARS = 300;
/** Host names and content types are only labels in a sentence. */
const MAX_SERVER_LABEL_CHARS = 80;

const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

type Verdict = Omit<ScimConnectionTestResult, 'elapsedMs'>;

/** A failed test; the type keeps each reason to the outcomes that can have it (shared/ipc/scim-test-result.ts). */
function failure<O extends ScimOutcome>(
  outcome: O,
  extra: { status?: number; reason?: ScimTestReasonOf<O>; params?: ScimTestParams; serverDetail?: string } = {},
): Verdict {
  return { ok: false, outcome, ...extra };
}

export async function testScimConnection(options: ScimConnectionTestOptions): Promise<ScimConnectionTestResult> {
  const started = performance.now();
  const verdict = removeTokenEverywhere(await runTest(options), options.token);
  return { ...verdict, elapsedMs: Math.round(performance.now() - started) };
}

/** Last net: Location hosts, content types and error codes come from the outside too. */
function removeTokenEverywhere(verdict: Verdict, token: string): Verdict {
  const clean = { ...verdict };
  if (clean.serverDetail !== undefined) clean.serverDetail = removeToken(clean.serverDetail, token);
  if (clean.params)
    clean.params = Object.fromEntries(Object.entries(clean.params).map(([key, value]) => [key, typeof value === 'string' ? removeToken(value, token) : value]));
  return clean;
}

async function runTest(options: ScimConnectionTestOptions): Promise<Verdict> {
  const { token, signal } = options;
  if (signal?.aborted) return failure('cancelled');

  const url = usersFilterUrl(options.tenantUrl, (options.randomUuid ?? randomUUID)());
  if (!url) return failure('network', { reason: 'bad-url' });

  // One controller for both the caller's cancel and our timeout, so the body read is bounded too.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const onCallerAbort = () => controller.abort();
  signal?.addEventListener('abort', onCallerAbort, { once: true });

  try {
    const response = await (options.fetchImpl ?? fetch)(url, {
      method: 'GET',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/scim+json, application/json' },
      // Never let the runtime carry the Authorization header to wherever a redirect points.
      redirect: 'manual',
      signal: controller.signal,
    });
    return await judgeResponse(response, token);
  } catch (error) {
    if (signal?.aborted) return failure('cancelled');
    if (timedOut) return failure('timeout', { reason: 'deadline', params: { seconds: toSeconds(options.timeoutMs ?? DEFAULT_TIMEOUT_MS) } });
    return classifyNetworkError(error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

/** `<tenantUrl>/Users?filter=userName eq "<guid>"`, percent-encoded as Entra sends it. */
function usersFilterUrl(tenantUrl: string, guid: string): string | null {
  let url: URL;
  try {
    url = new URL(tenantUrl.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/Users`;
  url.search = `?filter=${encodeURIComponent(`userName eq "${guid}"`)}`;
  url.hash = '';
  return url.toString();
}

async function judgeResponse(response: Response, token: string): Promise<Verdict> {
  const status = response.status;

  if (status >= 300 && status < 400) {
    await discardBody(response);
    return judgeRedirect(status, response.headers.get('location'), response.url, token);
  }

  const text = await readLimited(response, MAX_BODY_BYTES);
  const json = text === null ? undefined : parseJson(text);

  if (status === 200) return judgeSuccessBody(text, json, response.headers.get('content-type'), token);

  // The status text is left out on purpose: it is free server text that is not the SCIM error, and the number says it all.
  const serverDetail = scimErrorDetail(json, token);
  const withDetail = serverDetail === undefined ? {} : { serverDetail };
  if (status === 401) return failure('unauthorized', { status, ...withDetail });
  if (status === 403) return failure('forbidden', { status, ...withDetail });
  if (status === 404) return failure('not-found', { status, ...withDetail });
  return failure('http-error', { status, reason: 'status', params: { status }, ...withDetail });
}

function judgeSuccessBody(text: string | null, json: unknown, contentType: string | null, token: string): Verdict {
  const status = 200;
  if (text === null) return failure('not-scim', { status, reason: 'too-large', params: { mib: MAX_BODY_BYTES / 1024 / 1024 } });
  if (json === undefined) {
    if (/html/i.test(contentType ?? '') || /^\s*</.test(text)) return failure('not-scim', { status, reason: 'html' });
    const type = contentType?.split(';')[0]?.trim();
    if (!type) return failure('not-scim', { status, reason: 'not-json' });
    return failure('not-scim', { status, reason: 'content-type', params: { type: sanitizeServerText(type, token, MAX_SERVER_LABEL_CHARS) } });
  }
  if (!isListResponse(json)) return failure('not-scim', { status, reason: 'not-list-response' });
  // Entra matches users by userName (Webex: the e-mail address, per the vendor procedure), so a server that
  // finds users for a random one probably ignores the filter: still a pass, but the admin must hear about it.
  if (json.totalResults > 0) return { ok: true, outcome: 'ok', status, warning: { code: 'users-found', count: json.totalResults } };
  return { ok: true, outcome: 'ok', status };
}

function isListResponse(json: unknown): json is { schemas: unknown[]; totalResults: number } {
  if (!isRecord(json) || !Array.isArray(json.schemas)) return false;
  return json.schemas.includes(LIST_RESPONSE) && typeof json.totalResults === 'number' && Number.isSafeInteger(json.totalResults) && json.totalResults >= 0;
}

/** A SCIM Error's `scimType: detail`, made safe to show; undefined for any other body. */
function scimErrorDetail(json: unknown, token: string): string | undefined {
  if (!isRecord(json) || !Array.isArray(json.schemas) || !json.schemas.includes(SCIM_ERROR)) return undefined;
  const parts = [json.scimType, json.detail].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  if (parts.length === 0) return undefined;
  return sanitizeServerText(parts.join(': '), token);
}

/** Removes the token first (so truncation cannot leave half of it), then control characters, then caps the length. */
function sanitizeServerText(text: string, token: string, maxChars = MAX_SERVER_DETAIL_CHARS): string {
  const clean = removeToken(text, token)
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > maxChars ? `${clean.slice(0, maxChars - 1)}…` : clean;
}

function removeToken(text: string, token: string): string {
  if (token === '') return text;
  let clean = text;
  for (const form of new Set([token, encodeURIComponent(token)])) clean = clean.split(form).join('[token removed]');
  return clean;
}

/** Only the target's host is named: its path and query may carry anything. */
function judgeRedirect(status: number, location: string | null, requestUrl: string, token: string): Verdict {
  if (!location) return failure('http-error', { status, reason: 'redirect-no-location', params: { status } });
  let host: string;
  try {
    host = new URL(location, requestUrl || undefined).host;
  } catch {
    return failure('http-error', { status, reason: 'redirect-unreadable', params: { status } });
  }
  if (host === '') return failure('http-error', { status, reason: 'redirect-unreadable', params: { status } });
  return failure('http-error', { status, reason: 'redirect', params: { status, host: sanitizeServerText(host, token, MAX_SERVER_LABEL_CHARS) } });
}

/** Reads at most `limit` bytes; null when the body is larger (the rest is not downloaded). */
async function readLimited(response: Response, limit: number): Promise<string | null> {
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

async function discardBody(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Tenths of a second: a 200 ms test limit reads 0.2, the default 15. */
function toSeconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}

// ---- Network failures: Node's fetch throws TypeError('fetch failed') with the socket or TLS error as `cause`.

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME']);
const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'HOSTNAME_MISMATCH',
  'EPROTO',
]);
const TLS_PREFIXES = ['CERT_', 'ERR_TLS_', 'ERR_SSL_', 'SELF_SIGNED', 'UNABLE_TO_'];
const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

function classifyNetworkError(error: unknown): Verdict {
  const codes = errorCodes(error);
  const has = (test: (code: string) => boolean) => codes.find(test);

  const dns = has((c) => DNS_CODES.has(c));
  if (dns) return failure('dns', { params: { code: dns } });
  const tls = has((c) => TLS_CODES.has(c) || TLS_PREFIXES.some((p) => c.startsWith(p)));
  if (tls) return failure('tls', { params: { code: tls } });
  const timeout = has((c) => TIMEOUT_CODES.has(c));
  if (timeout) return failure('timeout', { reason: 'code', params: { code: timeout } });
  if (has((c) => c === 'ECONNREFUSED')) return failure('connection-refused', { params: { code: 'ECONNREFUSED' } });
  const other = codes[0];
  return other ? failure('network', { reason: 'code', params: { code: other } }) : failure('network', { reason: 'unknown' });
}

/** Error codes along the cause chain, including each error of an AggregateError (several addresses tried). */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (!isRecord(value) || seen.has(value) || depth > 5) return;
    seen.add(value);
    // Error codes are short upper-case words; anything else is not a code to show.
    if (typeof value.code === 'string' && /^[A-Z0-9_]{2,64}$/.test(value.code)) codes.push(value.code);
    if (Array.isArray(value.errors)) for (const inner of value.errors) visit(inner, depth + 1);
    visit(value.cause, depth + 1);
  };
  visit(error, 0);
  return codes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
