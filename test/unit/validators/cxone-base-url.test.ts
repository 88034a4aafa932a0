import { describe, expect, it } from 'vitest';
import { areaOfCxoneBaseUrl, validateCxoneBaseUrl } from '../../../shared/validators/cxone-base-url';
import type { ValidationResult } from '../../../shared/validators/result';

const SCIM = 'https://na1.nice-incontact.com/scim/v2';
const OAUTH = 'https://na1.nice-incontact.com/oauth/scim/v2';

const check = validateCxoneBaseUrl;
const noteCodes = (result: ValidationResult) => (result.ok ? (result.notes ?? []).map((n) => n.code) : null);
const refusal = (result: ValidationResult) => (result.ok ? { code: 'ok', variant: undefined } : { code: result.code, variant: result.params?.variant });

/** Validating an accepted value again gives the same value, with nothing left to change. */
function expectFixedPoint(result: ValidationResult) {
  if (!result.ok) throw new Error(`expected an accepted value, got ${result.code}`);
  expect(check(result.value)).toEqual({ ok: true, value: result.value });
}

describe('validateCxoneBaseUrl: accepted', () => {
  it.each([SCIM, OAUTH])('accepts %s unchanged and without notes', (url) => {
    expect(check(url)).toEqual({ ok: true, value: url });
  });

  it.each(['au1', 'eu1', 'uk1', 'na2', 'ca1', 'abcdefghij123'])('accepts any area code shaped letters-then-digits: %s', (area) => {
    expect(check(`https://${area}.nice-incontact.com/scim/v2`)).toEqual({ ok: true, value: `https://${area}.nice-incontact.com/scim/v2` });
    expect(check(`https://${area}.nice-incontact.com/oauth/scim/v2`)).toMatchObject({ ok: true });
  });

  it.each([
    ['spaces around', `  ${SCIM}\t`, SCIM, ['trimmed-whitespace']],
    ['quotes around', `"${SCIM}"`, SCIM, ['removed-quotes']],
    ['typographic quotes and spaces', ` \u201C${OAUTH}\u201D `, OAUTH, ['trimmed-whitespace', 'removed-quotes']],
    ['one trailing slash', `${SCIM}/`, SCIM, ['removed-trailing-slash']],
    ['an upper-case host', 'https://NA1.Nice-InContact.COM/scim/v2', SCIM, ['lower-cased-host']],
    ['an upper-case scheme', 'HTTPS://na1.nice-incontact.com/oauth/scim/v2', OAUTH, ['lower-cased-scheme']],
    ['a copied /Users', `${SCIM}/Users`, SCIM, ['removed-users-path']],
    ['a copied /users in lower case', `${OAUTH}/users`, OAUTH, ['removed-users-path']],
    ['a copied /Users/<id> with a slash', `${SCIM}/Users/2819c223-7f76-453a-919d-413861904646/`, SCIM, ['removed-trailing-slash', 'removed-users-path']],
  ])('normalises %s, with a note for each change', (_label, input, value, notes) => {
    const result = check(input);
    expect(result).toMatchObject({ ok: true, value });
    expect(noteCodes(result)).toEqual(notes);
    expectFixedPoint(result);
  });

  it('says what it removed after the base', () => {
    const result = check(`${SCIM}/Users/abc`);
    expect(result.ok && result.notes?.[0]?.message).toBe('Removed "/Users/abc" at the end: the base URL ends at /scim/v2.');
  });

  it('areaOfCxoneBaseUrl reads the area of a normalised base URL, and nothing from anything else', () => {
    expect(areaOfCxoneBaseUrl(SCIM)).toBe('na1');
    expect(areaOfCxoneBaseUrl('https://eu1.nice-incontact.com/oauth/scim/v2')).toBe('eu1');
    expect(areaOfCxoneBaseUrl('https://na1.evil.example/scim/v2')).toBe('');
  });
});

