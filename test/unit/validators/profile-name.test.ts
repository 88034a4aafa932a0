import { describe, expect, it } from 'vitest';
import { VALIDATORS } from '../../../shared/validators';
import { profileNameKey, validateProfileName } from '../../../shared/validators/profile-name';
import { newProfileId, profileSlug } from '../../../shared/settings/profile-id';
import { profileIdSchema } from '../../../shared/settings/schema';

describe('validateProfileName', () => {
  it('trims spaces around the name and keeps everything else as typed', () => {
    expect(validateProfileName('  Acme Corp (EU)  ')).toEqual({ ok: true, value: 'Acme Corp (EU)' });
    expect(validateProfileName('한국 지사')).toEqual({ ok: true, value: '한국 지사' });
    expect(VALIDATORS['profile-name']('  x ', { fields: {}, endpoints: {} })).toEqual({ ok: true, value: 'x' });
  });

  it('refuses an empty name with its own sentence', () => {
    expect(validateProfileName(' \t ')).toMatchObject({
      ok: false,
      code: 'empty',
      params: { variant: 'profile-name' },
      message: 'Enter a name for the profile.',
    });
  });

  it('takes 80 characters (counted as characters, not UTF-16 units) and refuses 81', () => {
    expect(validateProfileName('x'.repeat(80)).ok).toBe(true);
    expect(validateProfileName('😀'.repeat(80)).ok).toBe(true);
    expect(validateProfileName('x'.repeat(81))).toMatchObject({ ok: false, code: 'profile-name-too-long', params: { length: 81, max: 80 } });
  });

  it.each([
    ['a bell', 'Acme\u0007', 'U+0007', 5],
    ['a tab inside', 'Ac\tme', 'U+0009', 3],
    ['DEL', '\u007FAcme', 'U+007F', 1],
    ['a C1 control', 'Acme\u0085', 'U+0085', 5],
    ['a zero-width space', 'Ac\u200Bme', 'U+200B', 3],
    ['a right-to-left override', 'Acme\u202Eproc', 'U+202E', 5],
    ['a byte-order mark', 'Ac\uFEFFme', 'U+FEFF', 3],
  ])('refuses %s and names it with its position', (_case, name, hex, position) => {
    expect(validateProfileName(name)).toMatchObject({ ok: false, code: 'profile-name-control-character', params: { hex, position } });
  });
});

describe('profileNameKey', () => {
  it('makes names that differ only in case or spacing the same', () => {
    expect(profileNameKey('Acme Corp')).toBe(profileNameKey(' ACME   corp'));
    expect(profileNameKey('AcmeCorp')).toBe(profileNameKey('acme corp'));
    expect(profileNameKey('Acme Corp')).not.toBe(profileNameKey('Acme Corp 2'));
  });
});

describe('newProfileId', () => {
  it('is a slug of the name and a random suffix, always a valid profile id', () => {
    for (const name of ['Acme Corp', '한국 지사', '---', 'Ünïcödé GmbH', 'x'.repeat(80), 'a'.repeat(23) + ' b']) {
      const id = newProfileId(name);
      expect(profileIdSchema.safeParse(id).success, `${name} -> ${id}`).toBe(true);
    }
    expect(newProfileId('Acme Corp')).toMatch(/^acme-corp-[a-z0-9]{6}$/);
    expect(profileSlug('Ünïcödé GmbH')).toBe('unicode-gmbh');
    expect(newProfileId('한국 지사')).toMatch(/^profile-[a-z0-9]{6}$/);
  });

  it('never answers an id already taken', () => {
    let n = 0;
    // A random source that repeats its first answer once.
    const random = () => new Uint8Array(6).fill(n++ < 2 ? 0 : 1);
    expect(newProfileId('a', new Set(['a-000000']), random)).toBe('a-111111');
  });
});
