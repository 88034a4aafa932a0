import { AppError, type ErrorCode, type ErrorParams } from '../../../shared/errors';

/**
 * What can go wrong signing in to Microsoft, as codes and params (never a token, a code or a
 * provider's free text, which may quote the request). The renderer writes the sentences
 * (`errors.<code>` and `errors.<code>_<variant>` in shared/i18n/en.ts and ko.ts).
 */
export const GRAPH_SIGN_IN_ERROR_CODES = [
  /** No usable account or refresh token in the keychain cache: the admin must sign in (again). */
  'GRAPH_SIGN_IN_REQUIRED',
  'GRAPH_SIGN_IN_CANCELLED',
  'GRAPH_SIGN_IN_TIMEOUT',
  /** The admin (or the tenant's policy) refused the permissions the app asked for; `variant: denied` when the admin refused. */
  'GRAPH_CONSENT_REQUIRED',
  /** The client ID is missing, malformed, unknown in the tenant, or not set up as a public client (`variant: empty | not-guid`). */
  'GRAPH_CLIENT_ID_INVALID',
  /** The authority (login.microsoftonline.com or the endpoints file's) could not be reached; `variant: configuration` when it is unusable. */
  'GRAPH_AUTHORITY_UNREACHABLE',
  /** Anything else the identity provider, the listener or msal-node refused; `variant` (provider | no-code | no-account | library | unexpected) says what. */
  'GRAPH_SIGN_IN_FAILED',
] as const satisfies readonly ErrorCode[]; // each also in shared/errors.ts ERROR_CODES, which the page's sentences follow
export type GraphSignInErrorCode = (typeof GRAPH_SIGN_IN_ERROR_CODES)[number];

export type GraphSignInErrorParams = ErrorParams;

/** An AppError with one of the sign-in codes, so it crosses IPC as it is. */
export class GraphSignInError extends AppError {
  declare readonly code: GraphSignInErrorCode;

  constructor(code: GraphSignInErrorCode, message: string, params?: GraphSignInErrorParams) {
    super(code, message, params);
    this.name = 'GraphSignInError';
  }
}

// OAuth error codes are ASCII words (RFC 6749 §4.1.2.1); anything else is not repeated.
const OAUTH_ERROR = /^[a-z_]{1,64}$/;
// Entra prefixes its descriptions with AADSTS<number>; only that number is kept.
const AADSTS = /\bAADSTS(\d{5,6})\b/;

/** The provider's error word and its AADSTS number, safe to log and to show. */
export function providerErrorParams(error: string, description: string): GraphSignInErrorParams {
  const aadsts = AADSTS.exec(description)?.[1];
  return { error: OAUTH_ERROR.test(error) ? error : 'unknown_error', ...(aadsts ? { aadsts: `AADSTS${aadsts}` } : {}) };
}

/**
 * Entra error numbers that decide the code (https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes):
 * AADSTS65001 consent not granted, AADSTS65004 the user declined consent, AADSTS90094 admin consent required;
 * AADSTS700016 application not found in the directory, AADSTS90002/AADSTS900023 bad tenant,
 * AADSTS7000218 the app is not a public client (a client secret would be needed).
 */
const CONSENT_AADSTS = new Set(['AADSTS65001', 'AADSTS65004', 'AADSTS90094', 'AADSTS90008']);
const CLIENT_AADSTS = new Set(['AADSTS700016', 'AADSTS7000218', 'AADSTS50011', 'AADSTS700054']);

/** A provider's error (in the redirect or from the token endpoint) as one of the codes above. */
export function fromProviderError(error: string, description: string): GraphSignInError {
  const params = providerErrorParams(error, description);
  const aadsts = typeof params.aadsts === 'string' ? params.aadsts : '';
  const said = `${params.error}${aadsts ? ` (${aadsts})` : ''}`;
  if (error === 'consent_required' || CONSENT_AADSTS.has(aadsts) || (error === 'access_denied' && aadsts !== '')) {
    return new GraphSignInError('GRAPH_CONSENT_REQUIRED', `The permissions were not granted: ${said}.`, params);
  }
  if (error === 'access_denied') {
    return new GraphSignInError('GRAPH_CONSENT_REQUIRED', `The sign-in or the consent was refused: ${said}.`, { ...params, variant: 'denied' });
  }
  if (error === 'unauthorized_client' || error === 'invalid_client' || CLIENT_AADSTS.has(aadsts)) {
    return new GraphSignInError('GRAPH_CLIENT_ID_INVALID', `The identity provider does not accept this client ID: ${said}.`, params);
  }
  if (error === 'interaction_required' || error === 'login_required' || error === 'invalid_grant') {
    return new GraphSignInError('GRAPH_SIGN_IN_REQUIRED', `Sign in to Microsoft again: ${said}.`, params);
  }
  return new GraphSignInError('GRAPH_SIGN_IN_FAILED', `The identity provider refused the sign-in: ${said}.`, { ...params, variant: 'provider' });
}
