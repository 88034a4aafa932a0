import i18next, { type i18n as I18n } from 'i18next';
import { LOCALES, type Locale } from '../settings/locales';
import { en } from './en';
import { isJosaOption, withJosa } from './josa';
import { ko } from './ko';
import { validationEn, type ValidationTexts } from './validation-en';
import { validationKo } from './validation-ko';

export { en, ko };
export type { Messages } from './en';

/** Validator refusals by language (rendered with shared/validators/validation-message.ts). */
export const VALIDATION_TEXTS: Readonly<Record<Locale, ValidationTexts>> = { en: validationEn, ko: validationKo };

export const SUPPORTED_LOCALES: readonly Locale[] = LOCALES;

export const resources = {
  en: { translation: en },
  ko: { translation: ko },
} as const;

/**
 * The language to show: the one the user saved wins; otherwise Korean when the
 * OS (or browser) locale is Korean (ko, ko-KR, ko_KR), else English.
 */
export function pickLocale(saved: Locale | null, osLocale: string): Locale {
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved;
  return /^ko(?:$|[-_])/i.test(osLocale.trim()) ? 'ko' : 'en';
}

/**
 * A fresh, already initialised i18next instance (resources are bundled, so init
 * is synchronous: `initAsync: false`, the i18next 24+ name of `initImmediate`).
 */
export function createI18n(locale: Locale): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    resources,
    initAsync: false,
    returnNull: false,
    returnEmptyString: false,
    interpolation: { escapeValue: false },
  });
  instance.services.formatter?.add('josa', josaFormat);
  return instance;
}

/**
 * `{{word, josa(을/를)}}`: i18next hands the text in brackets over as an option
 * name (merged with the t() options, which never look like a particle pair).
 */
function josaFormat(value: unknown, _lng: string | undefined, options: Readonly<Record<string, unknown>>): string {
  const word = String(value);
  const option = Object.keys(options).find(isJosaOption);
  return option ? withJosa(word, option) : word;
}
