import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TenantUrlOptions } from '../../../shared/validators/webex-tenant-url';
import { validateWebexTenantUrl } from '../../../shared/validators/webex-tenant-url';
import { disguisedHost, hostileText, pasted, randomCase, RUNS } from './arbitraries';
import { codeOf, expectWellFormed, noteCodes } from './result-shape';

/**
 * The tenant URL receives the bearer token from Entra (README, "Validator codes"): the harmless
 * paste debris is normalised with a note (spaces, quotes, the case of scheme, host and Org ID,
 * one trailing slash); anything that could send the token elsewhere is refused, never repaired.
 */

const HOSTS = { commercial: 'api.ciscospark.com', government: 'api-usgov.webex.com' } as const;
const offers = ['commercial', 'government'] as const;
const offerArb = fc.constantFrom(...offers);
const check = (input: string, offer: (typeof offers)[number]) => validateWebexTenantUrl(input, { offer });

/** The genuine URL of an offer for an Org ID, as Control Hub's procedure spells it. */
const genuine = (offer: (typeof offers)[number], orgId: string) => `https://${HOSTS[offer]}/v1/scim/${orgId}`;

/** Userinfo, host and port text: no "/", "?", "#", "\\", "@" or blanks, so it stays one piece of the authority. */
const authorityText = fc.string({ unit: fc.constantFrom(..."abcXYZ019-._~!$&'()*+,;=:%"), minLength: 1, maxLength: 20 });

