import { isJosaOption } from '../i18n/josa-options';
import { withParticle } from '../i18n/particle-rule';
import type { ValidationTexts } from '../i18n/validation-en';

/**
 * Turns a refusal `{ code, params }` into a sentence of one language. The
 * validators call it with English for their `message` (CLI, logs, main); the
 * UI calls it with the language on screen. Reserved params:
 * - `variant`: which sentence of the code (`code_<variant>`);
 * - `within`: comma-separated contexts whose sentence goes first (`within_<name>`),
 *   e.g. an Org ID refused inside a tenant URL;
 * - `char`, `reason`, `offer`: pieces rendered from the table (`char_*`, `reason_*`, `offer_*`).
 */
export type ValidationParams = Readonly<Record<string, string | number>>;

export function formatValidationMessage(texts: ValidationTexts, code: string, params: ValidationParams = {}): string | null {
  const table = texts as Readonly<Record<string, string>>;
  const template = table[params.variant === undefined ? code : `${code}_${params.variant}`];
  if (template === undefined) return null;

  const values: Record<string, string | number> = { ...params };
  if (typeof params.char === 'string') values.charShown = fill(table[`char_${characterKind(params.char)}`] ?? '', { ...values, hex: hexOf(params.char) });
  if (typeof params.reason === 'string') values.reasonText = fill(table[`reason_${params.reason}`] ?? params.reason, values);
  if (typeof params.offer === 'string') values.offerName = table[`offer_${params.offer}`] ?? params.offer;

  const contexts = typeof params.within === 'string' ? params.within.split(',').filter(Boolean) : [];
  return [...contexts.map((c) => fill(table[`within_${c}`] ?? '', values)), fill(template, values)].filter(Boolean).join(' ');
}

/**
 * `{{name}}` → the value, `{{name, josa(을/를)}}` → the value and its Korean particle
 * (the same syntax as the i18next formatter); an unknown name stays visible rather than silently vanishing.
 */
function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)(?:,\s*josa\(([^)]*)\))?\}\}/g, (whole, name: string, option: string | undefined) => {
    const value = values[name];
    if (value === undefined) return whole;
    return option !== undefined && isJosaOption(option) ? withParticle(String(value), option) : String(value);
  });
}

export function hexOf(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Controls, separators and format characters (zero-width space, BOM...) would be invisible when quoted. */
function characterKind(char: string): 'space' | 'invisible' | 'non-ascii' | 'plain' {
  if (char === ' ') return 'space';
  if (/[\p{C}\p{Z}]/u.test(char)) return 'invisible';
  return (char.codePointAt(0) ?? 0) > 0x7e ? 'non-ascii' : 'plain';
}
