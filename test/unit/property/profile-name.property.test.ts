import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newProfileId, profileSlug } from '../../../shared/settings/profile-id';
import { profileIdSchema } from '../../../shared/settings/schema';
import { PROFILE_NAME_MAX, profileNameKey, validateProfileName } from '../../../shared/validators/profile-name';
import { fullwidth, hostileText, RUNS } from './arbitraries';
import { expectWellFormed } from './result-shape';

/**
 * Profile names (README, "Validator codes"): trimmed, never empty, at most 80 characters as the
 * admin sees them, no control or invisible character; "already taken" ignores capitals and spaces.
 * A new profile's id is always a valid id, whatever the name.
 */

// eslint-disable-next-line no-control-regex -- the characters the validator promises to refuse
const REFUSED = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;
const controlChar = fc.constantFrom('\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b', '\u200b', '\u200d', '\u200f', '\u202e', '\u2066', '\ufeff');
const nameText = fc.oneof(hostileText, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 100 }));

describe('profile name: properties', () => {
  it('never throws; an accepted name is trimmed, 1-80 characters, free of control characters, and accepted unchanged', () => {
    fc.assert(
      fc.property(nameText, (input) => {
        const result = validateProfileName(input);
        expectWellFormed(result);
        if (!result.ok) return;
        expect(result.value).toBe(result.value.trim());
        expect([...result.value].length).toBeGreaterThan(0);
        expect([...result.value].length).toBeLessThanOrEqual(PROFILE_NAME_MAX);
        expect(result.value).not.toMatch(REFUSED);
        expect(validateProfileName(result.value)).toEqual({ ok: true, value: result.value });
      }),
      RUNS,
    );
  });

  it('refuses a control or invisible character inside a name, naming its code point and position', () => {
    const name = fc.string({ unit: fc.constantFrom(...'abcXYZ 09한글é'), minLength: 2, maxLength: 40 }).filter((n) => n.trim() === n && n.length >= 2);
    fc.assert(
      fc.property(name, controlChar, fc.nat(), (n, char, at) => {
        const i = 1 + (at % (n.length - 1));
        const result = validateProfileName(`${n.slice(0, i)}${char}${n.slice(i)}`);
        const hex = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
        expect(result).toMatchObject({ ok: false, code: 'profile-name-control-character', params: { hex, position: i + 1 } });
      }),
      RUNS,
    );
  });

  it('counts characters as the admin sees them: 80 emoji or Hangul syllables fit, 81 do not', () => {
    fc.assert(
      fc.property(fc.constantFrom('\u{1F600}', '\uD55C', 'a', '\u{20000}'), fc.integer({ min: 1, max: 120 }), (char, n) => {
        expect(validateProfileName(char.repeat(n)).ok).toBe(n <= PROFILE_NAME_MAX);
      }),
      RUNS,
    );
  });

  it('"already taken" ignores capitals, spaces and fullwidth forms of the same letters', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'), minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(ascii, fc.array(fc.nat(), { maxLength: 4 }), fc.boolean(), (name, spaces, wide) => {
        let variant = [...name.toUpperCase()].map((c) => (wide ? fullwidth(c) : c)).join('');
        for (const at of spaces) variant = `${variant.slice(0, at % (variant.length + 1))} ${variant.slice(at % (variant.length + 1))}`;
        expect(profileNameKey(variant)).toBe(profileNameKey(name));
      }),
      RUNS,
    );
  });

  it('a new profile id is always a valid id, never one already taken, whatever the name', () => {
    fc.assert(
      fc.property(nameText, fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }), (name, taken) => {
        const id = newProfileId(name, new Set(taken));
        expect(profileIdSchema.safeParse(id).success).toBe(true);
        expect(taken).not.toContain(id);
        expect(profileSlug(name)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
      }),
      RUNS,
    );
  });
});
