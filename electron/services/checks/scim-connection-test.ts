import { randomUUID } from 'node:crypto';
import type { ProbeStyle } from '../../../shared/integrations/types';
import { failure, type CheckVerdict } from './check-verdict';
import {
  MAX_BODY_MIB,
  discardBody,
  isRecord,
  isRedirect,
  judgeRedirect,
  looksLikeHtml,
  parseHttpUrl,
  parseJson,
  readLimited,
  withDeadline,
} from './http-exchange';
import { MAX_SERVER_LABEL_CHARS, sanitizeServerText, scrubVerdict, type SecretToRemove } from './secret-scrub';

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
  /** The SCIM base (Webex tenant URL, CXone base URL); `/Users` is appended. */
  tenantUrl: string;
  /** Which IdP's test request to send (shared/integrations/types.ts ProbeStyle); Entra's by default. */
  probe?: ProbeStyle;
  token: string;
  /** Other values that must not come back in the result either (the access key pair a token was exchanged for). */
  alsoRemove?: readonly SecretToRemove[];
  /** Covers the whole exchange, body included. */
  timeoutMs?: number;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
  randomUuid?: () => string;
}

export interface ScimConnectionTestResult extends CheckVerdict {
  elapsedMs: number;
}

const LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
const SCIM_ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

export async function testScimConnection(options: ScimConnectionTestOptions): Promise<ScimConnectionTestResult> {
  const started = performance.now();
  const secrets: SecretToRemove[] = [{ value: options.token, label: 'token' }, ...(options.alsoRemove ?? [])];
  // Last net: Location hosts, content types and error codes come from the outside too.
  const verdict = scrubVerdict(await runTest(options, secrets), secrets);
  return { ...verdict, elapsedMs: Math.round(performance.now() - started) };
}

async function runTest(options: ScimConnectionTestOptions, secrets: readonly SecretToRemove[]): Promise<CheckVerdict> {
  const { token, signal } = options;
  if (signal?.aborted) return failure('cancelled');

  const probe = options.probe ?? 'entra';
  const url = probe === 'okta' ? usersPageUrl(options.tenantUrl) : usersFilterUrl(options.tenantUrl, (options.randomUuid ?? randomUUID)());
  if (!url) return failure('network', { reason: 'bad-url' });

  return withDeadline(options, async (deadline) => {
    const response = await (options.fetchImpl ?? fetch)(url, {
      method: 'GET',
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/scim+json, application/json' },
      // Never let the runtime carry the Authorization header to wherever a redirect points.
      redirect: 'manual',
      signal: deadline,
    });
    return judgeResponse(response, secrets, probe);
  });
}

/** `<tenantUrl>/Users?filter=userName eq "<guid>"`, percent-encoded as Entra sends it. */
function usersFilterUrl(tenantUrl: string, guid: string): string | null {
  return usersUrl(tenantUrl, `?filter=${encodeURIComponent(`userName eq "${guid}"`)}`);
}

/** `<tenantUrl>/Users?startIndex=1&count=2`: Okta's "Test Connector Configuration" request. */
function usersPageUrl(tenantUrl: string): string | null {
  return usersUrl(tenantUrl, '?startIndex=1&count=2');
}

function usersUrl(tenantUrl: string, search: string): string | null {
  const url = parseHttpUrl(tenantUrl);
  if (!url) return null;
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/Users`;
  url.search = search;
  url.hash = '';
  return url.toString();
}

async function judgeResponse(response: Response, secrets: readonly SecretToRemove[], probe: ProbeStyle): Promise<CheckVerdict> {
  const status = response.status;

  if (isRedirect(status)) {
    await discardBody(response);
    return judgeRedirect(status, response.headers.get('location'), response.url, secrets);
  }

  const text = await readLimited(response);
  const json = text === null ? undefined : parseJson(text);

  if (status === 200) return judgeSuccessBody(text, json, response.headers.get('content-type'), secrets, probe);

  // The status text is left out on purpose: it is free server text that is not the SCIM error, and the number says it all.
  const serverDetail = scimErrorDetail(json, secrets);
  const withDetail = serverDetail === undefined ? {} : { serverDetail };
  if (status === 401) return failure('unauthorized', { status, ...withDetail });
  if (status === 403) return failure('forbidden', { status, ...withDetail });
  if (status === 404) return failure('not-found', { status, ...withDetail });
  return failure('http-error', { status, reason: 'status', params: { status }, ...withDetail });
}

function judgeSuccessBody(text: string | null, json: unknown, contentType: string | null, secrets: readonly SecretToRemove[], probe: ProbeStyle): CheckVerdict {
  const status = 200;
  if (text === null) return failure('not-scim', { status, reason: 'too-large', params: { mib: MAX_BODY_MIB } });
  if (json === undefined) {
    if (looksLikeHtml(text, contentType)) return failure('not-scim', { status, reason: 'html' });
    const type = contentType?.split(';')[0]?.trim();
    if (!type) return failure('not-scim', { status, reason: 'not-json' });
    return failure('not-scim', { status, reason: 'content-type', params: { type: sanitizeServerText(type, secrets, MAX_SERVER_LABEL_CHARS) } });
  }
  if (!isListResponse(json)) return failure('not-scim', { status, reason: 'not-list-response' });
  // Entra matches users by userName (Webex: the e-mail address, per the vendor procedure), so a server that
  // finds users for a random one probably ignores the filter: still a pass, but the admin must hear about it.
  // Okta's probe asks for any two users: finding some is the expected answer.
  if (probe === 'entra' && json.totalResults > 0) return { ok: true, outcome: 'ok', status, warning: { code: 'users-found', count: json.totalResults } };
  return { ok: true, outcome: 'ok', status };
}

function isListResponse(json: unknown): json is { schemas: unknown[]; totalResults: number } {
  if (!isRecord(json) || !Array.isArray(json.schemas)) return false;
  return json.schemas.includes(LIST_RESPONSE) && typeof json.totalResults === 'number' && Number.isSafeInteger(json.totalResults) && json.totalResults >= 0;
}

/** A SCIM Error's `scimType: detail`, made safe to show; undefined for any other body. */
function scimErrorDetail(json: unknown, secrets: readonly SecretToRemove[]): string | undefined {
  if (!isRecord(json) || !Array.isArray(json.schemas) || !json.schemas.includes(SCIM_ERROR)) return undefined;
  const parts = [json.scimType, json.detail].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  if (parts.length === 0) return undefined;
  return sanitizeServerText(parts.join(': '), secrets);
}
