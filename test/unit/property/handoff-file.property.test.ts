import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHandoffFile, MAX_HANDOFF_DEPTH, parseHandoffFile } from '../../../electron/services/handoff/handoff-file';
import { endpointFactsByIntegration } from '../../../shared/endpoints/endpoint-facts';
import { emptyProfile, type Profile } from '../../../shared/settings/schema';
import { FEW_RUNS, hostileJson, hostileText, RUNS } from './arbitraries';
import { codeOf, expectWellFormed } from './result-shape';

/**
 * The hand-off file is read from wherever the admin got it (electron/services/handoff/handoff-file.ts):
 * no text or JSON throws, every refusal is a code with its sentence, prototype and secret-looking
 * keys are refused at any depth, and a file the wizard wrote reads back to itself.
 */

const FACTS = endpointFactsByIntegration(null);
const facts = (id: string) => FACTS[id] ?? {};
const NOW = new Date('2026-11-25T12:00:00Z');

/** A Webex profile with a valid Org ID in any of its accepted spellings. */
const webexProfile: fc.Arbitrary<Profile> = fc
  .tuple(fc.uuid(), fc.constantFrom('commercial', 'government'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), fc.boolean())
  .filter(([, , name]) => name.trim() !== '')
  .map(([orgId, offer, name, upper]) => {
    const host = offer === 'commercial' ? 'api.ciscospark.com' : 'api-usgov.webex.com';
    return {
      ...emptyProfile('acme', name, NOW),
      integrationId: 'webex-entra',
      currentStepId: 'org-id',
      completedStepIds: ['before-you-start'],
      fields: { 'webex.offer': offer, 'webex.tenantUrl': `https://${host}/v1/scim/${upper ? orgId.toUpperCase() : orgId}` },
    };
  });

function parsedJson(text: string): Record<string, unknown> {
  return JSON.parse(text) as Record<string, unknown>;
}

/** Puts `key: value` into a random object of the file (the root, `app`, `profile` or `profile.fields`). */
function withKeyAt(file: Record<string, unknown>, where: number, key: string): string {
  const profile = file.profile as Record<string, unknown>;
  const targets = [file, file.app as Record<string, unknown>, profile, profile.fields as Record<string, unknown>];
  const target = targets[where % targets.length] ?? file;
  // defineProperty, so "__proto__" becomes an own key, as JSON.parse makes it.
  Object.defineProperty(target, key, { value: 'x', enumerable: true, configurable: true, writable: true });
  return JSON.stringify(file);
}

describe('hand-off file: properties', () => {
  it('never throws on any text, and refuses with a code and its sentence', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const result = parseHandoffFile(text, facts);
        expect(result.ok).toBe(false);
        if (!result.ok) expectWellFormed(result);
      }),
      RUNS,
    );
  });

  it('never throws on any JSON value, however shaped', () => {
    fc.assert(
      fc.property(hostileJson, (value) => {
        let text: string;
        try {
          text = JSON.stringify(value) ?? 'null';
        } catch {
          return; // not serialisable (a BigInt): not a file
        }
        const result = parseHandoffFile(text, facts);
        if (!result.ok) expectWellFormed(result);
      }),
      RUNS,
    );
  });

  it('reads back what it wrote, normalised once, and then unchanged', () => {
    fc.assert(
      fc.property(webexProfile, (profile) => {
        const first = parseHandoffFile(buildHandoffFile(profile, { appVersion: '0.1.0', now: NOW }), facts);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        expect(first.handoff.profile.fields['webex.tenantUrl']).toBe(profile.fields['webex.tenantUrl']?.toLowerCase());
        const again = parseHandoffFile(buildHandoffFile({ ...profile, fields: first.handoff.profile.fields }, { appVersion: '0.1.0', now: NOW }), facts);
        expect(again).toEqual(first);
      }),
      FEW_RUNS,
    );
  });

  it('refuses a prototype key or a secret-looking key anywhere in the file', () => {
    const key = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype').map((k) => ({ k, code: 'handoff-prototype-key' })),
      fc
        .constantFrom('token', 'accessToken', 'client_secret', 'Password', 'api-key', 'privateKey', 'webex-bearer-token', 'BEARER')
        .map((k) => ({ k, code: 'handoff-secret-field' })),
    );
    fc.assert(
      fc.property(webexProfile, key, fc.nat(), (profile, { k, code }, where) => {
        const file = parsedJson(buildHandoffFile(profile, { appVersion: '0.1.0', now: NOW }));
        expect(codeOf(parseHandoffFile(withKeyAt(file, where, k), facts))).toBe(code);
      }),
      FEW_RUNS,
    );
  });

  it('refuses nesting deeper than the limit before parsing, whatever the brackets', () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_HANDOFF_DEPTH + 1, max: 100_000 }), fc.constantFrom('[', '{"a":'), (depth, open) => {
        expect(codeOf(parseHandoffFile(open.repeat(depth), facts))).toBe('handoff-too-deep');
      }),
      FEW_RUNS,
    );
  });
});
