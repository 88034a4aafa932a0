import { expect } from 'vitest';
import { validationEn } from '../../../shared/i18n/validation-en';
import { validationKo } from '../../../shared/i18n/validation-ko';
import type { ValidationResult } from '../../../shared/validators/result';
import { formatValidationMessage } from '../../../shared/validators/validation-message';

/** Both languages of the UI (shared/i18n/index.ts lists the same two; importing that pulls in i18next). */
const VALIDATION_TEXTS = { en: validationEn, ko: validationKo };

/**
 * What every validator result must look like, whatever the input: an accepted value is a string
 * with well-formed notes; a refusal is a stable code with a sentence in every language of the UI
 * (a code without its template would reach the admin as a bare code).
 */
export function expectWellFormed(result: ValidationResult): void {
  if (result.ok) {
    expect(typeof result.value).toBe('string');
    for (const note of result.notes ?? []) {
      expect(note.code).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(note.message).not.toBe('');
    }
    return;
  }
  expect(result.code).toMatch(/^[a-z][a-z0-9-]*$/);
  for (const [locale, texts] of Object.entries(VALIDATION_TEXTS)) {
    const sentence = formatValidationMessage(texts, result.code, result.params);
    expect(sentence, `${locale} sentence for ${result.code} ${JSON.stringify(result.params)}`).not.toBeNull();
    // A placeholder the params did not fill stays visible as {{name}}: a missing param. A refused value may
    // itself hold "{{" (the sentence quotes it), so this runs with the values' braces defused.
    const defused = Object.fromEntries(
      Object.entries(result.params ?? {}).map(([key, value]) => [key, typeof value === 'string' ? value.replaceAll('{', '(') : value]),
    );
    expect(formatValidationMessage(texts, result.code, defused), `${locale} sentence for ${result.code}`).not.toMatch(/\{\{\w+/);
  }
  expect(result.message).not.toBe(result.code);
  for (const value of Object.values(result.params ?? {})) expect(['string', 'number']).toContain(typeof value);
}

/** The refusal code, or 'ok'. */
export const codeOf = (result: { ok: true } | { ok: false; code: string }): string => (result.ok ? 'ok' : result.code);

/** The note codes of an accepted value (empty for a refusal). */
export const noteCodes = (result: ValidationResult): string[] => (result.ok ? (result.notes ?? []).map((n) => n.code) : []);
