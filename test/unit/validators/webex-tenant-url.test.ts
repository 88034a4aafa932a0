import { describe, expect, it } from 'vitest';
import type { ValidationResult } from '../../../shared/validators/result';
import type { TenantUrlOptions } from '../../../shared/validators/webex-tenant-url';
import { validateWebexTenantUrl } from '../../../shared/validators/webex-tenant-url';

const ID = 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c';
const SEED = 'a35bfbc6-ccbd-4a17-a488-72gf46c5420c';
const COMMERCIAL = `https://api.ciscospark.com/v1/scim/${ID}`;
const GOVERNMENT = `https://api-usgov.webex.com/v1/scim/${ID}`;
const commercial: TenantUrlOptions = { offer: 'commercial' };
const government: TenantUrlOptions = { offer: 'government' };
const TEST_BASE = 'http://127.0.0.1:4567/scim/v2';
const onTestBase: TenantUrlOptions = { offer: 'commercial', scimBaseUrl: TEST_BASE };

const check = (input: string, options: TenantUrlOptions = commercial) => validateWebexTenantUrl(input, options);
const codeOf = (result: ValidationResult) => (result.ok ? 'ok' : result.code);
const messageOf = (result: ValidationResult) => (result.ok ? '' : result.message);
const noteCodes = (result: ValidationResult) => (result.ok ? (result.notes ?? []).map((n) => n.code) : null);

describe('validateWebexTenantUrl: accepted', () => {
  it('accepts the commercial and the Government URL for their own offer, unchanged and without notes', () => {
    expect(check(COMMERCIAL)).toEqual({ ok: true, value: COMMERCIAL });
    expect(check(GOVERNMENT, government)).toEqual({ ok: true, value: GOVERNMENT });
  });

  it.each([
    ['spaces around', `  ${COMMERCIAL} `, ['trimmed-whitespace']],
    ['quotes around', `"${COMMERCIAL}"`, ['removed-quotes']],
    ['typographic quotes around', `\u201C${COMMERCIAL}\u201D`, ['removed-quotes']],
    ['one trailing slash', `${COMMERCIAL}/`, ['removed-trailing-slash']],
    ['an upper-case Org ID', `https://api.ciscospark.com/v1/scim/${ID.toUpperCase()}`, ['lower-cased']],
    ['an upper-case scheme and host', `HTTPS://API.CiscoSpark.COM/v1/scim/${ID}`, ['lower-cased-scheme', 'lower-cased-host']],
  ])('normalises %s, with a note for each change', (_label, input, notes) => {
    const result = check(input);
    expect(result).toMatchObject({ ok: true, value: COMMERCIAL });
    expect(noteCodes(result)).toEqual(notes);
  });

  it('decodes a base64 org id at the end of the URL', () => {
    const b64 = Buffer.from(`ciscospark://us/ORGANIZATION/${ID}`).toString('base64url');
    expect(check(`https://api.ciscospark.com/v1/scim/${b64}`)).toMatchObject({ ok: true, value: COMMERCIAL });
  });
});

