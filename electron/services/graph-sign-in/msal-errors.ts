import { AuthError, ClientAuthError, ClientConfigurationError, InteractionRequiredAuthError, ServerError } from '@azure/msal-node';
import { GraphSignInError, fromProviderError } from './graph-sign-in-errors';

/**
 * msal-node's errors as the app's codes. msal's `errorCode` is a short word from its own
 * tables (safe to keep); its `errorMessage` may carry the server's description, of which
 * only the AADSTS number is kept.
 */
const UNREACHABLE = new Set(['network_error', 'endpoints_resolution_error', 'openid_config_error', 'no_network_connectivity']);
const BAD_AUTHORITY = new Set(['untrusted_authority', 'url_parse_error', 'authority_uri_insecure', 'invalid_authority_metadata', 'issuer_validation_failed']);
const NO_ACCOUNT = new Set(['no_account_in_silent_request', 'no_account_found', 'no_tokens_found', 'refresh_token_expired']);
const SHORT_WORD = /^[a-z0-9_]{1,64}$/i;

function msalCode(error: AuthError): string {
  return SHORT_WORD.test(error.errorCode) ? error.errorCode : 'unknown';
}

export function fromMsalError(error: unknown): GraphSignInError {
  if (error instanceof GraphSignInError) return error;
  if (error instanceof InteractionRequiredAuthError) {
    // consent_required from a silent call: the permissions changed since the sign-in.
    if (error.errorCode === 'consent_required') return fromProviderError('consent_required', error.errorMessage);
    return new GraphSignInError('GRAPH_SIGN_IN_REQUIRED', 'Sign in to Microsoft again.', { msal: msalCode(error) });
  }
  if (error instanceof ServerError) return fromProviderError(error.errorCode, error.errorMessage);
  if (error instanceof ClientAuthError || error instanceof ClientConfigurationError) {
    const code = msalCode(error);
    if (NO_ACCOUNT.has(code)) return new GraphSignInError('GRAPH_SIGN_IN_REQUIRED', 'Sign in to Microsoft first.', { msal: code });
    if (UNREACHABLE.has(code))
      return new GraphSignInError('GRAPH_AUTHORITY_UNREACHABLE', `The Microsoft sign-in service could not be reached (${code}).`, { msal: code });
    if (BAD_AUTHORITY.has(code)) {
      return new GraphSignInError('GRAPH_AUTHORITY_UNREACHABLE', `The sign-in authority is not usable (${code}).`, { msal: code, variant: 'configuration' });
    }
    return new GraphSignInError('GRAPH_SIGN_IN_FAILED', `The sign-in library refused the request (${code}).`, { msal: code, variant: 'library' });
  }
  if (error instanceof AuthError) {
    return new GraphSignInError('GRAPH_SIGN_IN_FAILED', `The sign-in failed (${msalCode(error)}).`, { msal: msalCode(error), variant: 'library' });
  }
  // Unknown errors lose their text: it may quote a request.
  return new GraphSignInError('GRAPH_SIGN_IN_FAILED', 'The sign-in failed unexpectedly.', { variant: 'unexpected' });
}
