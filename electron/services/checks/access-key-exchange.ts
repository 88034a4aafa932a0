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
import { sanitizeServerText, scrubVerdict, type SecretToRemove } from './secret-scrub';

/**
 * Trades a CXone access key pair for a short-lived access token.
 *
 * NICE documents the request ("UserHub: Getting Started",
 * https://developer.niceincontact.com/Documentation/UserHubGettingStarted; the same call in
 * https://developer.niceincontact.com/API/DataExtractionAPI): `POST
 * https://<area>.nice-incontact.com/authentication/v1/token/access-key`, header
 * `Content-Type: application/json`, body `{"accessKeyId": "...", "accessKeySecret": "..."}`,
 * and "extract the access_token from the response body" to use as the bearer token.
 *
 * Assumed, not stated there: the rest of the 200 body is OAuth 2.0's (`token_type` "Bearer",
 * `expires_in`), so only `access_token` is read; a refused pair is a 401; error bodies, when
 * JSON, are OAuth's `{"error", "error_description"}` (RFC 6749 §5.2), quoted as the server's words.
 *
 * The token is handed to the caller only, never stored or logged, and is not enumerable on the
 * result so that an accidental JSON.stringify or log of it shows no token.
 */

export interface AccessKeyExchangeOptions {
  tokenUrl: string;
  accessKeyId: string;
  accessKeySecret: string;
  /** Covers the whole exchange, body included. */
  timeoutMs?: number;
  signal?: AbortSignal;
  fetchImpl?: typeof fetch;
}

export type AccessKeyExchangeResult = { ok: true; readonly accessToken: string } | { ok: false; verdict: CheckVerdict };

/** The labels the key pair is replaced with wherever a server echoes it. */
export function keyPairSecrets(accessKeyId: string, accessKeySecret: string): SecretToRemove[] {
  return [
    { value: accessKeySecret, label: 'secret access key' },
    { value: accessKeyId, label: 'access key ID' },
  ];
}

/** A token must go into an Authorization header as is: visible ASCII, no spaces (a JWT, an opaque string). */
const USABLE_TOKEN = /^[\x21-\x7E]+$/;

export async function exchangeAccessKey(options: AccessKeyExchangeOptions): Promise<AccessKeyExchangeResult> {
  const secrets = keyPairSecrets(options.accessKeyId, options.accessKeySecret);
  const answer = await runExchange(options, secrets);
  if ('token' in answer) {
    const result = { ok: true } as { ok: true; accessToken: string };
    Object.defineProperty(result, 'accessToken', { value: answer.token, enumerable: false });
    return result;
  }
  return { ok: false, verdict: scrubVerdict(answer, secrets) };
}

async function runExchange(options: AccessKeyExchangeOptions, secrets: readonly SecretToRemove[]): Promise<CheckVerdict | { token: string }> {
  if (options.signal?.aborted) return failure('cancelled');
  const url = parseHttpUrl(options.tokenUrl);
  if (!url) return failure('network', { reason: 'bad-url' });

  return withDeadline(options, async (deadline) => {
    const response = await (options.fetchImpl ?? fetch)(url.toString(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ accessKeyId: options.accessKeyId, accessKeySecret: options.accessKeySecret }),
      // A redirect would carry the key pair (a 307 or 308 posts the body again) to wherever it points.
      redirect: 'manual',
      signal: deadline,
    });
    return judgeResponse(response, secrets);
  });
}

async function judgeResponse(response: Response, secrets: readonly SecretToRemove[]): Promise<CheckVerdict | { token: string }> {
  const status = response.status;
  if (isRedirect(status)) {
    await discardBody(response);
    return judgeRedirect(status, response.headers.get('location'), response.url, secrets);
  }

  const text = await readLimited(response);
  const json = text === null ? undefined : parseJson(text);

  if (status === 200) {
    if (text === null) return failure('bad-token-response', { status, reason: 'too-large', params: { mib: MAX_BODY_MIB } });
    if (json === undefined)
      return failure('bad-token-response', { status, reason: looksLikeHtml(text, response.headers.get('content-type')) ? 'html' : 'not-json' });
    const token = isRecord(json) ? json.access_token : undefined;
    if (typeof token !== 'string' || !USABLE_TOKEN.test(token)) return failure('bad-token-response', { status, reason: 'no-access-token' });
    return { token };
  }

  // As for SCIM: the status text is free server text and is left out; the OAuth error is the server's own words.
  const serverDetail = oauthErrorDetail(json, secrets);
  const withDetail = serverDetail === undefined ? {} : { serverDetail };
  if (status === 401) return failure('unauthorized', { status, ...withDetail });
  if (status === 403) return failure('forbidden', { status, ...withDetail });
  if (status === 404) return failure('not-found', { status, ...withDetail });
  return failure('http-error', { status, reason: 'status', params: { status }, ...withDetail });
}

/** An OAuth error body's `error: error_description`, made safe to show; undefined for any other body. */
function oauthErrorDetail(json: unknown, secrets: readonly SecretToRemove[]): string | undefined {
  if (!isRecord(json)) return undefined;
  const parts = [json.error, json.error_description].filter((p): p is string => typeof p === 'string' && p.trim() !== '');
  if (parts.length === 0) return undefined;
  return sanitizeServerText(parts.join(': '), secrets);
}