describe('validateWebexTenantUrl: refused, each with its own code', () => {
  it.each([
    ['plain text', 'hello'],
    ['a host without https://', `api.ciscospark.com/v1/scim/${ID}`],
    ['a single slash after the scheme', `https:/api.ciscospark.com/v1/scim/${ID}`],
    ['a scheme without slashes', 'mailto:admin@example.com'],
    ['a space inside', `https://api.ciscospark.com/v1/scim/ ${ID}`],
    ['a tab inside the host (URL parsers drop it)', `https://api.cisco\tspark.com/v1/scim/${ID}`],
    ['backslashes', `https:\\\\api.ciscospark.com\\v1\\scim\\${ID}`],
    ['no host', `https:///v1/scim/${ID}`],
  ])('not-a-url: %s', (_label, input) => {
    expect(codeOf(check(input))).toBe('not-a-url');
  });

  it('names the position of a space inside the URL', () => {
    expect(check(`https://api.ciscospark.com/v1/scim/ ${ID}`)).toMatchObject({ params: { char: ' ', position: 36 } });
  });

  it.each([
    ['http', `http://api.ciscospark.com/v1/scim/${ID}`, 'unencrypted'],
    ['ftp', `ftp://api.ciscospark.com/v1/scim/${ID}`, 'ftp://'],
  ])('not-https: %s', (_label, input, said) => {
    const result = check(input);
    expect(result).toMatchObject({ code: 'not-https', params: { scheme: _label } });
    expect(messageOf(result)).toContain(said);
  });

  it('userinfo: a genuine-looking host before "@" hides the real one, and says which', () => {
    const result = check(`https://api.ciscospark.com@evil.example/v1/scim/${ID}`);
    expect(result).toMatchObject({ code: 'userinfo', params: { host: 'evil.example' } });
    expect(messageOf(result)).toContain('really goes to evil.example');
    expect(codeOf(check(`https://user:secret@api.ciscospark.com/v1/scim/${ID}`))).toBe('userinfo');
  });

  it.each([':443', ':8443', ':'])('port: %s is refused, even the default https port new URL() would drop', (port) => {
    const input = `https://api.ciscospark.com${port}/v1/scim/${ID}`;
    expect(new URL(`https://api.ciscospark.com:443/`).port).toBe(''); // why the raw text is inspected
    expect(check(input)).toMatchObject({ code: 'port', params: { port: port.slice(1) } });
  });

  it('query and fragment are refused, even when empty', () => {
    expect(check(`${COMMERCIAL}?filter=x`)).toMatchObject({ code: 'query', params: { query: 'filter=x' } });
    expect(codeOf(check(`${COMMERCIAL}?`))).toBe('query');
    expect(check(`${COMMERCIAL}#top`)).toMatchObject({ code: 'fragment', params: { fragment: 'top' } });
    expect(codeOf(check(`${COMMERCIAL}#`))).toBe('fragment');
  });

  it.each(['evil.example', 'api.webex.com', 'webexapis.com', 'ciscospark.com', '127.0.0.1'])('wrong-host: %s', (host) => {
    const result = check(`https://${host}/v1/scim/${ID}`);
    expect(result).toMatchObject({ code: 'wrong-host', params: { host, expected: 'api.ciscospark.com' } });
    expect(messageOf(result)).toContain(`this one goes to ${host}`);
  });

  it.each([
    ['the genuine name inside another domain', 'api.ciscospark.com.evil.com'],
    ['a dash for a dot', 'api-ciscospark.com'],
    ['l for i', 'apl.ciscospark.com'],
    ['digits for letters', 'api.c1sc0spark.com'],
    ['a missing letter', 'api.ciscopark.com'],
    ['another top-level domain', 'api.ciscospark.co'],
    ['the brand under another domain', 'ciscospark.evil.com'],
    ['punycode', 'xn--pi-7ba.ciscospark.com'],
    ['a Cyrillic a', '\u0430pi.ciscospark.com'],
    ['full-width letters', '\uFF41\uFF50\uFF49.ciscospark.com'],
    ['a percent-encoded dot', 'api.ciscospark%2Ecom'],
    ['a trailing dot', 'api.ciscospark.com.'],
    ['a typo of the Government host', 'api-usgov.webex.co'],
  ])('lookalike-host: %s', (_label, host) => {
    const result = check(`https://${host}/v1/scim/${ID}`);
    expect(result).toMatchObject({ code: 'lookalike-host', params: { expected: 'api.ciscospark.com' } });
    expect(messageOf(result)).toContain('only looks like api.ciscospark.com');
  });

  it('refuses hosts that new URL() would silently turn into the genuine one', () => {
    for (const host of ['\uFF41\uFF50\uFF49.ciscospark.com', 'api.ciscospark%2Ecom', 'API.CISCOSPARK.COM\u200B']) {
      expect(new URL(`https://${host}/`).hostname).toBe('api.ciscospark.com');
      expect(check(`https://${host}/v1/scim/${ID}`).ok).toBe(false);
    }
  });

  it('wrong-offer: tells the admin which offer a URL belongs to, both ways', () => {
    expect(check(GOVERNMENT, commercial)).toMatchObject({
      code: 'wrong-offer',
      message: 'This is the Webex for Government tenant URL; choose Webex for Government in the first step, or use https://api.ciscospark.com/v1/scim/<OrgId>.',
      params: { offer: 'government' },
    });
    expect(check(COMMERCIAL, government)).toMatchObject({
      code: 'wrong-offer',
      message: 'This is the Webex (commercial) tenant URL; choose Webex (commercial) in the first step, or use https://api-usgov.webex.com/v1/scim/<OrgId>.',
      params: { offer: 'commercial' },
    });
  });

  it.each([
    ['another version', `https://api.ciscospark.com/v2/scim/${ID}`],
    ['upper-case path', `https://api.ciscospark.com/V1/SCIM/${ID}`],
    ['no path', 'https://api.ciscospark.com'],
    ['a root path', 'https://api.ciscospark.com/'],
    ['dot segments', `https://api.ciscospark.com/v1/scim/../scim/${ID}`],
    ['a dot segment', `https://api.ciscospark.com/v1/./scim/${ID}`],
    ['percent-encoded dots', `https://api.ciscospark.com/v1/scim/%2e%2e/scim/${ID}`],
    ['an empty segment', `https://api.ciscospark.com/v1//scim/${ID}`],
    ['two trailing slashes (only one is dropped)', `${COMMERCIAL}//`],
  ])('wrong-path: %s', (_label, input) => {
    expect(check(input)).toMatchObject({ code: 'wrong-path' });
  });

  it('says the path is case-sensitive when only its case is wrong', () => {
    expect(messageOf(check(`https://api.ciscospark.com/V1/SCIM/${ID}`))).toContain('(in lower case)');
  });

  it.each(['https://api.ciscospark.com/v1/scim/', 'https://api.ciscospark.com/v1/scim'])('missing-org-id: %s', (input) => {
    expect(check(input)).toMatchObject({
      ok: false,
      code: 'missing-org-id',
      message: 'The URL ends at /v1/scim/ without the Org ID; add it: https://api.ciscospark.com/v1/scim/<OrgId>.',
    });
  });

  it('extra-path-segments: names what follows the Org ID', () => {
    expect(check(`${COMMERCIAL}/Users`)).toMatchObject({ code: 'extra-path-segments', params: { extra: '/Users' } });
  });

  it('passes Org ID problems through with the Org ID codes, saying where the Org ID is', () => {
    const result = check(`https://api.ciscospark.com/v1/scim/${SEED}`);
    expect(result).toEqual({
      ok: false,
      code: 'org-id-bad-character',
      message: "The Org ID at the end of the URL is not valid. Character 'g' at position 27 is not a hexadecimal digit (0-9, a-f).",
      params: { char: 'g', position: 27, within: 'tenant-url' },
    });
    expect(codeOf(check('https://api.ciscospark.com/v1/scim/a35bfbc6-ccb-4a17-a488-72ef46c5420c'))).toBe('org-id-group-length');
    expect(codeOf(check('https://api.ciscospark.com/v1/scim/a35bfbc6-ccbd'))).toBe('org-id-group-count');
    expect(codeOf(check(`https://api.ciscospark.com/v1/scim/${ID}${ID}`))).toBe('org-id-too-long');
    const people = Buffer.from(`ciscospark://us/PEOPLE/${ID}`).toString('base64url');
    expect(codeOf(check(`https://api.ciscospark.com/v1/scim/${people}`))).toBe('org-id-base64-not-organization');
  });

  it('refuses empty input', () => {
    expect(check('  ')).toEqual({ ok: false, code: 'empty', message: 'Enter the tenant URL.', params: { variant: 'tenant-url' } });
  });

  it('reports the leftmost problem first', () => {
    expect(codeOf(check(`http://evil.example:8080/x?y#z`))).toBe('not-https');
    expect(codeOf(check(`https://evil.example:8080/x?y#z`))).toBe('wrong-host');
    expect(codeOf(check(`https://api.ciscospark.com:8080/x?y#z`))).toBe('port');
    expect(codeOf(check(`https://api.ciscospark.com/x?y#z`))).toBe('wrong-path');
    expect(codeOf(check(`${COMMERCIAL}?y#z`))).toBe('query');
  });
});

