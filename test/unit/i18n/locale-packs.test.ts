import { describe, expect, it } from 'vitest';
import { createI18nWith } from '../../../shared/i18n/create-i18n';
import { en, ko } from '../../../shared/i18n';
import { firstScreenKo } from '../../../shared/i18n/first-screen-ko';
import { integrationTextPart, loadTextPart, loadedTextPart, loadedValidationTexts } from '../../../shared/i18n/locale-packs';
import { otherScreensKo } from '../../../shared/i18n/other-screens-ko';
import { validationEn } from '../../../shared/i18n/validation-en';
import { validationKo } from '../../../shared/i18n/validation-ko';
import { formatValidationMessage } from '../../../shared/validators/validation-message';

describe('text parts (the page loads the language on screen, the first screen first)', () => {
  it('loads each part once: the first screen without the validators, the other screens with them', async () => {
    const first = await loadTextPart('ko', 'first-screen');
    expect(await loadTextPart('ko', 'first-screen')).toBe(first);
    expect(first.messages).toBe(firstScreenKo);
    expect(first.validation).toBeUndefined();
    const other = await loadTextPart('ko', 'other-screens');
    expect(other.messages).toBe(otherScreensKo);
    expect(other.validation).toBe(validationKo);
    expect(loadedValidationTexts('en')).toBe(validationEn);
    expect(loadedTextPart('en', 'first-screen')).toBeDefined();
  });

  it('the first screen part writes the header and the picker; the wizard texts and error sentences are not in it', async () => {
    const { messages } = await loadTextPart('en', 'first-screen');
    const i18n = createI18nWith('en', { en: messages });
    expect(i18n.t('picker.title')).toBe(en.picker.title);
    expect(i18n.t('integrations.cxone.title')).toBe(en.integrations.cxone.title);
    expect(i18n.exists('errors.INTERNAL')).toBe(false);
    expect(i18n.exists('wizard.steps')).toBe(false);
    expect(i18n.exists('integrations.cxone.steps.before-you-start.title')).toBe(false);
  });

  it('the other screens part has no integration’s own texts: each integration has its part', async () => {
    const other = await loadTextPart('en', 'other-screens');
    const i18n = createI18nWith('en', { en: other.messages });
    expect(i18n.exists('wizard.steps')).toBe(true);
    expect(i18n.exists('integrations.cxone.steps.before-you-start.title')).toBe(false);
    expect(i18n.exists('integrations.webex-entra.steps.before-you-start.title')).toBe(false);
    expect(integrationTextPart('cxone')).toBe('integration:cxone');
    expect(integrationTextPart('webex-entra')).toBe('integration:webex-entra');
    expect(integrationTextPart('__proto__')).toBeNull();
    const cxone = createI18nWith('en', { en: (await loadTextPart('en', 'integration:cxone')).messages });
    expect(cxone.t('integrations.cxone.steps.before-you-start.title')).toBe(en.integrations.cxone.steps['before-you-start'].title);
    expect(cxone.exists('integrations.webex-entra.steps.before-you-start.title')).toBe(false);
    await expect(loadTextPart('en', 'integration:nothing')).rejects.toThrow('no text part integration:nothing');
  });

  it('adding the other parts to an instance gives every text, Korean particles included', async () => {
    const first = await loadTextPart('ko', 'first-screen');
    const other = await loadTextPart('ko', 'other-screens');
    const cxone = await loadTextPart('ko', 'integration:cxone');
    const i18n = createI18nWith('ko', { ko: first.messages });
    i18n.addResourceBundle('ko', 'translation', other.messages, true, false);
    i18n.addResourceBundle('ko', 'translation', cxone.messages, true, false);
    expect(i18n.t('app.title')).toBe(ko.app.title);
    expect(i18n.t('integrations.cxone.title')).toBe(ko.integrations.cxone.title);
    expect(i18n.t('integrations.cxone.steps.before-you-start.title')).toBe(ko.integrations.cxone.steps['before-you-start'].title);
    // The particle follows the word: the rule travels with the Korean texts (shared/i18n/josa.ts).
    expect(formatValidationMessage(other.validation!, 'token-bad-character', { position: 3, char: 'g' })).toContain("3번째 문자 'g'는");
    expect(i18n.t('errors.SETTINGS_UNWRITABLE', { folder: '/srv/wizard', reason: 'EACCES' })).toContain('폴더 /srv/wizard를 읽거나');
  });
});
