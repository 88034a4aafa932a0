import type { i18n as I18n } from 'i18next';
import { LOCALES, type Locale } from '../settings/locales';
import { createI18nWith } from './create-i18n';
import { en } from './en';
import { ko } from './ko';
import { texts as enFirstScreen } from './locale-pack-en';
import { texts as enOtherScreens } from './locale-pack-en-screens';
import { texts as koFirstScreen } from './locale-pack-ko';
import { texts as koOtherScreens } from './locale-pack-ko-screens';
import { texts as enCxone } from './locale-pack-en-cxone';
import { texts as enWebexEntra } from './locale-pack-en-webex-entra';
import { texts as koCxone } from './locale-pack-ko-cxone';
import { texts as koWebexEntra } from './locale-pack-ko-webex-entra';
import { registerTextPart } from './locale-packs';
import { validationEn, type ValidationTexts } from './validation-en';
import { validationKo } from './validation-ko';

/**
 * Both languages at once, for Node (main, the CLI) and tests. The page does not
 * import this file: it loads the texts it shows part by part (locale-packs.ts).
 */
export { en, ko };
export type { Messages } from './en';
export { pickLocale } from './pick-locale';

registerTextPart('en', 'first-screen', enFirstScreen);
registerTextPart('en', 'other-screens', enOtherScreens);
registerTextPart('ko', 'first-screen', koFirstScreen);
registerTextPart('ko', 'other-screens', koOtherScreens);
registerTextPart('en', 'integration:cxone', enCxone);
registerTextPart('en', 'integration:webex-entra', enWebexEntra);
registerTextPart('ko', 'integration:cxone', koCxone);
registerTextPart('ko', 'integration:webex-entra', koWebexEntra);

/** Validator refusals by language (rendered with shared/validators/validation-message.ts). */
export const VALIDATION_TEXTS: Readonly<Record<Locale, ValidationTexts>> = { en: validationEn, ko: validationKo };

export const SUPPORTED_LOCALES: readonly Locale[] = LOCALES;

export const resources = {
  en: { translation: en },
  ko: { translation: ko },
} as const;

/** A fresh, already initialised i18next instance with both languages. */
export function createI18n(locale: Locale): I18n {
  return createI18nWith(locale, { en, ko });
}