describe('validateWebexTenantUrl: test endpoints (scimBaseUrl)', () => {
  const TEST_URL = `${TEST_BASE}/${ID}`;

  it('expects the test base instead of production, allowing http on loopback', () => {
    expect(check(TEST_URL, onTestBase)).toEqual({ ok: true, value: TEST_URL });
    expect(check(`http://[::1]:4567/scim/v2/${ID}`, { offer: 'commercial', scimBaseUrl: 'http://[::1]:4567/scim/v2' })).toEqual({
      ok: true,
      value: `http://[::1]:4567/scim/v2/${ID}`,
    });
    expect(check(`http://localhost:4567/${ID}`, { offer: 'government', scimBaseUrl: 'http://localhost:4567' })).toEqual({
      ok: true,
      value: `http://localhost:4567/${ID}`,
    });
  });

  it('refuses the production URL and any other scheme, port or host while the test base is in force', () => {
    expect(check(COMMERCIAL, onTestBase)).toMatchObject({ code: 'wrong-scheme', params: { scheme: 'https', expected: 'http' } });
    expect(check(`http://api.ciscospark.com/v1/scim/${ID}`, onTestBase)).toMatchObject({ code: 'wrong-host', params: { expected: '127.0.0.1' } });
    expect(check(`http://127.0.0.1/scim/v2/${ID}`, onTestBase)).toMatchObject({ code: 'port', params: { port: '', expected: '4567' } });
    expect(check(`http://127.0.0.1:4568/scim/v2/${ID}`, onTestBase)).toMatchObject({ code: 'port', params: { port: '4568' } });
    expect(codeOf(check(`http://127.0.0.1:4567/v1/scim/${ID}`, onTestBase))).toBe('wrong-path');
    expect(codeOf(check(`http://127.0.0.1:4567/scim/v2/`, onTestBase))).toBe('missing-org-id');
  });

  it('an https test base needs https; an http base off loopback is refused as unusable', () => {
    const httpsBase = { offer: 'commercial' as const, scimBaseUrl: 'https://scim.test.example/v1/scim' };
    expect(check(`https://scim.test.example/v1/scim/${ID}`, httpsBase)).toMatchObject({ ok: true });
    expect(codeOf(check(`http://scim.test.example/v1/scim/${ID}`, httpsBase))).toBe('not-https');
    expect(codeOf(check(`http://10.0.0.5/v1/scim/${ID}`, { offer: 'commercial', scimBaseUrl: 'http://10.0.0.5/v1/scim' }))).toBe('invalid-scim-base');
  });

  it('treats the production base passed explicitly like no base, and tolerates a trailing slash on the base', () => {
    expect(check(COMMERCIAL, { offer: 'commercial', scimBaseUrl: 'https://api.ciscospark.com/v1/scim' })).toEqual(check(COMMERCIAL));
    expect(check(GOVERNMENT, { offer: 'commercial', scimBaseUrl: 'https://api.ciscospark.com/v1/scim' })).toMatchObject({ code: 'wrong-offer' });
    expect(check(TEST_URL, { ...onTestBase, scimBaseUrl: `${TEST_BASE}/` })).toEqual({ ok: true, value: TEST_URL });
  });
});

