import type { i18n as I18n } from 'i18next';
import { LOCALES, type Locale } from '../settings/locales';
import { createI18nWith } from './create-i18n';
import { en } from './en';
import { ko } from './ko';
import { localePack as enPack } from './locale-pack-en';
import { localePack as koPack } from './locale-pack-ko';
import { registerLocalePack } from './locale-packs';
import type { ValidationTexts } from './validation-en';

/**
 * Both languages at once, for Node (main, the CLI) and tests. The page does not
 * import this file: it loads one language pack at a time (locale-packs.ts).
 */
export { en, ko };
export type { Messages } from './en';
export { pickLocale } from './pick-locale';

registerLocalePack('en', enPack);
registerLocalePack('ko', koPack);

/** Validator refusals by language (rendered with shared/validators/validation-message.ts). */
export const VALIDATION_TEXTS: Readonly<Record<Locale, ValidationTexts>> = { en: enPack.validation, ko: koPack.validation };

export const SUPPORTED_LOCALES: readonly Locale[] = LOCALES;

export const resources = {
  en: { translation: en },
  ko: { translation: ko },
} as const;

/** A fresh, already initialised i18next instance with both languages. */
export function createI18n(locale: Locale): I18n {
  return createI18nWith(locale, { en, ko });
}
