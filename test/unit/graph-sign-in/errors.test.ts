import { ClientAuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-node';
import { describe, expect, it } from 'vitest';
import { fromProviderError } from '../../../electron/services/graph-sign-in/graph-sign-in-errors';
import { fromMsalError } from '../../../electron/services/graph-sign-in/msal-errors';

/**
 * Provider and msal-node errors become codes with safe params. Descriptions are Entra's documented
 * forms (https://learn.microsoft.com/en-us/entra/identity-platform/reference-error-codes).
 */
describe('fromProviderError', () => {
  it.each([
    ['consent_required', 'AADSTS65001: The user or administrator has not consented to use the application', 'GRAPH_CONSENT_REQUIRED'],
    ['invalid_grant', 'AADSTS65001: The user or administrator has not consented to use the application', 'GRAPH_CONSENT_REQUIRED'],
    ['access_denied', 'AADSTS65004: User declined to consent to access the app.', 'GRAPH_CONSENT_REQUIRED'],
    ['unauthorized_client', "AADSTS700016: Application with identifier 'x' was not found in the directory 'y'.", 'GRAPH_CLIENT_ID_INVALID'],
    [
      'invalid_client',
      "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
      'GRAPH_CLIENT_ID_INVALID',
    ],
    ['invalid_grant', 'AADSTS50173: The provided grant has expired due to it being revoked.', 'GRAPH_SIGN_IN_REQUIRED'],
    ['temporarily_unavailable', 'AADSTS90033: A transient error has occurred.', 'GRAPH_SIGN_IN_FAILED'],
  ])('%s / %s → %s', (error, description, code) => {
    expect(fromProviderError(error, description).code).toBe(code);
  });

  it('keeps only the error word and the AADSTS number, never the description text', () => {
    const error = fromProviderError('consent_required', 'AADSTS65001: user alice@contoso.com token=abc Trace ID: 1');
    expect(error.params).toEqual({ error: 'consent_required', aadsts: 'AADSTS65001' });
    expect(JSON.stringify(error.toShape())).not.toContain('alice');
    expect(fromProviderError('<b>odd</b>', '').params).toEqual({ error: 'unknown_error', variant: 'provider' });
  });

  it('calls a plain refusal (no AADSTS) "denied"', () => {
    expect(fromProviderError('access_denied', 'End-User aborted interaction').params).toEqual({ error: 'access_denied', variant: 'denied' });
  });
});

describe('fromMsalError', () => {
  it('maps msal-node errors to the codes', () => {
    expect(fromMsalError(new InteractionRequiredAuthError('no_tokens_found', 'correlation')).code).toBe('GRAPH_SIGN_IN_REQUIRED');
    expect(fromMsalError(new InteractionRequiredAuthError('consent_required', 'correlation', 'AADSTS65001: not consented')).code).toBe(
      'GRAPH_CONSENT_REQUIRED',
    );
    expect(fromMsalError(new ServerError('invalid_request', 'correlation', 'AADSTS700016: Application not found')).code).toBe('GRAPH_CLIENT_ID_INVALID');
    expect(fromMsalError(new ClientAuthError('endpoints_resolution_error', 'correlation')).code).toBe('GRAPH_AUTHORITY_UNREACHABLE');
    expect(fromMsalError(new ClientAuthError('network_error', 'correlation')).code).toBe('GRAPH_AUTHORITY_UNREACHABLE');
    expect(fromMsalError(new ClientAuthError('no_account_in_silent_request', 'correlation')).code).toBe('GRAPH_SIGN_IN_REQUIRED');
  });

  it('drops the text of errors it does not know', () => {
    const error = fromMsalError(new Error('Bearer eyJhbGciOi.secret'));
    expect(error.toShape()).toEqual({ code: 'GRAPH_SIGN_IN_FAILED', message: 'The sign-in failed unexpectedly.', params: { variant: 'unexpected' } });
  });
});
