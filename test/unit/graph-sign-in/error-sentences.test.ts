import { describe, expect, it } from 'vitest';
import { dispatch, type HandlerTable } from '../../../electron/services/dispatch';
import { GRAPH_SIGN_IN_ERROR_CODES, GraphSignInError } from '../../../electron/services/graph-sign-in/graph-sign-in-errors';
import { ERROR_CODES, AppError } from '../../../shared/errors';
import { createI18n } from '../../../shared/i18n';
import { en } from '../../../shared/i18n/en';
import { errorMessage } from '../../../shared/i18n/error-message';

/**
 * The sign-in's codes are app error codes: they cross IPC as they are, and the page words each
 * code and variant main sends in English and Korean, with something to do.
 */
const tEn = (key: string, options?: Record<string, unknown>) => createI18n('en').t(key, options);
const tKo = (key: string, options?: Record<string, unknown>) => createI18n('ko').t(key, options);
const HANGUL = /[\uAC00-\uD7A3]/;

/** Every code and variant the sign-in code sends (graph-sign-in-errors.ts, msal-errors.ts, the handlers). */
const SENT: Array<[string, Record<string, string | number>]> = [
  ['GRAPH_SIGN_IN_REQUIRED', { msal: 'no_tokens_found' }],
  ['GRAPH_SIGN_IN_CANCELLED', {}],
  ['GRAPH_SIGN_IN_TIMEOUT', { timeoutMs: 600000 }],
  ['GRAPH_CONSENT_REQUIRED', { error: 'consent_required', aadsts: 'AADSTS65001' }],
  ['GRAPH_CONSENT_REQUIRED', { error: 'access_denied', variant: 'denied' }],
  ['GRAPH_CLIENT_ID_INVALID', { error: 'unauthorized_client', aadsts: 'AADSTS700016' }],
  ['GRAPH_CLIENT_ID_INVALID', { variant: 'empty' }],
  ['GRAPH_CLIENT_ID_INVALID', { variant: 'not-guid' }],
  ['GRAPH_AUTHORITY_UNREACHABLE', { msal: 'network_error' }],
  ['GRAPH_AUTHORITY_UNREACHABLE', { msal: 'untrusted_authority', variant: 'configuration' }],
  ['GRAPH_SIGN_IN_FAILED', { error: 'temporarily_unavailable', variant: 'provider' }],
  ['GRAPH_SIGN_IN_FAILED', { variant: 'no-code' }],
  ['GRAPH_SIGN_IN_FAILED', { variant: 'no-account' }],
  ['GRAPH_SIGN_IN_FAILED', { msal: 'state_mismatch', variant: 'library' }],
  ['GRAPH_SIGN_IN_FAILED', { variant: 'unexpected' }],
  ['NOT_FOUND', { variant: 'graph-sign-in' }],
];

describe('sign-in error codes', () => {
  it('are all in ERROR_CODES, and GraphSignInError is an AppError', () => {
    expect(GRAPH_SIGN_IN_ERROR_CODES.filter((code) => !(ERROR_CODES as readonly string[]).includes(code))).toEqual([]);
    expect(new GraphSignInError('GRAPH_SIGN_IN_TIMEOUT', 'x')).toBeInstanceOf(AppError);
  });

  it('reach the page as code and params through dispatch()', async () => {
    const table = {
      'graph.status': async () => {
        throw new GraphSignInError('GRAPH_CONSENT_REQUIRED', 'The permissions were not granted.', { error: 'consent_required', aadsts: 'AADSTS65001' });
      },
    } as unknown as HandlerTable;
    expect(await dispatch(table, 'graph.status', { profileId: 'default' }, { host: 'browser' })).toEqual({
      ok: false,
      error: { code: 'GRAPH_CONSENT_REQUIRED', message: 'The permissions were not granted.', params: { error: 'consent_required', aadsts: 'AADSTS65001' } },
    });
  });

  it.each(SENT)('%s %j has its own sentence in English and Korean', (code, params) => {
    const english = errorMessage(tEn, { code, params });
    const korean = errorMessage(tKo, { code, params });
    expect(english).not.toMatch(/\{\{|errors\./);
    expect(korean).not.toMatch(/\{\{|errors\./);
    expect(korean).toMatch(HANGUL);
    const variant = typeof params.variant === 'string' ? params.variant : null;
    // A variant main sends is worded on purpose (except `unexpected`, which is the generic sentence).
    if (variant && variant !== 'unexpected') expect(Object.keys(en.errors)).toContain(`${code}_${variant}`);
  });

  it('says who grants consent and where, where the client ID is, and to check network and proxy', () => {
    expect(errorMessage(tEn, { code: 'GRAPH_CONSENT_REQUIRED' })).toMatch(/administrator.*API permissions > Grant admin consent/);
    expect(errorMessage(tEn, { code: 'GRAPH_CLIENT_ID_INVALID', params: { variant: 'empty' } })).toContain('App registrations > your app > Overview');
    expect(errorMessage(tEn, { code: 'GRAPH_AUTHORITY_UNREACHABLE' })).toMatch(/network.*proxy/);
    expect(errorMessage(tKo, { code: 'GRAPH_CONSENT_REQUIRED' })).toContain('API 사용 권한');
    expect(errorMessage(tKo, { code: 'GRAPH_AUTHORITY_UNREACHABLE' })).toContain('프록시');
  });
});
