import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { areaOfCxoneBaseUrl, validateCxoneBaseUrl } from '../../../shared/validators/cxone-base-url';
import { validateCxoneRegion } from '../../../shared/validators/cxone-region';
import { disguisedHost, hostileText, pasted, randomCase, RUNS } from './arbitraries';
import { codeOf, expectWellFormed, noteCodes } from './result-shape';

/**
 * The CXone SCIM base URL and area code (README, "Validator codes"): exactly
 * `https://<area>.nice-incontact.com/scim/v2` or `/oauth/scim/v2`; the case of scheme and host,
 * paste debris, one trailing slash and a copied `/Users...` are normalised with a note; look-alike
 * hosts are refused with their reason; user info, query and fragment are refused and never quoted.
 */

/** An area code as cxone-area.ts defines it: 2-10 letters, then 1-3 digits. */
const areaArb = fc
  .tuple(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 2, maxLength: 10 }), fc.integer({ min: 0, max: 999 }))
  .map(([letters, n]) => `${letters}${n}`)
  .filter((area) => /^[a-z]{2,10}[0-9]{1,3}$/.test(area));
const pathArb = fc.constantFrom('/scim/v2', '/oauth/scim/v2');
const canonical = (area: string, path: string) => `https://${area}.nice-incontact.com${path}`;

/** Text a password, token or query could hold: a marker long enough that finding it in a refusal means it was quoted. */
const secretMarker = fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKMNPQRSTVWXYZ23456789'), minLength: 12, maxLength: 24 });

describe('CXone base URL: properties', () => {
  it('never throws on anything; the area field neither', () => {
    fc.assert(
      fc.property(hostileText, (input) => {
        expectWellFormed(validateCxoneBaseUrl(input));
        expectWellFormed(validateCxoneRegion(input));
      }),
      RUNS,
    );
  });

  it('normalises case, paste debris, one trailing slash and a copied /Users... to the canonical base, and accepts that unchanged', () => {
    const typed = fc
      .tuple(areaArb, pathArb, randomCase('https'), fc.constantFrom('', '/', '/Users', '/users/', '/Users/2819c223-7f76-453a-919d-413861904646'))
      .chain(([area, path, scheme, tail]) =>
        randomCase(`${area}.nice-incontact.com`).chain((host) =>
          pasted(fc.constant(`${scheme}://${host}${path}${tail}`)).map((text) => ({ area, path, text })),
        ),
      );
    fc.assert(
      fc.property(typed, ({ area, path, text }) => {
        const result = validateCxoneBaseUrl(text);
        expect(result).toMatchObject({ ok: true, value: canonical(area, path) });
        expect(noteCodes(result).length === 0).toBe(text === canonical(area, path));
        expect(validateCxoneBaseUrl(canonical(area, path))).toEqual({ ok: true, value: canonical(area, path) });
        expect(areaOfCxoneBaseUrl(canonical(area, path))).toBe(area);
        // Pasted whole into the area field, its area is kept.
        expect(validateCxoneRegion(text)).toMatchObject({ ok: true, value: area });
      }),
      RUNS,
    );
  });

  it('refuses every disguised API host (look-alike letters, fullwidth, percent-encoding, trailing dot, punycode) as a look-alike', () => {
    const disguised = fc.tuple(areaArb, pathArb).chain(([area, path]) => disguisedHost(`${area}.nice-incontact.com`).map((d) => ({ ...d, path })));
    fc.assert(
      fc.property(disguised, ({ host, kind, path }) => {
        const result = validateCxoneBaseUrl(`https://${host}${path}`);
        expectWellFormed(result);
        const reason = { homoglyph: 'non-ascii', fullwidth: 'non-ascii', percent: 'percent', 'trailing-dot': 'trailing-dot', punycode: 'punycode' }[kind];
        expect(result).toMatchObject({ ok: false, code: 'cxone-base-url-lookalike-host', params: { reason } });
      }),
      RUNS,
    );
  });

  it('refuses user info, query and fragment without ever quoting them (they can hold a password or a token)', () => {
    const leaky = fc.tuple(areaArb, pathArb, secretMarker, fc.constantFrom('userinfo', 'password', 'query', 'fragment')).map(([area, path, secret, where]) => {
      const host = `${area}.nice-incontact.com`;
      const url =
        where === 'userinfo'
          ? `https://${secret}@${host}${path}`
          : where === 'password'
            ? `https://admin:${secret}@${host}${path}`
            : `https://${host}${path}${where === 'query' ? '?access_token=' : '#access_token='}${secret}`;
      return { url, secret, where };
    });
    fc.assert(
      fc.property(leaky, ({ url, secret, where }) => {
        const result = validateCxoneBaseUrl(url);
        const expected = where === 'query' ? 'cxone-base-url-query' : where === 'fragment' ? 'cxone-base-url-fragment' : 'cxone-base-url-userinfo';
        expect(codeOf(result)).toBe(expected);
        expect(JSON.stringify(result)).not.toContain(secret);
      }),
      RUNS,
    );
  });

  it('refuses any port, and plain http, whatever the case', () => {
    fc.assert(
      fc.property(areaArb, pathArb, fc.oneof(fc.integer({ min: 0, max: 99999 }).map(String), fc.constant('')), randomCase('http'), (area, path, port, http) => {
        expect(codeOf(validateCxoneBaseUrl(`https://${area}.nice-incontact.com:${port}${path}`))).toBe('cxone-base-url-port');
        expect(validateCxoneBaseUrl(`${http}://${area}.nice-incontact.com${path}`)).toMatchObject({
          ok: false,
          code: 'cxone-base-url-scheme',
          params: { variant: 'http' },
        });
      }),
      RUNS,
    );
  });

  it('refuses percent-encoding and a path whose case differs', () => {
    const encoded = fc.tuple(areaArb, pathArb).chain(([area, path]) =>
      fc.integer({ min: 1, max: path.length - 1 }).map((i) => {
        const char = path[i] ?? '/';
        return `https://${area}.nice-incontact.com${path.slice(0, i)}%${(char.codePointAt(0) ?? 0).toString(16)}${path.slice(i + 1)}`;
      }),
    );
    fc.assert(
      fc.property(encoded, (url) => {
        expect(validateCxoneBaseUrl(url)).toMatchObject({ ok: false, code: 'cxone-base-url-path', params: { variant: 'percent' } });
      }),
      RUNS,
    );
    const upper = fc.tuple(
      areaArb,
      pathArb.chain((p) => randomCase(p).filter((typed) => typed !== p)),
    );
    fc.assert(
      fc.property(upper, ([area, path]) => {
        expect(validateCxoneBaseUrl(`https://${area}.nice-incontact.com${path}`)).toMatchObject({
          ok: false,
          code: 'cxone-base-url-path',
          params: { variant: 'case' },
        });
      }),
      RUNS,
    );
  });

  it('the area field lower-cases a code of the documented shape, and accepts its output unchanged', () => {
    fc.assert(
      fc.property(
        areaArb.chain((area) => randomCase(area).map((typed) => ({ area, typed }))),
        ({ area, typed }) => {
          const result = validateCxoneRegion(typed);
          expect(result).toMatchObject({ ok: true, value: area });
          expect(noteCodes(result)).toEqual(typed === area ? [] : ['lower-cased']);
          expect(validateCxoneRegion(area)).toEqual({ ok: true, value: area });
        },
      ),
      RUNS,
    );
  });
});
