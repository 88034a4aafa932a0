import { randomUUID } from 'node:crypto';
import type { ScimOutcome } from '../../shared/ipc/contract';

/**
 * "Test Connection" as Entra's provisioning service does it: a filtered GET on
 * /Users for a userName nobody has (a random GUID), with the bearer token.
 * A SCIM ListResponse means the URL, the token and the admin's rights are
 * right. Every other answer becomes one outcome the wizard can explain.
 *
 * Nothing from the response body reaches `detail` except a SCIM error's own
 * `detail`/`scimType`, with the token removed and the length capped: servers
 * do echo headers back, and `detail` ends up on screen and in logs.
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
  detail?: string;
  elapsedMs: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
/** A ListResponse for one unknown userName is tiny; anything this big is not what we asked for. */
export const MAX_BODY_BYTES = 1024 * 1024;
const MAX_SERVER_DETAIL_CHARS = 300;

const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

type Verdict = Omit<ScimConnectionTestResult, 'elapsedMs'>;

export async function testScimConnection(options: ScimConnectionTestOptions): Promise<ScimConnectionTestResult> {
  const started = performance.now();
  const verdict = await runTest(options);
  // Last net: Location hosts and status texts come from the server too.
  if (verdict.detail !== undefined) verdict.detail = removeToken(verdict.detail, options.token);
  return { ...verdict, elapsedMs: Math.round(performance.now() - started) };
}

async function runTest(options: ScimConnectionTestOptions): Promise<Verdict> {
  const { token, signal } = options;
  if (signal?.aborted) return { ok: false, outcome: 'cancelled' };

  const url = usersFilterUrl(options.tenantUrl, (options.randomUuid ?? randomUUID)());
  if (!url) return { ok: false, outcome: 'network', detail: 'The tenant URL is not a valid http(s) URL.' };

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
    if (signal?.aborted) return { ok: false, outcome: 'cancelled' };
    if (timedOut) return { ok: false, outcome: 'timeout', detail: `No complete answer within ${formatDuration(options.timeoutMs ?? DEFAULT_TIMEOUT_MS)}.` };
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
    return { ok: false, outcome: 'http-error', status, detail: redirectDetail(status, response.headers.get('location'), response.url) };
  }

  const text = await readLimited(response, MAX_BODY_BYTES);
  const json = text === null ? undefined : parseJson(text);

  if (status === 200) return judgeSuccessBody(text, json, response.headers.get('content-type'));

  const serverSays = scimErrorDetail(json, token);
  const outcome: ScimOutcome = status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : status === 404 ? 'not-found' : 'http-error';
  if (outcome !== 'http-error') return serverSays ? { ok: false, outcome, status, detail: serverSays } : { ok: false, outcome, status };
  const statusText = response.statusText ? ` ${sanitizeServerText(response.statusText, token).slice(0, 80)}` : '';
  return { ok: false, outcome, status, detail: serverSays ? `HTTP ${status}${statusText}: ${serverSays}` : `HTTP ${status}${statusText}` };
}

function judgeSuccessBody(text: string | null, json: unknown, contentType: string | null): Verdict {
  const status = 200;
  if (text === null)
    return {
      ok: false,
      outcome: 'not-scim',
      status,
      detail: `The answer is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB; a SCIM search for one unknown user is a few hundred bytes.`,
    };
  if (json === undefined) {
    const looksHtml = /html/i.test(contentType ?? '') || /^\s*</.test(text);
    return {
      ok: false,
      outcome: 'not-scim',
      status,
      detail: looksHtml
        ? 'The server answered with a web page (HTML), not SCIM JSON: the URL points at a website, a sign-in page or a proxy, not the SCIM API.'
        : `The server answered with ${describeContentType(contentType)}, not SCIM JSON.`,
    };
  }
  if (!isListResponse(json)) return { ok: false, outcome: 'not-scim', status, detail: 'The server answered with JSON that is not a SCIM ListResponse.' };
  if (json.totalResults > 0) {
    return {
      ok: true,
      outcome: 'ok',
      status,
      detail: `The search for a random userName returned ${json.totalResults} user(s) where Entra expects 0: the server may ignore the filter, which would make Entra match the wrong users.`,
    };
  }
  return { ok: true, outcome: 'ok', status };
}

