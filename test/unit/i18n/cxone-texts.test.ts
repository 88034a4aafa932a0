import { describe, expect, it } from 'vitest';
import { createI18n, en as enTexts, ko as koTexts } from '../../../shared/i18n';
import { cxoneIntegration } from '../../../shared/integrations/cxone';
import { SCIM_TEST_REASONS } from '../../../shared/ipc/scim-test-result';
import { englishWords } from '../../e2e/support/english-on-screen';

const PREFIX = 'integrations.cxone.';
// Merged: the title and summary are written with the first screen's texts (the picker shows them), the rest with the steps.
const cxoneEn = enTexts.integrations.cxone;
const cxoneKo = koTexts.integrations.cxone;
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
/** Okta field names that say enough in English: the Korean label is the quoted name alone, as Okta's English console shows it. */
const OKTA_NAME_ONLY = ['baseUrl', 'uniqueIdentifier', 'provisioningActions', 'authMode', 'tokenEndpoint', 'authorizeEndpoint'];

/**
 * CXone screen labels as NICE's Korean help writes them (seed 000). Wherever a Korean text names one, it is quoted and
 * followed by the English label: “새 역할”(New Role). Only labels no other sentence contains by chance are listed
 * ('기본 역할' is also CXone's "default role", '저장' is in every "stored").
 */
const CXONE_KOREAN_LABELS = [
  '보안 > 역할 및 권한',
  '새 역할',
  '저장 및 활성화',
  '직원 생성',
  '로그인 인증기',
  '액세스 키 추가',
  '암호 키 표시',
  '테넌트 구성 > 계정 설정',
  'SCIM 토큰',
  '토큰 표시',
];

/**
 * Lines a row label takes in a label column `width` px wide, breaking at ordinary spaces only (Chrome wraps these Korean
 * labels at spaces, as the screenshots show; a no-break space holds a gloss together). Widths of the 600-weight 16 px
 * label font, measured on the screenshots: about 8.5 px a Latin letter, 14 px a Hangul syllable.
 */
function labelLines(label: string, width: number): number {
  const charWidth = (char: string) => (HANGUL.test(char) ? 14 : char === ' ' || char === '\u00a0' ? 4.5 : 8.5);
  const wordWidth = (word: string) => [...word].reduce((sum, char) => sum + charWidth(char), 0);
  let lines = 1;
  let used = 0;
  for (const word of label.split(' ')) {
    const needed = (used > 0 ? charWidth(' ') : 0) + wordWidth(word);
    if (used > 0 && used + needed > width) {
      lines += 1;
      used = wordWidth(word);
    } else used += needed;
  }
  return lines;
}

/** How often `label` stands in `text` without its quotes and English label, “새 역할”(New Role). */
function bareLabelCount(text: string, label: string): number {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.split(label).length - text.split(new RegExp(`“${escaped}”\\([A-Za-z][^()]*\\)`)).length;
}

