import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n/en';
import { ko } from '../../../shared/i18n/ko';
import { createI18n, pickLocale, resources, SUPPORTED_LOCALES } from '../../../shared/i18n';
import { LOCALES } from '../../../shared/settings/schema';

type Tree = { [key: string]: string | Tree };

/** Every leaf as [dotted path, value]; non-string, non-object leaves are reported as-is. */
function leaves(tree: unknown, prefix = ''): Array<[string, unknown]> {
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) return [[prefix, tree]];
  return Object.entries(tree as Tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? leaves(value, path) : [[path, value] as [string, unknown]];
  });
}

/** Placeholder names; `{{file, josa(으로/로)}}` is the placeholder `file` with a formatter. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1] ?? ''))].sort();
}

const enLeaves = new Map(leaves(en));
const koLeaves = new Map(leaves(ko));
const HANGUL = /[\uAC00-\uD7A3]/;

describe('message catalogues', () => {
  it('en and ko have exactly the same key paths', () => {
    const enKeys = [...enLeaves.keys()].sort();
    const koKeys = [...koLeaves.keys()].sort();
    expect(
      koKeys.filter((key) => !enLeaves.has(key)),
      'keys only in ko',
    ).toEqual([]);
    expect(
      enKeys.filter((key) => !koLeaves.has(key)),
      'keys missing from ko',
    ).toEqual([]);
    expect(koKeys).toEqual(enKeys);
    expect(enKeys.length).toBeGreaterThan(100);
  });

  it('every value in both languages is a non-empty string', () => {
    for (const [lang, map] of [
      ['en', enLeaves],
      ['ko', koLeaves],
    ] as const) {
      for (const [key, value] of map) {
        expect(typeof value, `${lang}:${key}`).toBe('string');
        expect((value as string).trim().length, `${lang}:${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('uses the same {{placeholders}} in both languages for every key', () => {
    const mismatches: string[] = [];
    for (const [key, value] of enLeaves) {
      const koValue = koLeaves.get(key);
      if (typeof value !== 'string' || typeof koValue !== 'string') continue;
      const a = placeholders(value).join(',');
      const b = placeholders(koValue).join(',');
      if (a !== b) mismatches.push(`${key}: en {${a}} ko {${b}}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('has no malformed placeholder braces', () => {
    for (const [key, value] of koLeaves) {
      const stripped = String(value).replace(/\{\{\s*\w+\s*(?:,\s*josa\([^)]*\)\s*)?\}\}/g, '');
      expect(stripped, `ko:${key}`).not.toMatch(/\{\{|\}\}/);
    }
  });

  it('translates most keys into Korean (Hangul in at least 80%)', () => {
    const values = [...koLeaves.values()].map(String);
    const withHangul = values.filter((value) => HANGUL.test(value)).length;
    expect(withHangul / values.length).toBeGreaterThanOrEqual(0.8);
    // The step texts and error messages must all be translated.
    for (const [key, value] of koLeaves) {
      if (/^integrations\.webex-entra\.steps\..*\.(title|body\d|intro)$/.test(key)) expect(String(value), key).toMatch(HANGUL);
      if (key.startsWith('test.outcome.')) expect(String(value), key).toMatch(HANGUL);
    }
  });

  it('keeps literals that must stay verbatim', () => {
    const bearer = ko.integrations['webex-entra'].steps['bearer-token'];
    expect(bearer.body2).toContain('http://localhost:3000/auth/code');
    expect(ko.integrations['webex-entra'].fields.tenantUrl.help).toContain('Y2lzY29zcGFyazovL');
    expect(ko.integrations['webex-entra'].fields.tenantUrl.placeholder).toBe(en.integrations['webex-entra'].fields.tenantUrl.placeholder);
    const warning = ko.integrations['webex-entra'].steps['attribute-mapping'].userNameWarning;
    expect(warning).toContain('userName');
    expect(warning).toContain('userPrincipalName');
  });
});

describe('pickLocale', () => {
  it('prefers the saved locale', () => {
    expect(pickLocale('en', 'ko-KR')).toBe('en');
    expect(pickLocale('ko', 'en-US')).toBe('ko');
    expect(pickLocale('ko', '')).toBe('ko');
  });

  it('follows a Korean OS locale when nothing is saved', () => {
    for (const os of ['ko', 'ko-KR', 'ko_KR', 'KO-kr', 'ko_KR.UTF-8']) expect(pickLocale(null, os), os).toBe('ko');
  });

  it('falls back to English otherwise', () => {
    for (const os of ['en-US', 'en', 'ja-JP', 'de_DE', 'kok-IN', '', 'C']) expect(pickLocale(null, os), os).toBe('en');
  });
});

describe('createI18n', () => {
  it('exposes both languages', () => {
    expect([...SUPPORTED_LOCALES]).toEqual([...LOCALES]);
    expect(resources.ko.translation).toBe(ko);
    expect(resources.en.translation).toBe(en);
  });

  it('is initialised synchronously and returns Korean text', () => {
    const i18n = createI18n('ko');
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.language).toBe('ko');
    expect(i18n.t('wizard.next')).toBe(ko.wizard.next);
    expect(i18n.t('wizard.next')).toBe('다음');
    expect(i18n.t('test.outcome.not-found')).toBe(ko.test.outcome['not-found']);
  });

  it('returns English text for en', () => {
    expect(createI18n('en').t('wizard.next')).toBe('Next');
  });

  it('interpolates placeholders without HTML escaping', () => {
    const i18n = createI18n('ko');
    expect(i18n.t('wizard.progress', { done: 2, total: 8 })).toBe('전체 8단계 중 2단계 완료');
    expect(i18n.t('wizard.unmetField', { label: '<조직 ID>' })).toBe('‘<조직 ID>’ 입력');
    expect(createI18n('en').t('wizard.stepOf', { index: 3, total: 9 })).toBe('Step 3 of 9');
  });

  it('picks the sentence main names with params.variant (i18next context), and falls back to the generic one', () => {
    const ko = createI18n('ko');
    expect(ko.t('errors.CAPTURE_FAILED', { context: 'no-token-missing', message: 'x' })).toContain('액세스 토큰이 없습니다');
    expect(ko.t('errors.CAPTURE_FAILED', { context: 'provider', detail: 'access_denied: nope' })).toContain('“access_denied: nope”');
    expect(ko.t('errors.CAPTURE_FAILED', { context: 'listen', port: 3000, code: 'EACCES' })).toContain('포트 3000');
    expect(ko.t('errors.CAPTURE_FAILED', { context: 'unheard-of', message: 'raw' })).toBe('로그인했지만 토큰을 받지 못했습니다. 다시 시도하세요.');
  });

  it('creates independent instances', () => {
    const a = createI18n('ko');
    const b = createI18n('en');
    expect(a.t('wizard.back')).toBe('이전');
    expect(b.t('wizard.back')).toBe('Back');
  });
});
