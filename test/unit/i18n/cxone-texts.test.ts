import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../shared/i18n';
import { cxoneEn } from '../../../shared/i18n/cxone-en';
import { cxoneKo } from '../../../shared/i18n/cxone-ko';
import { cxoneIntegration } from '../../../shared/integrations/cxone';
import { englishWords } from '../../e2e/support/english-on-screen';

const PREFIX = 'integrations.cxone.';
const HANGUL = /[\uAC00-\uD7A3]/;

/** Every string in the integration data that names a CXone text, wherever it sits (rows, notes, options, panels...). */
function namedKeys(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return value.startsWith(PREFIX) ? [value] : [];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((item) => namedKeys(item, seen));
}

/** The dotted paths of a text tree's leaves. */
function leafPaths(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => leafPaths(value, prefix ? `${prefix}.${key}` : key));
}

const KEYS = [...new Set(namedKeys(cxoneIntegration))].sort();
const en = createI18n('en');
const ko = createI18n('ko');
const text = (i18n: typeof en, key: string) => i18n.getResource(i18n.language, 'translation', key) as unknown;

/** Names kept as they are in Korean (a product name, an example area code): Hangul would be wrong there. */
const SAME_IN_BOTH = ['fields.idp.okta', 'fields.idp.entra', 'fields.regionCode.placeholder'].map((key) => PREFIX + key);

describe('CXone texts', () => {
  it('the walk finds the keys of every kind of place (a walk of nothing would pass)', () => {
    expect(KEYS.length).toBeGreaterThan(100);
    for (const key of [
      'steps.before-you-start.oktaAlternative',
      'steps.access-key-role.skippable',
      'steps.access-key-role.checklist.permissions',
      'steps.access-key-employee.billable',
      'fields.accessKeyId.optional',
      'fields.region.eu1',
      'fields.regionCode.placeholder',
      'values.okta.toAppNote',
      'values.okta.provisioningActionsValue',
      'values.baseUrls.oauthScimBaseUrlNote',
      'values.entra.intro',
      'actions.checkBearerToken',
    ]) {
      expect(KEYS, key).toContain(PREFIX + key);
    }
  });

  it.each(KEYS)('%s is a non-empty string in English and Korean', (key) => {
    for (const i18n of [en, ko]) {
      expect(i18n.exists(key, { lng: i18n.language, fallbackLng: false }), `${i18n.language}: ${key}`).toBe(true);
      const value = text(i18n, key);
      expect(typeof value, `${i18n.language}: ${key}`).toBe('string');
      expect(String(value).trim(), `${i18n.language}: ${key}`).not.toBe('');
    }
  });

  it('every Korean text is in Korean, except names kept as they are', () => {
    const notKorean = KEYS.filter((key) => !SAME_IN_BOTH.includes(key) && !HANGUL.test(String(text(ko, key))));
    expect(notKorean).toEqual([]);
    // Korean writes no space before a parenthesis: 'Microsoft Entra ID(Azure AD)'.
    const unspaced = (value: unknown) => String(value).replace(/\s+\(/g, '(');
    for (const key of SAME_IN_BOTH) expect(unspaced(text(ko, key)), key).toBe(unspaced(text(en, key)));
  });

  it('Korean texts leave no English words outside names, codes, URLs and quoted English UI labels', () => {
    const stray = KEYS.flatMap((key) => englishWords(String(text(ko, key))).map((word) => `${key}: ${word}`));
    expect(stray).toEqual([]);
  });

  it('every text written is used by the integration data, and every one it names is written', () => {
    // `test.*` is read by the check's renderer (outcomeText), not named by the step data.
    const written = leafPaths(cxoneEn)
      .filter((path) => !path.startsWith('test.'))
      .map((path) => PREFIX + path);
    expect(written.filter((key) => !KEYS.includes(key))).toEqual([]);
    expect(KEYS.filter((key) => !written.includes(key))).toEqual([]);
    expect(leafPaths(cxoneKo).sort()).toEqual(leafPaths(cxoneEn).sort());
  });

  it('keeps the vendor names the admin will look for on their screens', () => {
    const ko = cxoneKo;
    expect(ko.steps['access-key-role'].body2).toContain('보안 > 역할 및 권한');
    expect(ko.steps['access-key-role'].body2).toContain('새 역할');
    expect(ko.steps['access-key-employee'].body2).toContain('직원 생성');
    expect(ko.steps['access-key'].body2).toContain('액세스 키 추가');
    expect(ko.steps['bearer-token'].body1).toContain('테넌트 구성 > 계정 설정');
    expect(ko.steps['bearer-token'].body2).toContain('SCIM 토큰');
    // Okta's admin console is English: its field names stay English in Korean too.
    for (const [key, name] of Object.entries({ baseUrl: 'SCIM connector base URL', clientId: 'Client ID', authMode: 'Authentication Mode' })) {
      expect(ko.values.okta[key as keyof typeof ko.values.okta]).toContain(`“${name}”`);
      expect(cxoneEn.values.okta[key as keyof typeof cxoneEn.values.okta]).toBe(name);
    }
    // Entra's Korean portal names.
    expect(ko.values.entra.tenantUrl).toBe('테넌트 URL');
    expect(ko.values.entra.secretToken).toBe('비밀 토큰');
    // The two bases: /scim/v2 with the access key, /oauth/scim/v2 with a bearer token.
    expect(cxoneEn.values.baseUrls.oauthScimBaseUrlNote).toContain('/oauth');
  });
});
