import { describe, expect, it } from 'vitest';
import { validateWebexOrgId } from '../../../shared/validators/webex-org-id';
import { decodeBase64Text } from '../../../shared/validators/webex-org-id-base64';

const ID = 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c';
/** The vendor document's own example: 'g' is not hexadecimal. */
const SEED = 'a35bfbc6-ccbd-4a17-a488-72gf46c5420c';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const b64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const noteCodes = (r: ReturnType<typeof validateWebexOrgId>) => (r.ok ? (r.notes ?? []).map((n) => n.code) : null);

describe('validateWebexOrgId: accepted forms', () => {
  it('accepts a lower-case UUID as is, without notes', () => {
    expect(validateWebexOrgId(ID)).toEqual({ ok: true, value: ID });
  });

  it('lower-cases an upper-case id and says so', () => {
    const result = validateWebexOrgId(ID.toUpperCase());
    expect(result).toMatchObject({ ok: true, value: ID });
    expect(noteCodes(result)).toEqual(['lower-cased']);
  });

  it.each([
    ['spaces', `  ${ID}\t\n`, ['trimmed-whitespace']],
    ['double quotes', `"${ID}"`, ['removed-quotes']],
    ['single quotes', `'${ID}'`, ['removed-quotes']],
    ['typographic double quotes', `\u201C${ID}\u201D`, ['removed-quotes']],
    ['typographic single quotes', `\u2018${ID}\u2019`, ['removed-quotes']],
    ['spaces outside and inside quotes', ` " ${ID} " `, ['trimmed-whitespace', 'removed-quotes']],
  ])('strips %s around the id', (_label, input, notes) => {
    const result = validateWebexOrgId(input);
    expect(result).toMatchObject({ ok: true, value: ID });
    expect(noteCodes(result)).toEqual(notes);
  });

  it('strips only one pair of quotes: a second pair is reported as a bad character', () => {
    expect(validateWebexOrgId(`""${ID}""`)).toMatchObject({ ok: false, code: 'org-id-bad-character', params: { char: '"', position: 1 } });
  });

  it('decodes the base64 org id Webex APIs return, padded or not, standard or URL-safe', () => {
    const decoded = `ciscospark://us/ORGANIZATION/${ID}`;
    for (const input of [b64(decoded), b64(decoded).replace(/=+$/, ''), b64url(decoded)]) {
      const result = validateWebexOrgId(input);
      expect(result).toMatchObject({ ok: true, value: ID });
      expect(noteCodes(result)).toEqual(['decoded-base64']);
    }
  });

  it('reads base64 from newer clusters, taking what follows the last slash, and lower-cases it', () => {
    const result = validateWebexOrgId(b64(`ciscospark://urn:TEAM:us-east-2_a/ORGANIZATION/${ID.toUpperCase()}`));
    expect(result).toMatchObject({ ok: true, value: ID });
    expect(noteCodes(result)).toEqual(['decoded-base64', 'lower-cased']);
  });

  it('decodes both base64 alphabets alike (the org-id alphabet never needs + or /, so check the decoder itself)', () => {
    expect(decodeBase64Text('Pz8/Pj4+')).toBe('???>>>');
    expect(decodeBase64Text('Pz8_Pj4-')).toBe('???>>>');
    expect(decodeBase64Text('Pz8_Pj4')).toBe('???>>');
    expect(decodeBase64Text('P')).toBeNull();
    expect(decodeBase64Text('//79')).toBeNull(); // not printable text
  });
});

