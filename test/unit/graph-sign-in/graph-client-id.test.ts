import { describe, expect, it } from 'vitest';
import { graphClientIdProblem } from '../../../shared/endpoints/graph-endpoints';
import { validationEn } from '../../../shared/i18n/validation-en';
import { validationKo } from '../../../shared/i18n/validation-ko';
import { VALIDATORS } from '../../../shared/validators';
import { validateGraphClientId } from '../../../shared/validators/graph-client-id';
import { formatValidationMessage } from '../../../shared/validators/validation-message';

/** The Application (client) ID setting: a GUID, cleaned of what copying adds, refused with codes both languages word. */
const ID = '5f0c2a8e-3b1d-4e6f-8a9b-0c1d2e3f4a5b';
const HANGUL = /[\uAC00-\uD7A3]/;

describe('validateGraphClientId', () => {
  it.each([
    [ID, ID, []],
    [`  ${ID}\n`, ID, ['trimmed-whitespace']],
    [`"${ID}"`, ID, ['removed-quotes']],
    [`{${ID.toUpperCase()}}`, ID, ['braces-removed', 'lower-cased']],
  ])('accepts %j as %s', (input, value, notes) => {
    const result = validateGraphClientId(input);
    expect(result).toMatchObject({ ok: true, value });
    expect(result.ok && (result.notes ?? []).map((n) => n.code)).toEqual(notes);
    // What it saved passes again unchanged (main checks again before use).
    expect(validateGraphClientId(value)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty', { variant: 'graph-client-id' }],
    ['""', 'empty', { variant: 'graph-client-id' }],
    ['contoso.onmicrosoft.com', 'graph-client-id-not-guid', { length: 23 }],
    [ID.slice(0, 35), 'graph-client-id-not-guid', { length: 35 }],
    [`${ID}x`, 'graph-client-id-not-guid', { length: 37 }],
    [ID.replace(/-/g, ''), 'graph-client-id-not-guid', { length: 32 }],
    ['Abc8Q~dEfGhIjKlMnOpQrStUvWxYz0123456789', 'graph-client-id-is-secret', undefined],
    // Purview's documented example of an Entra client secret.
    ['abc7Q~defghijklmnopqrs0t123456789-_.~', 'graph-client-id-is-secret', undefined],
    ['a~b', 'graph-client-id-not-guid', { length: 3 }],
  ] as const)('refuses %j with %s', (input, code, params) => {
    const result = validateGraphClientId(input);
    expect(result).toMatchObject({ ok: false, code });
    if (result.ok) return;
    expect(result.params).toEqual(params);
    // Both languages render the refusal whole.
    const en = formatValidationMessage(validationEn, result.code, result.params);
    const ko = formatValidationMessage(validationKo, result.code, result.params);
    expect(en).toBe(result.message);
    expect(ko).toMatch(HANGUL);
    for (const text of [en, ko]) expect(text).not.toMatch(/\{\{|undefined|null/);
    if (params && 'length' in params) expect(ko).toContain(String(params.length));
  });

  it('is the registered validator `graph-client-id`, and the sign-in uses the same rule', () => {
    expect(VALIDATORS['graph-client-id'](` ${ID.toUpperCase()} `, { fields: {}, endpoints: {} })).toMatchObject({ ok: true, value: ID });
    expect(graphClientIdProblem(ID)).toBeNull();
    expect(graphClientIdProblem(' ')).toBe('empty');
    expect(graphClientIdProblem('wizard-test')).toBe('not-guid');
  });
});
