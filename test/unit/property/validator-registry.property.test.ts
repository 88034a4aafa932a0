import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endpointFactsByIntegration } from '../../../shared/endpoints/endpoint-facts';
import type { ValidatorContext, ValidatorId } from '../../../shared/validators';
import { VALIDATORS } from '../../../shared/validators';
import { FEW_RUNS, hostileText, hugeText, pasted, RUNS } from './arbitraries';
import { expectWellFormed } from './result-shape';

/**
 * Every validator a step can name (shared/validators/index.ts), run as the renderer and main run
 * it: on anything at all, it answers (never throws), in the one result shape, and what it accepts
 * is final: validating the saved value again accepts it unchanged, so main's second check of a
 * value the renderer normalised can never refuse or change it.
 */

const PRODUCTION = endpointFactsByIntegration(null);
const TEST_ENDPOINTS = endpointFactsByIntegration({
  webex: { scimBaseUrl: 'http://127.0.0.1:5000/v1/scim' },
  cxone: { apiBaseUrl: 'http://127.0.0.1:5100/{area}' },
});

const contexts: ReadonlyArray<readonly [string, ValidatorContext]> = [
  ['production, commercial', { fields: { 'webex.offer': 'commercial' }, endpoints: PRODUCTION['webex-entra'] ?? {} }],
  ['production, government', { fields: { 'webex.offer': 'government' }, endpoints: PRODUCTION['webex-entra'] ?? {} }],
  ['test endpoints file', { fields: {}, endpoints: TEST_ENDPOINTS['webex-entra'] ?? {} }],
  ['cxone', { fields: {}, endpoints: PRODUCTION.cxone ?? {} }],
];

const ids = Object.keys(VALIDATORS) as ValidatorId[];

/** Inputs near what each field is for, so accepted values actually occur (fully random text is almost always refused). */
const plausible = fc.oneof(
  fc.uuid().map((id) => `https://api.ciscospark.com/v1/scim/${id}`),
  fc.uuid().map((id) => `HTTPS://API-USGOV.WEBEX.COM/v1/scim/${id.toUpperCase()}/`),
  fc.uuid().map((id) => `http://127.0.0.1:5000/v1/scim/${id}`),
  fc.uuid(),
  fc.constantFrom('na1', 'AU1', 'https://EU1.nice-incontact.com/oauth/scim/v2/', 'https://na1.nice-incontact.com/scim/v2/Users/42'),
  fc.emailAddress(),
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), minLength: 52, maxLength: 52 }).map((k) => `${k}====`),
  fc.string({ unit: fc.constantFrom(...'abcXYZ019-._~+/'), minLength: 20, maxLength: 120 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 90 }),
);

const anyInput = fc.oneof(hostileText, pasted(plausible), plausible);

/**
 * Values each validator accepts in every context, run first on every run (fast-check's
 * `examples`), so the fixed-point half below is always exercised: left to chance, a validator
 * that accepts one shape only (the CXone base URL) can go 150 runs without an accepted input.
 */
const KNOWN_GOOD: ReadonlyArray<[string]> = [
  ['1eb65fdf-9643-417f-9974-ad72cae0e10f'],
  ['https://na1.nice-incontact.com/scim/v2'],
  ['  "https://EU1.nice-incontact.com/oauth/scim/v2/"  '],
  ['na1'],
  ['admin@example.com'],
  ['ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCDEFGHIJKLMNOPQRST===='],
  ['Abc123-._~+/xyzXYZ0987=='],
  ['Acme HR (staging)'],
];

describe.each(ids)('validator %s', (id) => {
  const validate = VALIDATORS[id];

  it.each(contexts)('never throws, answers in the result shape, and accepts its own output unchanged (%s)', (_name, ctx) => {
    let accepted = 0;
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = validate(input, ctx);
        expectWellFormed(result);
        if (!result.ok) return;
        accepted += 1;
        const again = validate(result.value, ctx);
        expect(again).toMatchObject({ ok: true, value: result.value });
      }),
      { ...RUNS, examples: [...KNOWN_GOOD] },
    );
    // The fixed-point half must have been exercised, or the property proved nothing about it.
    expect(accepted).toBeGreaterThan(0);
  });

  it('answers a huge paste quickly, without throwing', () => {
    const ctx = contexts[0]?.[1] as ValidatorContext;
    fc.assert(
      fc.property(hugeText, (input) => {
        const started = performance.now();
        expectWellFormed(validate(input, ctx));
        // Linear work only: a quadratic check on 200 000 characters would take seconds.
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      { numRuns: FEW_RUNS.numRuns / 6 },
    );
  });
});
