import { createI18n } from '../../shared/i18n';
import { en } from '../../shared/i18n/en';
import { errorContext, errorMessage, type ErrorValue } from '../../shared/i18n/error-message';
import { ko } from '../../shared/i18n/ko';

/**
 * What the renderer shows for an error main sent, in both languages, and the
 * key it picked: a fault "has a sentence" only if that key exists in both
 * catalogues (i18next would otherwise fall back to the generic sentence quietly).
 */
const translators = { en: createI18n('en'), ko: createI18n('ko') };

export interface RenderedError {
  key: string;
  hasKey: { en: boolean; ko: boolean };
  en: string;
  ko: string;
}

export function renderError(error: ErrorValue): RenderedError {
  const context = errorContext(error.code, error.params ?? {});
  const key = context ? `${error.code}_${context}` : error.code;
  const text = (locale: 'en' | 'ko') => errorMessage((k, options) => translators[locale].t(k, options), error);
  return { key, hasKey: { en: Object.hasOwn(en.errors, key), ko: Object.hasOwn(ko.errors, key) }, en: text('en'), ko: text('ko') };
}
