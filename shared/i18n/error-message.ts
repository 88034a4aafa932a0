import { keychainFixKey, toKeychainProblem } from './keychain-fix';

/** An error as main sends it: a code and params; `message` is English for logs and is never shown. */
export interface ErrorValue {
  code: string;
  message?: string;
  params?: Readonly<Record<string, string | number | undefined>>;
}

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** `errors.<code>` in the language of `t`, with the sentence main's params point at. */
export function errorMessage(t: Translate, error: ErrorValue): string {
  const params = error.params ?? {};
  const context = errorContext(error.code, params);
  const values: Record<string, unknown> = { ...params, ...(context ? { context } : {}) };
  if (error.code === 'KEYCHAIN_UNAVAILABLE' || error.code === 'KEYCHAIN_LOCKED') {
    const platform = typeof params.platform === 'string' ? params.platform : '';
    values.fix = t(`keychain.fix.${keychainFixKey(platform, toKeychainProblem(params.problem))}`);
  }
  return t(`errors.${error.code}`, values);
}

/**
 * Which sentence of the code (`errors.<code>_<context>`, i18next context; the
 * generic one when there is none). Main names it with `variant`; a few older
 * errors say it with `reason` or by the id they could not find.
 */
export function errorContext(code: string, params: Readonly<Record<string, unknown>>): string | undefined {
  const variant = typeof params.variant === 'string' ? params.variant : undefined;
  if (code === 'SCHEMA_REJECTED' && variant === 'not-json' && params.line === undefined) return 'not-json-unplaced';
  if (variant) return variant;
  if (code === 'VALIDATION_FAILED' && typeof params.reason === 'string') return params.reason;
  if (code === 'NOT_FOUND') {
    if (params.captureId !== undefined) return 'capture';
    if (params.secretId !== undefined) return 'secret';
    if (params.profileId !== undefined) return 'profile';
  }
  return undefined;
}
