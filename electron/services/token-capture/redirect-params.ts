import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Judges the parameters of one redirect (the fragment the page posts, or a
 * query the provider sent) against the state this sign-in expects. Pure: the
 * listener decides what to answer and whether the flow ends.
 */
export interface CapturedToken {
  accessToken: string;
  tokenType: string | null;
  expiresIn: number | null;
  scope: string | null;
}

export type RedirectVerdict =
  | { kind: 'token'; token: CapturedToken }
  | { kind: 'provider-error'; error: string; description: string }
  | { kind: 'no-token'; reason: 'missing' | 'repeated' | 'malformed'; detail: string }
  | { kind: 'bad-state'; reason: 'missing' | 'mismatch' };

const MAX_ERROR_CHARS = 64;
const MAX_DESCRIPTION_CHARS = 300;
const MAX_TOKEN_TYPE_CHARS = 32;
const MAX_SCOPE_CHARS = 2000;
// A bearer token goes into an Authorization header later: visible ASCII only.
const TOKEN_CHARS = /^[\x21-\x7E]+$/;
const EXPIRES_IN = /^\d{1,12}$/;

/** Provider text shown to the admin and put in logs: no control or bidi characters, bounded length. */
function sanitizeProviderText(value: string, maxChars: number): string {
  const cleaned = value
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...cleaned];
  return chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join('')}…` : cleaned;
}

/** Constant-time: hashing first makes both sides the same length, so length leaks nothing either. */
function stateMatches(received: string, expected: string): boolean {
  const a = createHash('sha256').update(received, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

// A parameter sent twice is ambiguous (RFC 6749 §3.1 forbids it): never pick one of the two.
const REPEATED = Symbol('repeated');

function single(params: URLSearchParams, name: string): string | null | typeof REPEATED {
  const values = params.getAll(name);
  if (values.length === 0) return null;
  return values.length === 1 ? (values[0] ?? null) : REPEATED;
}

export function judgeRedirectParams(params: URLSearchParams, expectedState: string): RedirectVerdict {
  // The state comes first: without the right one nothing here is trusted, not even an error (a forged
  // request must not end the admin's real sign-in).
  const state = single(params, 'state');
  if (state === null || state === '') return { kind: 'bad-state', reason: 'missing' };
  if (state === REPEATED || !stateMatches(state, expectedState)) return { kind: 'bad-state', reason: 'mismatch' };

  const error = params.get('error');
  if (error !== null) {
    return {
      kind: 'provider-error',
      error: sanitizeProviderText(error, MAX_ERROR_CHARS) || 'unknown_error',
      description: sanitizeProviderText(params.get('error_description') ?? '', MAX_DESCRIPTION_CHARS),
    };
  }

  const accessToken = single(params, 'access_token');
  if (accessToken === null || accessToken === '') return { kind: 'no-token', reason: 'missing', detail: 'no access_token in the redirect' };
  if (accessToken === REPEATED) return { kind: 'no-token', reason: 'repeated', detail: 'more than one access_token in the redirect' };
  if (!TOKEN_CHARS.test(accessToken)) return { kind: 'no-token', reason: 'malformed', detail: 'the access_token in the redirect is malformed' };

  const tokenType = params.get('token_type');
  const expiresIn = params.get('expires_in');
  const scope = params.get('scope');
  return {
    kind: 'token',
    token: {
      accessToken,
      tokenType: tokenType ? sanitizeProviderText(tokenType, MAX_TOKEN_TYPE_CHARS) : null,
      expiresIn: expiresIn !== null && EXPIRES_IN.test(expiresIn) ? Number(expiresIn) : null,
      scope: scope ? sanitizeProviderText(scope, MAX_SCOPE_CHARS) : null,
    },
  };
}
