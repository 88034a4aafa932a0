import { describe, expect, it } from 'vitest';
import { validateCxoneRegion } from '../../../shared/validators/cxone-region';
import type { ValidationResult } from '../../../shared/validators/result';

const check = validateCxoneRegion;
const noteCodes = (result: ValidationResult) => (result.ok ? (result.notes ?? []).map((n) => n.code) : null);
const refusal = (result: ValidationResult) => (result.ok ? { code: 'ok', variant: undefined } : { code: result.code, variant: result.params?.variant });

function expectFixedPoint(result: ValidationResult) {
  if (!result.ok) throw new Error(`expected an accepted value, got ${result.code}`);
  expect(check(result.value)).toEqual({ ok: true, value: result.value });
}

describe('validateCxoneRegion: accepted', () => {
  it.each(['na1', 'au1', 'eu1', 'na2', 'uk1', 'ab1', 'abcdefghij123'])('accepts %s unchanged and without notes', (area) => {
    expect(check(area)).toEqual({ ok: true, value: area });
  });

  it.each([
    ['upper case', 'NA1', 'na1', ['lower-cased']],
    ['mixed case', 'Eu1', 'eu1', ['lower-cased']],
    ['spaces around', '  au1\n', 'au1', ['trimmed-whitespace']],
    ['quotes and upper case', '"NA2"', 'na2', ['removed-quotes', 'lower-cased']],
  ])('normalises %s, with a note for each change', (_label, input, value, notes) => {
    const result = check(input);
    expect(result).toMatchObject({ ok: true, value });
    expect(noteCodes(result)).toEqual(notes);
    expectFixedPoint(result);
  });

  it('says what it lower-cased', () => {
    const result = check('NA1');
    expect(result.ok && result.notes?.[0]?.message).toBe('Changed NA1 to lower case: na1.');
  });

  it.each([
    ['the access-key base URL', 'https://au1.nice-incontact.com/scim/v2', 'au1', ['region-from-url']],
    ['the bearer-token base URL', 'https://eu1.nice-incontact.com/oauth/scim/v2', 'eu1', ['region-from-url']],
    [
      'a base URL in upper case with a slash',
      'HTTPS://NA1.NICE-INCONTACT.COM/scim/v2/',
      'na1',
      ['lower-cased-scheme', 'lower-cased-host', 'removed-trailing-slash', 'region-from-url'],
    ],
    [
      'a quoted base URL with /Users',
      ' "https://na1.nice-incontact.com/scim/v2/Users" ',
      'na1',
      ['trimmed-whitespace', 'removed-quotes', 'removed-users-path', 'region-from-url'],
    ],
  ])('takes the area from %s, with the note region-from-url', (_label, input, value, notes) => {
    const result = check(input);
    expect(result).toMatchObject({ ok: true, value });
    expect(noteCodes(result)).toEqual(notes);
    expectFixedPoint(result);
  });
});

describe('validateCxoneRegion: refused, each with its own code', () => {
  it.each([
    ['nothing', ' ', 'empty', 'cxone-region'],
    ['only quotes', "''", 'empty', 'cxone-region'],
    ['digits first', '1na', 'cxone-region-digits-first', undefined],
    ['only digits', '123', 'cxone-region-digits-first', undefined],
    ['no digits', 'na', 'cxone-region-shape', 'no-digits'],
    ['one letter', 'n1', 'cxone-region-shape', undefined],
    ['too many letters', 'abcdefghijk1', 'cxone-region-shape', undefined],
    ['too many digits', 'na1234', 'cxone-region-shape', undefined],
    ['letters after the digits', 'na1a', 'cxone-region-shape', undefined],
    ['a hyphen', 'na-1', 'cxone-region-bad-character', undefined],
    ['a space inside', 'na 1', 'cxone-region-bad-character', undefined],
    ['a slash', 'na1/', 'cxone-region-bad-character', undefined],
    ['a non-ASCII letter', 'n\u04301', 'cxone-region-bad-character', undefined],
    ['a full-width digit', 'na\uFF11', 'cxone-region-bad-character', undefined],
    ['the API host', 'na1.nice-incontact.com', 'cxone-region-host', undefined],
    ['the API host in upper case', 'NA1.NICE-INCONTACT.COM', 'cxone-region-host', undefined],
    ['another host', 'na1.evil.example', 'cxone-region-host', 'other'],
    ['a dot after the code', 'na1.', 'cxone-region-host', 'other'],
  ])('%s: %s', (_label, input, code, variant) => {
    expect(refusal(check(input))).toEqual({ code, variant });
  });

  it('names the character and its position', () => {
    const result = check('na_1');
    expect(result).toMatchObject({ params: { char: '_', position: 3 } });
    expect(result.ok ? '' : result.message).toBe("Character '_' at position 3 cannot be part of an area code (letters then digits, e.g. na1).");
  });

  it('tells which area code to type instead of the host', () => {
    const result = check('EU1.nice-incontact.com');
    expect(result).toMatchObject({ code: 'cxone-region-host', params: { area: 'eu1' } });
    expect(result.ok ? '' : result.message).toBe('Type only the area code, eu1, not the host name.');
  });

  it('states the lengths it allows', () => {
    const result = check('na12345');
    expect(result.ok ? '' : result.message).toBe('An area code is 2-10 letters, then 1-3 digits (e.g. na1, au1, eu1); "na12345" is not one.');
  });

  it.each([
    ['http', 'http://na1.nice-incontact.com/scim/v2', 'cxone-base-url-scheme'],
    ['a look-alike host', 'https://na1.nice-lncontact.com/scim/v2', 'cxone-base-url-lookalike-host'],
    ['an IDN host', 'https://xn--na1-8cd.nice-incontact.com/scim/v2', 'cxone-base-url-lookalike-host'],
    ['the OAuth host', 'https://cxone.niceincontact.com/auth/token', 'cxone-base-url-oauth-host'],
    ['a wrong path', 'https://na1.nice-incontact.com/scim/v1', 'cxone-base-url-path'],
    ['a host and path without https://', 'na1.nice-incontact.com/scim/v2', 'cxone-base-url-scheme'],
  ])('a pasted base URL is checked as one: %s', (_label, input, code) => {
    expect(check(input)).toMatchObject({ ok: false, code });
  });
});
