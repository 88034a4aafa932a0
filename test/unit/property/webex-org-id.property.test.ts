import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Text, looksLikeBase64OrgId } from '../../../shared/validators/webex-org-id-base64';
import { validateWebexOrgId } from '../../../shared/validators/webex-org-id';
import { normaliseWebexOrgInput } from '../../../shared/validators/webex-org-input';
import { anyChar, base64OrgId, fullwidth, hostileText, pasted, RUNS } from './arbitraries';
import { expectWellFormed } from './result-shape';

/**
 * The Org ID (README, "Validator codes"): a lower-case UUID, accepted in any case, pasted with
 * spaces and quotes, or as the base64 id Webex APIs return; every other character is refused by
 * name and 1-based position, look-alikes (Cyrillic, fullwidth) included.
 */

const mixedCaseUuid = fc.uuid().chain((id) => fc.mixedCase(fc.constant(id)).map((typed) => ({ id, typed })));

describe('webex Org ID: properties', () => {
  it('never throws on anything, and base64 decoding never throws either', () => {
    fc.assert(
      fc.property(hostileText, (input) => {
        expectWellFormed(validateWebexOrgId(input));
        looksLikeBase64OrgId(input);
        const decoded = decodeBase64Text(input);
        if (decoded !== null) expect(decoded).toMatch(/^[\x20-\x7e]*$/);
      }),
      RUNS,
    );
  });

  it('accepts a UUID in any case, pasted or not, as the lower-case id, and accepts that unchanged', () => {
    fc.assert(
      fc.property(
        mixedCaseUuid.chain((v) => pasted(fc.constant(v.typed)).map((text) => ({ ...v, text }))),
        ({ id, text }) => {
          expect(validateWebexOrgId(text)).toMatchObject({ ok: true, value: id });
          expect(validateWebexOrgId(id)).toEqual({ ok: true, value: id });
        },
      ),
      RUNS,
    );
  });

  it('accepts the base64 id Webex APIs return, padded, unpadded or URL-safe, as the same UUID', () => {
    const cluster = fc.constantFrom('us', 'urn:TEAM:us-east-2_a', 'eu');
    fc.assert(
      fc.property(fc.uuid(), cluster, fc.constantFrom('plain', 'padded', 'url-safe'), (id, where, form) => {
        const unpadded = base64OrgId(id, where);
        const text =
          form === 'padded'
            ? btoa(atob(`${unpadded}${'='.repeat((4 - (unpadded.length % 4)) % 4)}`))
            : form === 'url-safe'
              ? unpadded.replace(/\+/g, '-').replace(/\//g, '_')
              : unpadded;
        expect(validateWebexOrgId(text)).toMatchObject({ ok: true, value: id });
      }),
      RUNS,
    );
  });

  it('refuses a UUID with one character replaced by anything but hex or a dash, naming it and its position', () => {
    const broken = fc
      .tuple(fc.uuid(), fc.integer({ min: 0, max: 35 }), anyChar)
      .filter(([, , c]) => !/^[0-9a-fA-F-]$/.test(c) && !/[\s"'`\u201c\u201d\u2018\u2019/\\]/u.test(c));
    fc.assert(
      fc.property(broken, ([id, at, char]) => {
        const chars = [...id];
        chars[at] = char;
        const result = validateWebexOrgId(chars.join(''));
        expectWellFormed(result);
        expect(result).toMatchObject({ ok: false, code: 'org-id-bad-character', params: { char, position: at + 1 } });
      }),
      RUNS,
    );
  });

  it('refuses Unicode look-alikes of hex digits and letters (fullwidth, Cyrillic, Greek) by name', () => {
    const lookalikes: Readonly<Record<string, readonly string[]>> = {
      a: ['\u0430', '\u03b1'],
      c: ['\u0441'],
      e: ['\u0435'],
      '0': ['\u043e', '\u03bf'],
      b: ['\u044c'],
    };
    const swapped = fc.tuple(fc.uuid(), fc.nat()).chain(([id, n]) => {
      const positions = [...id].map((c, i) => ({ c, i })).filter(({ c }) => c !== '-');
      const { c, i } = positions[n % positions.length] ?? { c: '0', i: 0 };
      return fc
        .constantFrom(fullwidth(c), ...(lookalikes[c] ?? []))
        .map((by) => ({ text: [...id].map((x, j) => (j === i ? by : x)).join(''), by, position: i + 1 }));
    });
    fc.assert(
      fc.property(swapped, ({ text, by, position }) => {
        expect(validateWebexOrgId(text)).toMatchObject({ ok: false, code: 'org-id-bad-character', params: { char: by, position } });
      }),
      RUNS,
    );
  });

  it('the step-3 field turns an Org ID, its base64 form and the tenant URL into the same tenant URL', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.constantFrom('commercial', 'government') as fc.Arbitrary<'commercial' | 'government'>, (id, offer) => {
        const host = offer === 'commercial' ? 'api.ciscospark.com' : 'api-usgov.webex.com';
        const tenantUrl = `https://${host}/v1/scim/${id}`;
        for (const input of [id, id.toUpperCase(), base64OrgId(id), tenantUrl]) {
          expect(normaliseWebexOrgInput(input, { offer })).toMatchObject({ ok: true, orgId: id, tenantUrl });
        }
      }),
      RUNS,
    );
  });
});
