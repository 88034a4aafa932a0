import type { ValidationResult } from './result';
import { fail } from './result';

/** Any text at all; surrounding spaces are not content. */
export function validateNonEmpty(input: string): ValidationResult {
  const value = input.trim();
  return value === '' ? fail('empty') : { ok: true, value };
}
