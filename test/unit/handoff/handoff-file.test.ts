import { describe, expect, it } from 'vitest';
import { buildHandoffFile, MAX_HANDOFF_BYTES, parseHandoffFile } from '../../../electron/services/handoff/handoff-file';
import { endpointFactsByIntegration } from '../../../shared/endpoints/endpoint-facts';
import { createI18n, VALIDATION_TEXTS } from '../../../shared/i18n';
import { emptyProfile, type Profile } from '../../../shared/settings/schema';
import { formatValidationMessage } from '../../../shared/validators/validation-message';

const NOW = new Date('2026-11-25T12:00:00Z');
const FACTS = endpointFactsByIntegration(null);
const facts = (id: string) => FACTS[id] ?? {};
const ORG_ID = 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c';

function webexProfile(): Profile {
  return {
    ...emptyProfile('acme', 'Acme Webex', NOW),
    integrationId: 'webex-entra',
    currentStepId: 'bearer-token',
    completedStepIds: ['before-you-start', 'add-gallery-app', 'assign-users', 'org-id'],
    fields: {
      'webex.offer': 'commercial',
      'webex.galleryAdded': 'true',
      'webex.testUserAssigned': 'true',
      'webex.tenantUrl': `https://api.ciscospark.com/v1/scim/${ORG_ID}`,
    },
    secrets: { 'webex-bearer-token': { savedAt: NOW.toISOString(), expiresAt: null } },
    actions: { 'test-connection': { ok: true, at: NOW.toISOString() } },
    revision: 7,
  };
}

function fileWith(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(buildHandoffFile(webexProfile(), { appVersion: '0.1.0', now: NOW })) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

/** A CXone hand-off file with these answers and no progress. */
function cxoneHandoff(fields: Record<string, string>): string {
  return JSON.stringify({
    format: 'scim-setup-wizard/profile',
    version: 1,
    exportedAt: NOW.toISOString(),
    app: { version: '0.1.0' },
    profile: { name: 'x', integrationId: 'cxone', fields, currentStepId: null, completedStepIds: [], skippedStepIds: [] },
  });
}

const profileOf = (file: Record<string, unknown>) => file.profile as Record<string, unknown>;

describe('hand-off file', () => {
  it('exports answers and progress, never secrets, their dates or check results, and reads back as it was', () => {
    const text = buildHandoffFile(webexProfile(), { appVersion: '0.1.0', now: NOW });
    expect(text).not.toMatch(/"secrets"|savedAt|expiresAt|"revision"|"actions"|test-connection/);
    const parsed = parseHandoffFile(text, facts);
    expect(parsed).toMatchObject({
      ok: true,
      handoff: { version: 1, profile: { name: 'Acme Webex', integrationId: 'webex-entra', fields: webexProfile().fields, currentStepId: 'bearer-token' } },
    });
  });

  it.each([
    ['over 1 MiB', () => `{"pad":"${'x'.repeat(MAX_HANDOFF_BYTES)}"}`, 'handoff-too-large'],
    ['nested deeper than a hand-off file ever is', () => `${'['.repeat(5000)}${']'.repeat(5000)}`, 'handoff-too-deep'],
    ['not JSON', () => 'format: scim', 'handoff-not-json'],
    ['a __proto__ key', () => fileWith((f) => (profileOf(f).fields = JSON.parse('{"__proto__": {"polluted": "yes"}}'))), 'handoff-prototype-key'],
    [
      'a constructor key deep inside',
      () => fileWith((f) => Object.defineProperty(f.app, 'constructor', { value: 'x', enumerable: true })),
      'handoff-prototype-key',
    ],
    ['a secret-looking key', () => fileWith((f) => (profileOf(f).bearerToken = 'abc')), 'handoff-secret-field'],
    ['a secret id as a key', () => fileWith((f) => ((profileOf(f).fields as Record<string, string>)['cxone-access-key-id'] = 'x')), 'handoff-secret-field'],
    ['another format', () => JSON.stringify({ format: 'something-else', version: 1 }), 'handoff-unknown-format'],
    ['an unknown version', () => fileWith((f) => (f.version = 2)), 'handoff-unknown-version'],
    ['an unknown field', () => fileWith((f) => (profileOf(f).colour = 'blue')), 'handoff-unknown-field'],
    ['an unknown answer', () => fileWith((f) => ((profileOf(f).fields as Record<string, string>)['webex.nothing'] = 'x')), 'handoff-unknown-field'],
    ['a value of the wrong kind', () => fileWith((f) => (profileOf(f).completedStepIds = 'all')), 'handoff-bad-value'],
    ['an unknown integration', () => fileWith((f) => (profileOf(f).integrationId = 'zendesk')), 'handoff-unknown-integration'],
    ['an unknown step', () => fileWith((f) => (profileOf(f).completedStepIds = ['teleport'])), 'handoff-unknown-step'],
  ])('refuses a file with %s, with its code', (_what, make, code) => {
    expect(parseHandoffFile(make(), facts)).toMatchObject({ ok: false, code });
  });

  it('checks every answer with the validator typing it would meet, and says where it is, in both languages', () => {
    const text = fileWith((f) => ((profileOf(f).fields as Record<string, string>)['webex.tenantUrl'] = 'https://api.ciscospark.com.evil.example/v1/scim/x'));
    const refused = parseHandoffFile(text, facts);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.params?.within).toBe('handoff');
    expect(refused.message).toMatch(/^In the hand-off file, “webex.tenantUrl” is refused:/);
    const ko = formatValidationMessage(VALIDATION_TEXTS.ko, refused.code, refused.params);
    expect(ko).toMatch(/^인계 파일의 “webex.tenantUrl” 값을 받아들일 수 없습니다:/);
    // A CXone region code is checked as the area-code field checks it.
    const cxone = cxoneHandoff({ 'cxone.region': 'other', 'cxone.regionCode': '1na' });
    expect(parseHandoffFile(cxone, facts)).toMatchObject({ ok: false, code: 'cxone-region-digits-first', params: { within: 'handoff' } });
  });

  it('takes a checklist answer named like a secret (cxone.accessKey.activated), which is not one', () => {
    const text = cxoneHandoff({ 'cxone.accessKey.activated': 'true' });
    expect(parseHandoffFile(text, facts)).toMatchObject({ ok: true });
    expect(parseHandoffFile(text.replace('cxone.accessKey.activated', 'cxone.accessKeyId'), facts)).toMatchObject({ ok: false, code: 'handoff-secret-field' });
  });

  it('normalises answers as typing would (an upper-case region code)', () => {
    const text = cxoneHandoff({ 'cxone.region': 'other', 'cxone.regionCode': 'EU2' });
    expect(parseHandoffFile(text, facts)).toMatchObject({ ok: true, handoff: { profile: { fields: { 'cxone.regionCode': 'eu2' } } } });
  });

  it('has every refusal sentence in both languages', () => {
    for (const locale of ['en', 'ko'] as const) {
      const texts = VALIDATION_TEXTS[locale] as Readonly<Record<string, string>>;
      for (const code of Object.keys(texts).filter((key) => key.startsWith('handoff-'))) expect(texts[code], `${locale} ${code}`).toMatch(/\S/);
    }
    expect(createI18n('ko').language).toBe('ko');
  });
});
