import { useTranslation } from 'react-i18next';
import { loadedLocalePack } from '../../../shared/i18n/locale-packs';
import { validationEn } from '../../../shared/i18n/validation-en';
import { isLocale } from '../../../shared/settings/locales';
import type { ValidationFailure } from '../../../shared/validators/result';
import { formatValidationMessage } from '../../../shared/validators/validation-message';

/**
 * A validator refusal (from the page's own check or from main) in the language
 * on screen, rebuilt from its code and params; the validator's English message
 * is the fallback for a code this build does not know. The screen's language
 * pack is loaded before its texts show (hooks/use-locale-i18n.ts).
 */
export function useValidationText(): (failure: Pick<ValidationFailure, 'code' | 'message' | 'params'>) => string {
  const { i18n } = useTranslation();
  return ({ code, message, params }) => {
    const texts = (isLocale(i18n.language) ? loadedLocalePack(i18n.language)?.validation : undefined) ?? validationEn;
    return formatValidationMessage(texts, code, params) ?? message;
  };
}