describe('validateWebexTenantUrl: fuzz', () => {
  function prng(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const NOISE = Array.from('/:@?#%.\\-_ aAgG09xn\u0430\uFF41"\'\u200B');
  const TENANT_URL = /^https:\/\/api\.ciscospark\.com\/v1\/scim\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  it('never throws; whatever it accepts is exactly base + "/" + a lower-case UUID, and re-validates to itself', () => {
    const random = prng(4567);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const seeds = [COMMERCIAL, GOVERNMENT, `${COMMERCIAL}/`, `HTTPS://API.CISCOSPARK.COM/v1/scim/${ID.toUpperCase()}`, `"${COMMERCIAL}"`];
    let accepted = 0;
    for (let i = 0; i < 2000; i++) {
      const chars = Array.from(pick(seeds));
      // One to three edits: insert, delete or replace a character anywhere, including the host.
      for (let m = 1 + Math.floor(random() * 3); m > 0; m--) {
        const at = Math.floor(random() * (chars.length + 1));
        const edit = random();
        if (edit < 0.34) chars.splice(at, 0, pick(NOISE));
        else if (edit < 0.67) chars.splice(at, 1);
        else chars.splice(at, 1, pick(NOISE));
      }
      const input = i % 10 === 0 ? pick(seeds) : chars.join('');
      const result = check(input);
      if (result.ok) {
        accepted++;
        expect(result.value, JSON.stringify(input)).toMatch(TENANT_URL);
        expect(check(result.value)).toEqual({ ok: true, value: result.value });
      } else {
        expect(result.code).toMatch(/^[a-z0-9-]+$/);
        expect(result.message.length).toBeGreaterThan(10);
      }
    }
    expect(accepted).toBeGreaterThan(100);
  });
});
