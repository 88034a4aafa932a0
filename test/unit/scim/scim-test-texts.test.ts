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

const OUTCOMES = ipcContract['checks.run'].response.shape.outcome.options;
/** Every value main can send in `params`, so that any placeholder a sentence uses is filled. */
const ALL_PARAMS = { status: 302, host: 'login.example.net', type: 'text/plain', code: 'ENOTFOUND', seconds: 15, mib: 1 };
const HANGUL = /[\uAC00-\uD7A3]/;

type Outcome = (typeof OUTCOMES)[number];
type Stage = 'scim' | 'token-exchange';
type Case = { stage: Stage; outcome: Outcome; reason?: ScimTestReason };
/** What each stage can answer: the token endpoint never passes a SCIM check, the SCIM server never hands out tokens. */
const IMPOSSIBLE: Record<Stage, readonly Outcome[]> = { scim: ['bad-token-response'], 'token-exchange': ['ok', 'not-scim'] };
const FAMILY: Record<Stage, string> = { scim: 'outcome', 'token-exchange': 'exchange' };
const CASES: Case[] = (['scim', 'token-exchange'] as const).flatMap((stage) =>
  OUTCOMES.filter((outcome) => !IMPOSSIBLE[stage].includes(outcome)).flatMap((outcome) => [
    { stage, outcome },
    ...((SCIM_TEST_REASONS as Partial<Record<string, readonly ScimTestReason[]>>)[outcome] ?? []).map((reason) => ({ stage, outcome, reason })),
  ]),
);

describe('connection test sentences', () => {
  it('cover all thirteen outcomes and every reason, for the SCIM server and for the token endpoint', () => {
    expect(OUTCOMES).toHaveLength(13);
    const reasons = (outcome: Outcome) => ((SCIM_TEST_REASONS as Partial<Record<string, readonly string[]>>)[outcome] ?? []).length;
    const expected = (stage: Stage) => OUTCOMES.filter((o) => !IMPOSSIBLE[stage].includes(o)).reduce((sum, outcome) => sum + 1 + reasons(outcome), 0);
    expect(CASES.length).toBe(expected('scim') + expected('token-exchange'));
  });

  it.each(CASES.map((c) => [`${FAMILY[c.stage]}.${c.reason ? `${c.outcome}_${c.reason}` : c.outcome}`, c] as const))(
    '%s reads in English and Korean',
    (name, testCase) => {
      const en = createI18n('en');
      const ko = createI18n('ko');
      const [key, options] = outcomeText({ ...testCase, params: ALL_PARAMS }, null);
      const exact = `test.${name}`;
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
    },
  );

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
      const clean = i18n.t(...outcomeText({ outcome: 'ok' }, null));
      const warned = i18n.t(...outcomeText({ outcome: 'ok', warning: { code: 'users-found', count: 3 } }, null));
      expect(warned).not.toBe(clean);
      expect(warned, locale).toBe(i18n.getResource(locale, 'translation', 'test.outcome.ok_users-found'));
    }
  });

  it('uses an integration’s own wording where it has one, and the generic sentence otherwise', () => {
    const en = createI18n('en');
    expect(en.t(...outcomeText({ outcome: 'unauthorized' }, 'webex-entra'))).toContain('Webex refused the token');
    expect(en.t(...outcomeText({ outcome: 'unauthorized' }, 'cxone'))).toContain('CXone refused the token');
    expect(en.t(...outcomeText({ outcome: 'tls', params: { code: 'X' } }, 'cxone'))).toBe(en.t('test.outcome.tls', { code: 'X' }));
    expect(en.t(...outcomeText({ outcome: 'ok', warning: { code: 'users-found', count: 2 } }, 'webex-entra'))).toBe(
      en.getResource('en', 'translation', 'integrations.webex-entra.test.outcome.ok_users-found'),
    );
    expect(en.t(...outcomeText({ outcome: 'dns', params: { code: 'ENOTFOUND' } }, 'webex-entra'))).toBe(en.t('test.outcome.dns', { code: 'ENOTFOUND' }));
    expect(en.t(...outcomeText({ outcome: 'unauthorized', stage: 'token-exchange' }, 'cxone'))).toContain('access key');
  });

  it('labels the server’s own words in both languages', () => {
    expect(createI18n('en').t('test.serverSaid')).toBe('The server said:');
    expect(createI18n('ko').t('test.serverSaid')).toMatch(HANGUL);
  });
});