function isListResponse(json: unknown): json is { schemas: unknown[]; totalResults: number } {
  if (!isRecord(json) || !Array.isArray(json.schemas)) return false;
  return json.schemas.includes(LIST_RESPONSE) && typeof json.totalResults === 'number' && Number.isFinite(json.totalResults);
}

/** A SCIM Error's `scimType: detail`, made safe to show; undefined for any other body. */
function scimErrorDetail(json: unknown, token: string): string | undefined {
  if (!isRecord(json) || !Array.isArray(json.schemas) || !json.schemas.includes(SCIM_ERROR)) return undefined;
  const parts = [json.scimType, json.detail].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  if (parts.length === 0) return undefined;
  return sanitizeServerText(parts.join(': '), token);
}

/** Removes the token first (so truncation cannot leave half of it), then control characters, then caps the length. */
function sanitizeServerText(text: string, token: string): string {
  const clean = removeToken(text, token)
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > MAX_SERVER_DETAIL_CHARS ? `${clean.slice(0, MAX_SERVER_DETAIL_CHARS - 1)}…` : clean;
}

function removeToken(text: string, token: string): string {
  if (token === '') return text;
  let clean = text;
  for (const form of new Set([token, encodeURIComponent(token)])) clean = clean.split(form).join('[token removed]');
  return clean;
}

function redirectDetail(status: number, location: string | null, requestUrl: string): string {
  if (!location) return `HTTP ${status} redirect without a Location; the test does not follow redirects.`;
  let host: string;
  try {
    host = new URL(location, requestUrl || undefined).host;
  } catch {
    return `HTTP ${status} redirect to an unreadable Location; the test does not follow redirects.`;
  }
  return `HTTP ${status} redirect to ${host}; the test does not follow redirects, so the token is not sent there. Check the tenant URL.`;
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

function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}

function describeContentType(contentType: string | null): string {
  const type = contentType?.split(';')[0]?.trim();
  return type ? `content of type ${type.slice(0, 80)}` : 'content that is not JSON';
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
  if (dns)
    return {
      ok: false,
      outcome: 'dns',
      detail: `The host name could not be resolved (${dns}). Check the tenant URL and this computer's DNS or proxy settings.`,
    };
  const tls = has((c) => TLS_CODES.has(c) || TLS_PREFIXES.some((p) => c.startsWith(p)));
  if (tls)
    return {
      ok: false,
      outcome: 'tls',
      detail: `The server's TLS certificate was not accepted (${tls}). A proxy that inspects HTTPS, or a wrong host, is the usual cause.`,
    };
  const timeout = has((c) => TIMEOUT_CODES.has(c));
  if (timeout) return { ok: false, outcome: 'timeout', detail: `The server did not answer in time (${timeout}).` };
  if (has((c) => c === 'ECONNREFUSED'))
    return { ok: false, outcome: 'connection-refused', detail: 'Nothing accepts connections at this host and port (ECONNREFUSED).' };
  const other = codes[0];
  return { ok: false, outcome: 'network', detail: other ? `The request failed (${other}).` : 'The request failed before an answer arrived.' };
}

/** Error codes along the cause chain, including each error of an AggregateError (several addresses tried). */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (!isRecord(value) || seen.has(value) || depth > 5) return;
    seen.add(value);
    if (typeof value.code === 'string') codes.push(value.code);
    if (Array.isArray(value.errors)) for (const inner of value.errors) visit(inner, depth + 1);
    visit(value.cause, depth + 1);
  };
  visit(error, 0);
  return codes;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