describe('validateCxoneBaseUrl: refused, each with its own code', () => {
  it.each([
    ['nothing', '  ', 'empty', 'cxone-base-url'],
    ['only quotes', '""', 'empty', 'cxone-base-url'],
    ['plain text', 'hello', 'cxone-base-url-not-a-url', undefined],
    ['a single slash after the scheme', 'https:/na1.nice-incontact.com/scim/v2', 'cxone-base-url-not-a-url', undefined],
    ['a space inside', 'https://na1.nice-incontact.com/scim /v2', 'cxone-base-url-not-a-url', 'blank'],
    ['a tab inside the host', 'https://na1.nice-\tincontact.com/scim/v2', 'cxone-base-url-not-a-url', 'blank'],
    ['a zero-width space', 'https://na1.nice-incontact.com\u200B/scim/v2', 'cxone-base-url-not-a-url', 'blank'],
    ['backslashes', 'https:\\\\na1.nice-incontact.com\\scim\\v2', 'cxone-base-url-not-a-url', 'backslash'],
    ['no host', 'https:///scim/v2', 'cxone-base-url-not-a-url', 'no-host'],
    ['http', 'http://na1.nice-incontact.com/scim/v2', 'cxone-base-url-scheme', 'http'],
    ['another scheme', 'ftp://na1.nice-incontact.com/scim/v2', 'cxone-base-url-scheme', undefined],
    ['no scheme at all', 'na1.nice-incontact.com/scim/v2', 'cxone-base-url-scheme', 'missing'],
    ['a user name', 'https://admin@na1.nice-incontact.com/scim/v2', 'cxone-base-url-userinfo', undefined],
    ['the genuine host as a user name', 'https://na1.nice-incontact.com@evil.example/scim/v2', 'cxone-base-url-userinfo', undefined],
    ['a user name and no host', 'https://na1.nice-incontact.com@/scim/v2', 'cxone-base-url-userinfo', 'no-host'],
    ['another host', 'https://evil.example/scim/v2', 'cxone-base-url-host', undefined],
    ['an IP address', 'https://203.0.113.7/scim/v2', 'cxone-base-url-host', undefined],
    ['the bare domain', 'https://nice-incontact.com/scim/v2', 'cxone-base-url-host', 'no-area'],
    ['an empty area label', 'https://.nice-incontact.com/scim/v2', 'cxone-base-url-host', 'no-area'],
    ['a label that is not an area code', 'https://api-na1.nice-incontact.com/scim/v2', 'cxone-base-url-host', 'area'],
    ['digits first', 'https://1na.nice-incontact.com/scim/v2', 'cxone-base-url-host', 'area'],
    ['an extra label after the area', 'https://na1.evil.nice-incontact.com/scim/v2', 'cxone-base-url-host', 'extra-labels'],
    ['an extra label before the area', 'https://evil.na1.nice-incontact.com/scim/v2', 'cxone-base-url-host', 'extra-labels'],
    ['the OAuth host', 'https://cxone.niceincontact.com/scim/v2', 'cxone-base-url-oauth-host', undefined],
    ['the FedRAMP OAuth host', 'https://cxone-gov.niceincontact.com/auth/token', 'cxone-base-url-oauth-host', undefined],
    ['the area on the OAuth domain', 'https://na1.niceincontact.com/scim/v2', 'cxone-base-url-oauth-host', undefined],
    ['the OAuth domain alone', 'https://niceincontact.com/scim/v2', 'cxone-base-url-oauth-host', undefined],
    ['port 443', 'https://na1.nice-incontact.com:443/scim/v2', 'cxone-base-url-port', undefined],
    ['another port', 'https://na1.nice-incontact.com:8443/scim/v2', 'cxone-base-url-port', undefined],
    ['an empty port', 'https://na1.nice-incontact.com:/scim/v2', 'cxone-base-url-port', undefined],
    ['no path', 'https://na1.nice-incontact.com', 'cxone-base-url-path', 'no-path'],
    ['only a slash', 'https://na1.nice-incontact.com/', 'cxone-base-url-path', 'no-path'],
    ['another version', 'https://na1.nice-incontact.com/scim/v1', 'cxone-base-url-path', undefined],
    ['/scim without /v2', 'https://na1.nice-incontact.com/scim', 'cxone-base-url-path', undefined],
    ['another prefix', 'https://na1.nice-incontact.com/api/scim/v2', 'cxone-base-url-path', undefined],
    ['upper-case path', 'https://na1.nice-incontact.com/SCIM/V2', 'cxone-base-url-path', 'case'],
    ['mixed-case path with /Users', 'https://na1.nice-incontact.com/Oauth/Scim/v2/Users', 'cxone-base-url-path', 'case'],
    ['/scim before /oauth', 'https://na1.nice-incontact.com/scim/oauth/v2', 'cxone-base-url-path', 'order'],
    ['a percent-encoded path', 'https://na1.nice-incontact.com/%73cim/v2', 'cxone-base-url-path', 'percent'],
    ['dot segments', 'https://na1.nice-incontact.com/x/../scim/v2', 'cxone-base-url-path', 'dot-segments'],
    ['a single dot segment', 'https://na1.nice-incontact.com/./scim/v2', 'cxone-base-url-path', 'dot-segments'],
    ['a double slash inside', 'https://na1.nice-incontact.com/scim//v2', 'cxone-base-url-path', 'empty-segment'],
    ['two trailing slashes', 'https://na1.nice-incontact.com/scim/v2//', 'cxone-base-url-path', 'empty-segment'],
    ['another SCIM resource', 'https://na1.nice-incontact.com/scim/v2/Groups', 'cxone-base-url-path', 'extra'],
    ['something after /oauth/scim/v2', 'https://na1.nice-incontact.com/oauth/scim/v2/ServiceProviderConfig', 'cxone-base-url-path', 'extra'],
    ['a query', 'https://na1.nice-incontact.com/scim/v2?filter=x', 'cxone-base-url-query', undefined],
    ['an empty query', 'https://na1.nice-incontact.com/scim/v2?', 'cxone-base-url-query', undefined],
    ['a fragment', 'https://na1.nice-incontact.com/oauth/scim/v2#top', 'cxone-base-url-fragment', undefined],
  ])('%s: %s', (_label, input, code, variant) => {
    expect(refusal(check(input))).toEqual({ code, variant });
  });

  it('names the position and the character of a blank', () => {
    const result = check('https://na1.nice-incontact.com/scim /v2');
    expect(result).toMatchObject({ params: { char: ' ', position: 36 } });
    expect(result.ok ? '' : result.message).toBe("The URL contains ' ' (a space) at position 36; a URL has no spaces or invisible characters.");
  });

  it('says which two paths are accepted', () => {
    const result = check('https://na1.nice-incontact.com/scim/v1');
    expect(result.ok ? '' : result.message).toBe('The path must be /scim/v2 (access key) or /oauth/scim/v2 (bearer token); this URL has "/scim/v1".');
  });

  it('says where a URL with user info really goes', () => {
    const result = check('https://na1.nice-incontact.com@evil.example/scim/v2');
    expect(result).toMatchObject({ params: { host: 'evil.example' } });
    expect(result.ok ? '' : result.message).toContain('really goes to evil.example');
  });

  it('says the OAuth domain is not the API one, and which host is', () => {
    const result = check('https://na1.niceincontact.com/scim/v2');
    expect(result).toMatchObject({ params: { host: 'na1.niceincontact.com', expected: 'na1.nice-incontact.com' } });
    expect(result.ok ? '' : result.message).toMatch(/niceincontact\.com \(no hyphen\).*not the SCIM API.*na1\.nice-incontact\.com/);
  });

  it('tells "/oauth first" for the order the seed sentence suggests', () => {
    const result = check('https://na1.nice-incontact.com/scim/oauth/v2');
    expect(result.ok ? '' : result.message).toContain('/oauth/scim/v2 (/oauth first)');
  });

  it('never quotes a password in the user info, nor a token in the query or fragment', () => {
    for (const input of [
      'https://admin:hunter2-secret@na1.nice-incontact.com/scim/v2',
      'https://na1.nice-incontact.com/scim/v2?access_token=hunter2-secret',
      'https://na1.nice-incontact.com/scim/v2#access_token=hunter2-secret',
    ]) {
      const result = check(input);
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toContain('hunter2');
    }
  });
});

