import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateFieldValue } from '../../../electron/services/handlers/field-validation';
import { endpointFactsByIntegration } from '../../../shared/endpoints/endpoint-facts';
import { INTEGRATIONS } from '../../../shared/integrations';
import { FEW_RUNS, hostileText } from './arbitraries';
import { codeOf, expectWellFormed } from './result-shape';

/**
 * Main's check of every field of every integration before a save (and of every answer in a
 * hand-off file): whatever arrives over IPC, it answers, in the result shape; what it accepts
 * it accepts again unchanged; a choice takes only its options, a checkbox only "true"/"false",
 * and a secret never travels as a field value.
 */

const FACTS = endpointFactsByIntegration(null);
const fields = INTEGRATIONS.flatMap((integration) =>
  integration.steps.flatMap((step) => step.fields.map((field) => ({ name: `${integration.id} ${field.id}`, field, endpoints: FACTS[integration.id] ?? {} }))),
);

// Found by the property below (seed 1189536547): a refused choice is quoted in its sentence, braces and all.
it('quotes a refused value that holds "{{" as it is, and still finds no placeholder left unfilled', () => {
  const offer = fields.find(({ field }) => field.id === 'webex.offer');
  if (!offer) throw new Error('the Webex offer field is gone from the step data');
  const result = validateFieldValue(offer.field, '{{0', { fields: {}, endpoints: offer.endpoints });
  expect(codeOf(result)).toBe('not-an-option');
  expect(result.ok ? '' : result.message).toContain('{{0');
  expectWellFormed(result);
});

describe.each(fields)('field $name', ({ field, endpoints }) => {
  const choices = field.kind === 'choice' ? field.options.map((o) => o.value) : [];
  const input = fc.oneof(hostileText, fc.constantFrom('true', 'false', ' true', 'TRUE', ...choices, ...choices.map((c) => c.toUpperCase())));

  it('never throws, and accepts its own output unchanged', () => {
    fc.assert(
      fc.property(input, fc.constantFrom('commercial', 'government'), (value, offer) => {
        const ctx = { fields: { 'webex.offer': offer }, endpoints };
        const result = validateFieldValue(field, value, ctx);
        expectWellFormed(result);
        if (field.kind === 'secret') expect(codeOf(result)).toBe('secret-not-a-field');
        if (field.kind === 'checkbox' && result.ok) expect(['true', 'false']).toContain(result.value);
        if (field.kind === 'choice' && result.ok) expect(choices).toContain(result.value);
        if (result.ok) expect(validateFieldValue(field, result.value, ctx)).toMatchObject({ ok: true, value: result.value });
      }),
      FEW_RUNS,
    );
  });
});