describe('validateWebexOrgId: refusals', () => {
  it("names the seed example's bad character and its 1-based position", () => {
    expect(validateWebexOrgId(SEED)).toEqual({
      ok: false,
      code: 'org-id-bad-character',
      message: "Character 'g' at position 27 is not a hexadecimal digit (0-9, a-f).",
      params: { char: 'g', position: 27 },
    });
  });

  it('reports characters before group lengths, so a typo is named even when a group is also short', () => {
    expect(validateWebexOrgId('a35bfbc6-ccbd-4a17-a488-72gf46c5420')).toMatchObject({ code: 'org-id-bad-character', params: { char: 'g', position: 27 } });
  });

  it('counts positions after trimming, and in code points', () => {
    expect(validateWebexOrgId(`  ${SEED}`)).toMatchObject({ params: { position: 27 } });
    expect(validateWebexOrgId('😀35bfbc6-ccbd-4a17-a488-72gf46c5420c')).toMatchObject({ params: { char: '😀', position: 1 } });
  });

  it('keeps the character as typed and hints at digit look-alikes', () => {
    const result = validateWebexOrgId('a35bfbc6-ccbd-4a17-a488-72ef46c542OC');
    expect(result).toMatchObject({ code: 'org-id-bad-character', params: { char: 'O', position: 35 } });
    expect(result.ok ? '' : result.message).toContain("Did you mean '0'?");
  });

  it('names invisible characters by code point', () => {
    const result = validateWebexOrgId(`a35bfbc6\u200B-ccbd-4a17-a488-72ef46c5420c`);
    expect(result).toMatchObject({ code: 'org-id-bad-character', params: { char: '\u200B', position: 9 } });
    expect(result.ok ? '' : result.message).toContain('U+200B');
  });

  it('says which group has the wrong length', () => {
    expect(validateWebexOrgId('a35bfbc6-ccb-4a17-a488-72ef46c5420c')).toEqual({
      ok: false,
      code: 'org-id-group-length',
      message: 'Group 2 has 3 characters; a Webex Org ID has groups of 8-4-4-4-12.',
      params: { group: 2, length: 3, expected: 4 },
    });
    expect(validateWebexOrgId(`${ID}d`)).toMatchObject({ code: 'org-id-group-length', params: { group: 5, length: 13, expected: 12 } });
    expect(validateWebexOrgId(`-${ID.slice(9)}`)).toMatchObject({ code: 'org-id-group-length', params: { group: 1, length: 0 } });
  });

  it('says when the number of groups is wrong', () => {
    expect(validateWebexOrgId('a35bfbc6-ccbd-4a17-a48872ef46c5420c')).toMatchObject({ code: 'org-id-group-count', params: { groups: 4, expected: 5 } });
    const noDashes = validateWebexOrgId(ID.replace(/-/g, ''));
    expect(noDashes).toMatchObject({ code: 'org-id-group-count', params: { groups: 1 } });
    expect(noDashes.ok ? '' : noDashes.message).toContain('has no dashes');
  });

  it('calls a longer value too long rather than miscounting its groups', () => {
    expect(validateWebexOrgId(`${ID}${ID}`)).toMatchObject({ code: 'org-id-too-long', params: { length: 72, max: 36 } });
    expect(validateWebexOrgId('a'.repeat(5000))).toMatchObject({ code: 'org-id-too-long', params: { length: 5000 } });
  });

  it.each(['', '   ', '""', '\u201C \u201D'])('refuses %j as empty', (input) => {
    expect(validateWebexOrgId(input)).toEqual({ ok: false, code: 'empty', message: 'Enter the Webex Org ID.', params: { variant: 'org-id' } });
  });

  it.each(['https://api.ciscospark.com/v1/scim/a35bfbc6-ccbd-4a17-a488-72ef46c5420c', 'api.ciscospark.com/v1/scim/x'])(
    'names a URL given as an Org ID: %s',
    (input) => {
      expect(validateWebexOrgId(input)).toMatchObject({ ok: false, code: 'org-id-is-url', message: expect.stringContaining('tenant URL') });
    },
  );

  it('refuses base64 of another kind of Webex id, naming the kind', () => {
    const result = validateWebexOrgId(b64(`ciscospark://us/PEOPLE/${ID}`));
    expect(result).toMatchObject({ ok: false, code: 'org-id-base64-not-organization', params: { decoded: `ciscospark://us/PEOPLE/${ID}` } });
    expect(result.ok ? '' : result.message).toContain('PEOPLE');
  });

  it.each([
    ['readable text that is not a Webex id', b64('this is readable text but no Webex id at all')],
    ['a cut-off copy', b64(`ciscospark://us/ORGANIZATION/${ID}`).slice(0, 30)],
    ['an organization without an id', b64('ciscospark://us/ORGANIZATION/')],
    ['bytes that are not text', `Y2lzY29zcGFyazov${'/w'.repeat(10)}`],
  ])('refuses base64 of %s', (_label, input) => {
    expect(validateWebexOrgId(input)).toMatchObject({ ok: false, code: 'org-id-base64-not-organization' });
  });

  it('checks the decoded id with the same precise messages', () => {
    const result = validateWebexOrgId(b64(`ciscospark://us/ORGANIZATION/${SEED}`));
    expect(result).toMatchObject({ ok: false, code: 'org-id-bad-character', params: { char: 'g', position: 27 } });
    expect(result.ok ? '' : result.message).toContain(`decodes to "${SEED}"`);
  });
});

describe('validateWebexOrgId: fuzz', () => {
  /** mulberry32: small seeded PRNG so a failure reproduces. */
  function prng(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const ALPHABET = Array.from('0123456789abcdefABCDEFgGoO-- _="\'\u201C\u201D/+:\u200B\tYzZ2lL😀é');
  const CODES = new Set([
    'empty',
    'org-id-bad-character',
    'org-id-group-length',
    'org-id-group-count',
    'org-id-base64-not-organization',
    'org-id-too-long',
    'org-id-is-url',
  ]);

  it('never throws, always returns a well-formed result, and valid results re-validate to themselves', () => {
    const random = prng(20240611);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    let accepted = 0;
    for (let i = 0; i < 2000; i++) {
      let input: string;
      if (i % 3 === 0) {
        // Mutations of a valid id reach the deeper checks that pure noise rarely does.
        const chars = Array.from(i % 6 === 0 ? ID.toUpperCase() : ID);
        for (let m = Math.floor(random() * 3); m > 0; m--) chars.splice(Math.floor(random() * chars.length), random() < 0.5 ? 1 : 0, pick(ALPHABET));
        input = chars.join('');
      } else if (i % 3 === 1) {
        input = b64(`ciscospark://us/${pick(['ORGANIZATION', 'PEOPLE'])}/${ID.slice(0, Math.floor(random() * 40))}`).slice(0, 60 + Math.floor(random() * 40));
      } else {
        input = Array.from({ length: Math.floor(random() * 50) }, () => pick(ALPHABET)).join('');
      }
      const result = validateWebexOrgId(input);
      if (result.ok) {
        accepted++;
        expect(result.value).toMatch(UUID);
        expect(validateWebexOrgId(result.value)).toEqual({ ok: true, value: result.value });
      } else {
        expect(CODES.has(result.code), `${JSON.stringify(input)} -> ${result.code}`).toBe(true);
        expect(result.message.length).toBeGreaterThan(10);
      }
    }
    // The generator must exercise both outcomes, or the property above proves little.
    expect(accepted).toBeGreaterThan(50);
    expect(accepted).toBeLessThan(1950);
  });
});