describe('validateCxoneBaseUrl: look-alike hosts', () => {
  it.each([
    ['a foreign top-level domain', 'https://na1.nice-incontact.co/scim/v2', 'typo-one'],
    ['an l for an i', 'https://na1.nice-lncontact.com/scim/v2', 'lookalike-characters'],
    ['a 1 for an i', 'https://na1.nice-1ncontact.com/scim/v2', 'lookalike-characters'],
    ['two typos', 'https://na1.nice-incontct.co/scim/v2', 'typo'],
    ['the bare domain misspelt', 'https://nice-incontact.co/scim/v2', 'typo-one'],
    ['the genuine host inside another domain', 'https://na1.nice-incontact.com.evil.com/scim/v2', 'contains'],
    ['the bare domain inside another domain', 'https://nice-incontact.com.evil.com/scim/v2', 'contains'],
    ['the domain glued to another name', 'https://evil-nice-incontact.com/scim/v2', 'contains'],
    ['the brand under another domain', 'https://nice-incontact.evil.com/scim/v2', 'brand'],
    ['the brand under another top-level domain', 'https://eu1.nice-incontact.net/scim/v2', 'brand'],
    ['the OAuth brand inside another domain', 'https://niceincontact.com.evil.com/scim/v2', 'brand'],
    ['a Cyrillic a (Unicode)', 'https://n\u04301.nice-incontact.com/scim/v2', 'non-ascii'],
    ['full-width letters (Unicode)', 'https://\uFF4E\uFF41\uFF11.nice-incontact.com/scim/v2', 'non-ascii'],
    ['a Unicode look-alike in the domain', 'https://na1.nice-inc\u043Entact.com/scim/v2', 'non-ascii'],
    ['a punycode area label (xn--)', 'https://xn--na1-8cd.nice-incontact.com/scim/v2', 'punycode'],
    ['a punycode domain (xn--)', 'https://na1.xn--nice-incontct-wpb.com/scim/v2', 'punycode'],
    ['a percent-encoded host', 'https://na1.nice-incontact%2Ecom/scim/v2', 'percent'],
    ['a percent-encoded letter', 'https://n%611.nice-incontact.com/scim/v2', 'percent'],
    ['a trailing dot', 'https://na1.nice-incontact.com./scim/v2', 'trailing-dot'],
  ])('%s: %s', (_label, input, reason) => {
    const result = check(input);
    expect(result).toMatchObject({ ok: false, code: 'cxone-base-url-lookalike-host', params: { reason } });
    expect(result.ok ? '' : result.message).toContain('it only looks like');
  });

  it('compares with the host of the area the URL names', () => {
    expect(check('https://eu1.nice-lncontact.com/scim/v2')).toMatchObject({
      params: { expected: 'eu1.nice-incontact.com', genuine: 'eu1.nice-incontact.com' },
    });
  });
});
