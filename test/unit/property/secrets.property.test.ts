import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateBearerToken } from '../../../shared/validators/bearer-token';
import { validateCxoneAccessKeyId, validateCxoneAccessKeySecret, validateCxoneBearerToken } from '../../../shared/validators/cxone-secrets';
import type { ValidationResult } from '../../../shared/validators/result';
import { accessKeyArb, bearerTokenArb, hostileText, invisibleChar, pasted, RUNS } from './arbitraries';
import { codeOf, expectWellFormed } from './result-shape';

/**
 * The pasted secrets (README, "Validator codes"; shared/validators/cxone-secrets.ts): spaces,
 * line breaks and one pair of quotes around the value are removed, anything inside that cannot
 * belong is refused, and no refusal quotes the value (at most the one character that is wrong).
 */

type Validate = (input: string) => ValidationResult;

const tokenValidators: ReadonlyArray<readonly [string, Validate]> = [
  ['Webex bearer token', validateBearerToken],
  ['CXone bearer token', validateCxoneBearerToken],
];
const keyValidators: ReadonlyArray<readonly [string, Validate]> = [
  ['access key ID', validateCxoneAccessKeyId],
  ['secret access key', validateCxoneAccessKeySecret],
];

/** True when any 8 consecutive characters of the secret appear in the refusal (message or params). */
function quotesSecret(result: ValidationResult, secret: string): boolean {
  const shown = JSON.stringify(result);
  for (let i = 0; i + 8 <= secret.length; i += 1) if (shown.includes(secret.slice(i, i + 8))) return true;
  return false;
}

/** `secret` with a character inserted strictly inside it. */
function spliced(secret: fc.Arbitrary<string>, insert: fc.Arbitrary<string>): fc.Arbitrary<{ secret: string; text: string }> {
  return secret.chain((s) =>
    fc.tuple(fc.integer({ min: 1, max: s.length - 1 }), insert).map(([at, char]) => ({ secret: s, text: `${s.slice(0, at)}${char}${s.slice(at)}` })),
  );
}

describe.each([...tokenValidators, ...keyValidators])('%s: properties', (_name, validate) => {
  it('never throws on anything', () => {
    fc.assert(
      fc.property(hostileText, (input) => expectWellFormed(validate(input))),
      RUNS,
    );
  });
});

describe.each(tokenValidators)('%s: properties', (_name, validate) => {
  it('accepts any RFC 6750 b64token of 20-4096 characters, pasted with spaces, line breaks or quotes, as exactly the token', () => {
    fc.assert(
      fc.property(
        bearerTokenArb.chain((token) => pasted(fc.constant(token)).map((text) => ({ token, text }))),
        ({ token, text }) => {
          expect(validate(text)).toMatchObject({ ok: true, value: token });
          expect(validate(token)).toEqual({ ok: true, value: token });
        },
      ),
      RUNS,
    );
  });

  it('refuses a space, line break or invisible character inside, naming its position and never the token', () => {
    const inside = fc.oneof(fc.constantFrom(' ', '\n', '\t', '\r\n'), invisibleChar);
    fc.assert(
      fc.property(spliced(bearerTokenArb, inside), ({ secret, text }) => {
        const result = validate(text);
        expectWellFormed(result);
        expect(result.ok).toBe(false);
        expect(quotesSecret(result, secret)).toBe(false);
      }),
      RUNS,
    );
  });

  it('refuses a character outside b64token, a look-alike included, naming the character and never the token', () => {
    const foreign = fc.constantFrom('\u0430', '\u03bf', '\uff41', '\uff10', '%', '"', '!', '\u2010', '\u00e9', '\ud83d\ude00', '&', ';');
    fc.assert(
      fc.property(spliced(bearerTokenArb, foreign), ({ secret, text }) => {
        const result = validate(text);
        expect(codeOf(result)).toBe('token-bad-character');
        expect(quotesSecret(result, secret)).toBe(false);
      }),
      RUNS,
    );
  });

  it('refuses "Bearer " in front, in any case', () => {
    fc.assert(
      fc.property(bearerTokenArb, fc.mixedCase(fc.constant('bearer')), (token, word) => {
        expect(codeOf(validate(`${word} ${token}`))).toBe('token-has-bearer-prefix');
      }),
      RUNS,
    );
  });
});

describe.each(keyValidators)('%s: properties', (_name, validate) => {
  it('accepts any 56-character base32 key, pasted, as exactly the key', () => {
    fc.assert(
      fc.property(
        accessKeyArb.chain((key) => pasted(fc.constant(key)).map((text) => ({ key, text }))),
        ({ key, text }) => {
          expect(validate(text)).toMatchObject({ ok: true, value: key });
          expect(validate(key)).toEqual({ ok: true, value: key });
        },
      ),
      RUNS,
    );
  });

  it('refuses lower case, look-alikes and other characters outside base32, never quoting the key', () => {
    const foreign = fc.constantFrom('a', 'z', '0', '1', '8', '9', '\u0410', '\u0415', '\uff21', '\u039f', '-', '_', '+', '/');
    const swapped = accessKeyArb.chain((key) =>
      fc
        .tuple(fc.integer({ min: 0, max: 51 }), foreign)
        .map(([at, char]) => ({ key, text: `${key.slice(0, at)}${char}${key.slice(at + 1)}`, position: at + 1, char })),
    );
    fc.assert(
      fc.property(swapped, ({ key, text, position, char }) => {
        const result = validate(text);
        expect(result).toMatchObject({ ok: false, code: 'cxone-access-key-bad-character', params: { char, position } });
        expect(quotesSecret(result, key)).toBe(false);
      }),
      RUNS,
    );
  });

  it('refuses a key that lost its padding, or a part of it, and says so without quoting it', () => {
    fc.assert(
      fc.property(accessKeyArb, fc.integer({ min: 1, max: 55 }), (key, keep) => {
        const result = validate(key.slice(0, keep));
        expect(['cxone-access-key-no-padding', 'cxone-access-key-too-short']).toContain(codeOf(result));
        expect(quotesSecret(result, key)).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('the CXone pair: labels copied with the value', () => {
  it('tells a swapped pair from its label, in either field, whatever the separator', () => {
    const separator = fc.constantFrom(': ', ':', ' = ', '=', ' ', '": "');
    fc.assert(
      fc.property(accessKeyArb, separator, (key, sep) => {
        expect(validateCxoneAccessKeyId(`Secret access key${sep}${key}`)).toMatchObject({ ok: false, code: 'cxone-access-key-swapped' });
        expect(validateCxoneAccessKeySecret(`Access key ID${sep}${key}`)).toMatchObject({ ok: false, code: 'cxone-access-key-swapped' });
        expect(validateCxoneAccessKeyId(`accessKeyId${sep}${key}`)).toMatchObject({ ok: false, code: 'cxone-access-key-has-label' });
        expect(validateCxoneBearerToken(`accessKeySecret${sep}${key}`)).toMatchObject({ ok: false, code: 'cxone-bearer-token-is-access-key' });
      }),
      RUNS,
    );
  });
});
