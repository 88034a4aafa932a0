import { useTranslation } from 'react-i18next';
import { loadedValidationTexts } from '../../../shared/i18n/locale-packs';
import { validationEn } from '../../../shared/i18n/validation-en';
import { isLocale } from '../../../shared/settings/locales';
import type { ValidationFailure } from '../../../shared/validators/result';
import { formatValidationMessage } from '../../../shared/validators/validation-message';

/**
 * A validator refusal (from the page's own check or from main) in the language
 * on screen, rebuilt from its code and params; the validator's English message
 * is the fallback for a code this build does not know. The screens that validate
 * load these texts before they show (ui/lazy-screen.ts).
 */
export function useValidationText(): (failure: Pick<ValidationFailure, 'code' | 'message' | 'params'>) => string {
  const { i18n } = useTranslation();
  return ({ code, message, params }) => {
    const texts = (isLocale(i18n.language) ? loadedValidationTexts(i18n.language) : undefined) ?? validationEn;
    return formatValidationMessage(texts, code, params) ?? message;
  };
}
