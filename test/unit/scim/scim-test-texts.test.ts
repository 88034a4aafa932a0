import { describe, expect, it } from 'vitest';
import { outcomeText, warningText } from '../../../renderer/src/actions/test-connection-text';
import { createI18n } from '../../../shared/i18n';
import { ipcContract } from '../../../shared/ipc/contract';
import { SCIM_TEST_REASONS, SCIM_TEST_WARNING_CODES, type ScimTestReason } from '../../../shared/ipc/scim-test-result';

/**
 * Every outcome × reason (and warning) a connection test can report has its own
 * sentence in English and in Korean. scim-connection-test.test.ts renders the
 * results real servers produced; this one walks the declared table, so a reason
 * added there without texts fails here even before a server produces it.
 */

const OUTCOMES = ipcContract['webex.testConnection'].response.shape.outcome.options;
/** Every value main can send in `params`, so that any placeholder a sentence uses is filled. */
const ALL_PARAMS = { status: 302, host: 'login.example.net', type: 'text/plain', code: 'ENOTFOUND', seconds: 15, mib: 1 };
const HANGUL = /[\uAC00-\uD7A3]/;

type Case = { outcome: (typeof OUTCOMES)[number]; reason?: ScimTestReason };
const CASES: Case[] = OUTCOMES.flatMap((outcome) => [
  { outcome },
  ...((SCIM_TEST_REASONS as Partial<Record<string, readonly ScimTestReason[]>>)[outcome] ?? []).map((reason) => ({ outcome, reason })),
]);

describe('connection test sentences', () => {
  it('cover all twelve outcomes and every reason', () => {
    expect(OUTCOMES).toHaveLength(12);
    expect(CASES.length).toBe(12 + Object.values(SCIM_TEST_REASONS).flat().length);
  });

  it.each(CASES.map((c) => [c.reason ? `${c.outcome}_${c.reason}` : c.outcome, c] as const))('%s reads in English and Korean', (name, testCase) => {
    const en = createI18n('en');
    const ko = createI18n('ko');
    const [key, options] = outcomeText({ ...testCase, params: ALL_PARAMS });
    const exact = `test.outcome.${name}`;
    const texts = { en: '', ko: '' };
    for (const [locale, i18n] of [
      ['en', en],
      ['ko', ko],
    ] as const) {
      // The exact key, not i18next's fallback to the outcome's generic sentence or to English.
      expect(i18n.getResource(locale, 'translation', exact), `${locale}: ${exact}`).toEqual(expect.any(String));
      const text = i18n.t(key, options);
      expect(text, `${locale}: ${exact}`).not.toMatch(/\{\{|\}\}|^test\./);
      texts[locale] = text;
    }
    expect(texts.ko).toMatch(HANGUL);
    expect(texts.ko).not.toBe(texts.en);
  });

  it.each(SCIM_TEST_WARNING_CODES)('the %s warning reads in both languages, in the singular and the plural, with its count', (code) => {
    for (const locale of ['en', 'ko'] as const) {
      const i18n = createI18n(locale);
      for (const count of [1, 2, 250]) {
        const text = i18n.t(...warningText({ code, count }));
        expect(text, `${locale} ${count}`).not.toMatch(/\{\{|\}\}|^test\./);
        expect(text).toContain(String(count));
        if (locale === 'ko') expect(text).toMatch(HANGUL);
      }
    }
    const en = createI18n('en');
    expect(en.t(...warningText({ code, count: 1 }))).toContain('found 1 user.');
    expect(en.t(...warningText({ code, count: 2 }))).toContain('found 2 users.');
  });

  it('a pass with a warning does not claim the empty user list of a clean pass', () => {
    for (const locale of ['en', 'ko'] as const) {
      const i18n = createI18n(locale);
      const clean = i18n.t(...outcomeText({ outcome: 'ok' }));
      const warned = i18n.t(...outcomeText({ outcome: 'ok', warning: { code: 'users-found', count: 3 } }));
      expect(warned).not.toBe(clean);
      expect(warned, locale).toBe(i18n.getResource(locale, 'translation', 'test.outcome.ok_users-found'));
    }
  });

  it('labels the server’s own words in both languages', () => {
    expect(createI18n('en').t('test.serverSaid')).toBe('The server said:');
    expect(createI18n('ko').t('test.serverSaid')).toMatch(HANGUL);
  });
});
