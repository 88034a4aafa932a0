import type { ValidationResult } from './result';
import { fail } from './result';

/** The settings schema's limit on a profile name (shared/settings/schema.ts, `name: max(80)`). */
export const PROFILE_NAME_MAX = 80;

/**
 * C0 and C1 controls, DEL, and the invisible format characters that make two
 * names look alike or reorder text (zero-width, bidi marks and overrides, BOM).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

/** A profile's display name: surrounding spaces trimmed, never empty, at most 80 characters, no control characters. */
export function validateProfileName(input: string): ValidationResult {
  const value = input.trim();
  if (value === '') return fail('empty', { variant: 'profile-name' });
  const control = CONTROL.exec(value);
  if (control) {
    const hex = `U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return fail('profile-name-control-character', { hex, position: control.index + 1 });
  }
  // Counted in characters as the admin sees them, not UTF-16 units.
  const length = [...value].length;
  if (length > PROFILE_NAME_MAX) return fail('profile-name-too-long', { length, max: PROFILE_NAME_MAX });
  return { ok: true, value };
}

/** How two names are compared for "already taken": case and spacing do not make a different profile. */
export function profileNameKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('en-US').replace(/\s+/g, '');
}
