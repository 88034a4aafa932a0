import { describe, expect, it } from 'vitest';
import { createI18nWith } from '../../../shared/i18n/create-i18n';
import { loadLocalePack, loadedLocalePack } from '../../../shared/i18n/locale-packs';
import { en, ko } from '../../../shared/i18n';
import { validationKo } from '../../../shared/i18n/validation-ko';
import { formatValidationMessage } from '../../../shared/validators/validation-message';

describe('language packs (the page loads one language at a time)', () => {
  it('loads each language once, with its UI texts and its validator sentences', async () => {
    const first = await loadLocalePack('ko');
    const again = await loadLocalePack('ko');
    expect(again).toBe(first);
    expect(first.messages).toBe(ko);
    expect(first.validation).toBe(validationKo);
    expect(loadedLocalePack('en')?.messages).toBe(en);
  });

  it('an instance made from one pack alone writes that language, Korean particles included', async () => {
    const pack = await loadLocalePack('ko');
    const i18n = createI18nWith('ko', { ko: pack.messages });
    expect(i18n.t('app.title')).toBe(ko.app.title);
    // The particle follows the word: the rule travels with the Korean texts (shared/i18n/josa.ts).
    expect(formatValidationMessage(pack.validation, 'token-bad-character', { position: 3, char: 'g' })).toContain("3번째 문자 'g'는");
    expect(i18n.t('errors.SETTINGS_UNWRITABLE', { folder: '/srv/wizard', reason: 'EACCES' })).toContain('폴더 /srv/wizard를 읽거나');
  });
});