/** The {{placeholders}} a sentence fills, by name. */
const placeholders = (value: unknown) => [...String(value).matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();

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
    const oktaNames = OKTA_NAME_ONLY.map((id) => `${PREFIX}values.okta.${id}`);
    const notKorean = KEYS.filter((key) => ![...SAME_IN_BOTH, ...oktaNames].includes(key) && !HANGUL.test(String(text(ko, key))));
    expect(notKorean).toEqual([]);
    for (const key of oktaNames) expect(text(ko, key), key).toBe(`“${String(text(en, key))}”`);
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
    // CXone's Korean label, then its English one for an admin whose CXone is in English.
    expect(ko.steps['access-key-role'].body2).toContain('“보안 > 역할 및 권한”(Security > Roles and Permissions)');
    expect(ko.steps['access-key-role'].body2).toContain('“새 역할”(New Role)');
    expect(ko.steps['access-key-role'].body5).toContain('“저장 및 활성화”(Save & Activate)');
    expect(cxoneEn.steps['access-key-role'].body5).toContain('“Save & Activate”');
    expect(ko.steps['access-key-employee'].body2).toContain('“직원 생성”(Create Employee)');
    expect(ko.steps['access-key'].body2).toContain('“액세스 키 추가”(Add Access Key)');
    expect(cxoneEn.steps['access-key'].body2).toContain('“Add Access Key”');
    expect(ko.steps['bearer-token'].body1).toContain('“테넌트 구성 > 계정 설정”(Tenant Configuration > Account Settings)');
    expect(ko.steps['bearer-token'].body2).toContain('“SCIM 토큰”(SCIM Tokens)');
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

  it('quotes every CXone screen label in Korean and gives its English label after it', () => {
    const unquoted = leafPaths(cxoneKo).flatMap((path) => {
      const value = String(path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], cxoneKo));
      return CXONE_KOREAN_LABELS.filter((label) => bareLabelCount(value, label) > 0).map((label) => `${path}: ${label}`);
    });
    expect(unquoted).toEqual([]);
    // The rule sees a bare label (a rule that sees nothing would pass).
    expect(bareLabelCount('새 역할을 클릭합니다', '새 역할')).toBe(1);
    expect(bareLabelCount('“새 역할”(New Role)을 클릭합니다', '새 역할')).toBe(0);
  });

  it('names one IdP test per IdP the same way: its quoted UI name and a gloss', () => {
    const testRun = cxoneKo.steps['idp-settings'].checklist.testRun;
    expect(testRun).toContain('“Test Connector Configuration”(커넥터 구성 테스트)');
    expect(testRun).toContain('“연결 테스트”(Test Connection)');
  });

  it('calls both OAuth endpoints of the "other" card URIs, like the Okta card', () => {
    for (const card of [cxoneEn.values.other, cxoneEn.values.okta]) {
      expect(card.tokenEndpoint).toMatch(/URI$/);
      expect(card.authorizeEndpoint).toMatch(/URI”?$/);
    }
    expect(cxoneKo.values.other.tokenEndpoint).toContain('URI');
    expect(cxoneKo.values.other.authorizeEndpoint).toContain('URI');
  });

  it('fits every label of the Okta and other cards in two lines of a 200 px label column, glosses unbroken', () => {
    const rowIds = (card: Record<string, string>) => Object.keys(card).filter((id) => !/^(title|intro)$|(Value|Note)$/.test(id));
    const long = (['okta', 'other'] as const).flatMap((card) =>
      [cxoneEn, cxoneKo].flatMap((texts) =>
        rowIds(texts.values[card])
          .filter((id) => labelLines(texts.values[card][id as keyof (typeof texts.values)[typeof card]], 200) > 2)
          .map((id) => `${card}.${id}`),
      ),
    );
    expect(long).toEqual([]);
    // A gloss after an Okta name never wraps inside: “Authentication Mode”(인증 / 모드) read badly.
    const broken = Object.entries(cxoneKo.values.okta).filter(
      ([id, label]) => !['intro', 'toAppNote', 'toAppValue', 'provisioningActionsValue'].includes(id) && /”\([^)]* /.test(label),
    );
    expect(broken).toEqual([]);
    // The measure sees a long label (a measure that sees nothing would pass).
    expect(labelLines('“Authentication Mode”(사용자를 인증하는 방식 가운데 하나)', 200)).toBeGreaterThan(2);
  });

  it('words the secret fields’ help without their requiredness: the mark and the optional note say it', () => {
    for (const texts of [cxoneEn, cxoneKo]) {
      for (const field of [texts.fields.accessKeyId, texts.fields.accessKeySecret, texts.fields.bearerToken]) {
        expect(field.help).not.toMatch(/required|optional|Entra|Okta|반드시|필수|입력하지 않아도/i);
        expect(field.optional).toMatch(/Entra|Okta/);
      }
    }
  });
});

describe('CXone outcome texts', () => {
  const outcomes = { en: cxoneEn.test.outcome, ko: cxoneKo.test.outcome } as Record<'en' | 'ko', Record<string, string>>;
  const families = [...new Set(Object.keys(outcomes.en).map((key) => key.split('_')[0]!))];

  it('overrides an outcome with every reason it can carry, in both languages (else the generic "Check the URL" slips through)', () => {
    expect(families).toEqual(expect.arrayContaining(['not-scim', 'http-error', 'network', 'dns']));
    for (const family of families) {
      const reasons: readonly string[] = SCIM_TEST_REASONS[family as keyof typeof SCIM_TEST_REASONS] ?? [];
      const expected = [family, ...reasons.map((reason) => `${family}_${reason}`)].sort();
      for (const lng of ['en', 'ko'] as const) {
        expect(
          Object.keys(outcomes[lng])
            .filter((key) => key.split('_')[0] === family)
            .sort(),
          `${lng}: ${family}`,
        ).toEqual(expected);
      }
    }
  });

  it('fills the same placeholders as the generic sentence it replaces', () => {
    for (const lng of ['en', 'ko'] as const) {
      const i18n = lng === 'en' ? en : ko;
      for (const [key, value] of Object.entries(outcomes[lng])) {
        const generic = text(i18n, `test.outcome.${key}`);
        expect(typeof generic, `${lng}: test.outcome.${key} exists`).toBe('string');
        expect(placeholders(value), `${lng}: ${key}`).toEqual(placeholders(generic));
      }
    }
  });

  it('points at the region or area code, never at a URL the admin did not type', () => {
    // The credential's outcomes, and the network failures that are not about the address, say what they say elsewhere.
    const notAboutTheAddress = ['unauthorized', 'forbidden', 'network', 'network_code', 'network_unknown'];
    for (const key of Object.keys(outcomes.en).filter((key) => !notAboutTheAddress.includes(key))) {
      expect(outcomes.en[key], key).toMatch(/area code/);
      expect(outcomes.ko[key], key).toMatch(/지역 코드/);
    }
    for (const lng of ['en', 'ko'] as const) {
      expect(Object.values(outcomes[lng]).filter((value) => /Check the URL|URL을 확인/.test(value))).toEqual([]);
    }
  });

  it('is what the check shows: the CXone sentence with its reason first, through i18next context', () => {
    expect(ko.t(`${PREFIX}test.outcome.not-scim`, { context: 'html' })).toBe(cxoneKo.test.outcome['not-scim_html']);
    expect(en.t(`${PREFIX}test.outcome.http-error`, { context: 'redirect', status: 302, host: 'login.example' })).toContain('login.example');
    expect(en.t(`${PREFIX}test.outcome.http-error`, { context: 'redirect', status: 302, host: 'login.example' })).toContain('area code');
  });
});
