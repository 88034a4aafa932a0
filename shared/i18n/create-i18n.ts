import i18next, { type i18n as I18n } from 'i18next';
import { LOCALES, type Locale } from '../settings/locales';
import { isJosaOption } from './josa-options';
import { withParticle } from './particle-rule';

/**
 * A fresh, already initialised i18next instance over the given texts (they are
 * in memory, so init is synchronous: `initAsync: false`, the i18next 24+ name of
 * `initImmediate`). Only the language on screen needs to be there, and on the
 * page only the part of it loaded so far (the rest is added with
 * addResourceBundle): ko.ts has every key en.ts has (its type says so), so
 * nothing falls back.
 */
export function createI18nWith(locale: Locale, messages: Partial<Readonly<Record<Locale, object>>>): I18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(Object.entries(messages).map(([lng, translation]) => [lng, { translation }]));
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
  return option ? withParticle(word, option) : word;
}
