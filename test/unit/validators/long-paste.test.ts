import { describe, expect, it } from 'vitest';
import { validateBearerToken } from '../../../shared/validators/bearer-token';
import { validateCxoneBaseUrl } from '../../../shared/validators/cxone-base-url';
import { validateCxoneRegion } from '../../../shared/validators/cxone-region';
import { validateCxoneAccessKeyId, validateCxoneAccessKeySecret, validateCxoneBearerToken } from '../../../shared/validators/cxone-secrets';
import type { ValidationResult } from '../../../shared/validators/result';

/**
 * Regressions found by the property tests (test/unit/property): validators run as the admin types,
 * so a long paste must be answered at once. Three regexes backtracked over every dot or line break
 * of a long run and took seconds on 200 000 characters (quadratic); the same refusals now come in
 * linear time.
 */
const LONG = 200_000;
/** The old regexes took 10 s and more here; linear work takes a few milliseconds. */
const PROMPT_MS = 1000;

function timed(validate: () => ValidationResult): { result: ValidationResult; ms: number } {
  const started = performance.now();
  const result = validate();
  return { result, ms: performance.now() - started };
}

const codeOf = (result: ValidationResult) => (result.ok ? 'ok' : result.code);

describe('a long paste is answered at once', () => {
  it('area code: many dots and no slash', () => {
    const { result, ms } = timed(() => validateCxoneRegion(`a${'.'.repeat(LONG)}`));
    expect(codeOf(result)).toBe('cxone-region-host');
    expect(ms).toBeLessThan(PROMPT_MS);
  });

  it('CXone base URL: many dots before a "?"', () => {
    const { result, ms } = timed(() => validateCxoneBaseUrl(`a${'.a'.repeat(LONG / 2)}?`));
    expect(codeOf(result)).toBe('cxone-base-url-not-a-url');
    expect(ms).toBeLessThan(PROMPT_MS);
  });

  it.each([
    ['Webex bearer token', validateBearerToken, 'token-has-spaces'],
    ['CXone bearer token', validateCxoneBearerToken, 'token-has-spaces'],
    ['access key ID', validateCxoneAccessKeyId, 'cxone-access-key-has-spaces'],
    ['secret access key', validateCxoneAccessKeySecret, 'cxone-access-key-has-spaces'],
  ] as const)('%s: a long run of line breaks inside', (_name, validate, code) => {
    const { result, ms } = timed(() => validate(`A${'\n'.repeat(LONG)}A`));
    expect(codeOf(result)).toBe(code);
    expect(ms).toBeLessThan(PROMPT_MS);
  });

  it('still drops line breaks around a token without a note, and keeps the shapes the old checks had', () => {
    const token = 'Abc123-._~+/xyzXYZ0987==';
    expect(validateBearerToken(`\r\n\n${token}\r\n`)).toEqual({ ok: true, value: token });
    expect(validateCxoneBearerToken(`\n${token}\n\n`)).toEqual({ ok: true, value: token });
    expect(codeOf(validateCxoneRegion('na1.nice-incontact.com/scim/v2'))).toBe('cxone-base-url-scheme');
    expect(codeOf(validateCxoneRegion('a.b/c'))).toBe('cxone-base-url-scheme');
    expect(codeOf(validateCxoneRegion('/a.b'))).toBe('cxone-region-host');
    expect(validateCxoneBaseUrl('na1.nice-incontact.com/scim/v2')).toMatchObject({ code: 'cxone-base-url-scheme', params: { variant: 'missing' } });
    expect(validateCxoneBaseUrl('na1.nice-incontact.com?x')).toMatchObject({ code: 'cxone-base-url-not-a-url' });
    expect(validateCxoneBaseUrl('na1.nice-incontact.com')).toMatchObject({ code: 'cxone-base-url-scheme', params: { variant: 'missing' } });
  });
});