describe('webex tenant URL: properties', () => {
  it('never throws, on anything, in either offer or with a test base', () => {
    const options: TenantUrlOptions[] = [
      { offer: 'commercial' },
      { offer: 'government' },
      { offer: 'commercial', scimBaseUrl: 'http://127.0.0.1:5000/v1/scim' },
    ];
    fc.assert(
      fc.property(hostileText, fc.constantFrom(...options), (input, option) => expectWellFormed(validateWebexTenantUrl(input, option))),
      RUNS,
    );
  });

  it('normalises the case of scheme, host and Org ID, paste debris and one trailing slash, to the one canonical URL', () => {
    const variant = fc
      .tuple(offerArb, fc.uuid(), fc.boolean(), fc.boolean())
      .chain(([offer, orgId, upperId, slash]) =>
        fc.tuple(fc.constant(offer), fc.constant(orgId), randomCase('https'), randomCase(HOSTS[offer])).map(([, , scheme, host]) => ({
          offer,
          orgId,
          text: `${scheme}://${host}/v1/scim/${upperId ? orgId.toUpperCase() : orgId}${slash ? '/' : ''}`,
        })),
      )
      .chain((v) => pasted(fc.constant(v.text)).map((text) => ({ ...v, text })));
    fc.assert(
      fc.property(variant, ({ offer, orgId, text }) => {
        const result = check(text, offer);
        expect(result).toMatchObject({ ok: true, value: genuine(offer, orgId) });
        // Unchanged input, no notes; anything changed is said.
        expect(noteCodes(result).length === 0).toBe(text === genuine(offer, orgId));
        expect(check(genuine(offer, orgId), offer)).toEqual({ ok: true, value: genuine(offer, orgId) });
      }),
      RUNS,
    );
  });

  it('refuses every disguised Webex host (look-alike letters, fullwidth, percent-encoding, trailing dot, punycode) as a look-alike', () => {
    const disguised = offerArb.chain((genuineOffer) => fc.tuple(offerArb, fc.uuid(), disguisedHost(HOSTS[genuineOffer])));
    fc.assert(
      fc.property(disguised, ([offer, orgId, { host, kind }]) => {
        const result = check(`https://${host}/v1/scim/${orgId}`, offer);
        expectWellFormed(result);
        const reason = { homoglyph: 'non-ascii', fullwidth: 'non-ascii', percent: 'percent', 'trailing-dot': 'trailing-dot', punycode: 'punycode' }[kind];
        expect(result).toMatchObject({ ok: false, code: 'lookalike-host', params: { reason } });
      }),
      RUNS,
    );
  });

  it('refuses user info before any host, and names where the URL really goes', () => {
    fc.assert(
      fc.property(
        offerArb,
        fc.uuid(),
        authorityText,
        fc.constantFrom('api.ciscospark.com', 'evil.example', 'api-usgov.webex.com'),
        (offer, orgId, userinfo, host) => {
          expect(check(`https://${userinfo}@${host}/v1/scim/${orgId}`, offer)).toMatchObject({ ok: false, code: 'userinfo', params: { host } });
        },
      ),
      RUNS,
    );
  });

  it('refuses any port on the production host, even :443 or an empty one', () => {
    const port = fc.oneof(fc.integer({ min: 0, max: 99999 }).map(String), fc.constant(''), authorityText);
    fc.assert(
      fc.property(offerArb, fc.uuid(), port, (offer, orgId, p) => {
        expect(codeOf(check(`https://${HOSTS[offer]}:${p}/v1/scim/${orgId}`, offer))).toBe('port');
      }),
      RUNS,
    );
  });

  it('refuses percent-encoding anywhere in the path: servers decode it, so the path read is not the path called', () => {
    const encoded = fc.tuple(offerArb, fc.uuid()).chain(([offer, orgId]) => {
      const path = `/v1/scim/${orgId}`;
      return fc.integer({ min: 1, max: path.length - 1 }).map((i) => {
        const char = path[i] ?? '/';
        const escaped = `%${(char.codePointAt(0) ?? 0).toString(16).padStart(2, '0')}`;
        return { offer, url: `https://${HOSTS[offer]}${path.slice(0, i)}${escaped}${path.slice(i + 1)}` };
      });
    });
    fc.assert(
      fc.property(encoded, ({ offer, url }) => {
        expect(check(url, offer)).toMatchObject({ ok: false, code: 'wrong-path', params: { variant: 'percent' } });
      }),
      RUNS,
    );
  });

  it('refuses a path whose case differs: paths are case-sensitive, unlike the host', () => {
    const mixed = fc.tuple(offerArb, fc.uuid(), randomCase('/v1/scim')).filter(([, , path]) => path !== '/v1/scim');
    fc.assert(
      fc.property(mixed, ([offer, orgId, path]) => {
        expect(check(`https://${HOSTS[offer]}${path}/${orgId}`, offer)).toMatchObject({ ok: false, code: 'wrong-path', params: { variant: 'case' } });
      }),
      RUNS,
    );
  });

  it('refuses a query or a fragment, whatever it holds', () => {
    fc.assert(
      fc.property(offerArb, fc.uuid(), fc.constantFrom('?', '#'), fc.string({ unit: 'binary-ascii', maxLength: 30 }), (offer, orgId, mark, rest) => {
        fc.pre(!/[\s\p{C}\\]/u.test(rest));
        const result = check(`${genuine(offer, orgId)}${mark}${rest}`, offer);
        expect(['query', 'fragment']).toContain(codeOf(result));
      }),
      RUNS,
    );
  });

  it('refuses plain http on the production host, whatever its case', () => {
    fc.assert(
      fc.property(offerArb, fc.uuid(), randomCase('http'), (offer, orgId, scheme) => {
        expect(codeOf(check(`${scheme}://${HOSTS[offer]}/v1/scim/${orgId}`, offer))).toBe('not-https');
      }),
      RUNS,
    );
  });

  it('with a test endpoints file, accepts exactly its base (http on loopback) and refuses the production host', () => {
    const options: TenantUrlOptions = { offer: 'commercial', scimBaseUrl: 'http://127.0.0.1:5000/v1/scim' };
    fc.assert(
      fc.property(fc.uuid(), randomCase('http://127.0.0.1:5000'), (orgId, origin) => {
        const canonical = `http://127.0.0.1:5000/v1/scim/${orgId}`;
        expect(validateWebexTenantUrl(`${origin}/v1/scim/${orgId}`, options)).toMatchObject({ ok: true, value: canonical });
        expect(codeOf(validateWebexTenantUrl(genuine('commercial', orgId), options))).not.toBe('ok');
      }),
      RUNS,
    );
  });
});
