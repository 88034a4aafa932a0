import { useTranslation } from 'react-i18next';
import { VALIDATION_TEXTS } from '../../../shared/i18n';
import { isLocale } from '../../../shared/settings/locales';
import type { ValidationFailure } from '../../../shared/validators/result';
import { formatValidationMessage } from '../../../shared/validators/validation-message';

/**
 * A validator refusal (from the page's own check or from main) in the language
 * on screen, rebuilt from its code and params; the validator's English message
 * is the fallback for a code this build does not know.
 */
export function useValidationText(): (failure: Pick<ValidationFailure, 'code' | 'message' | 'params'>) => string {
  const { i18n } = useTranslation();
  return ({ code, message, params }) => {
    const texts = VALIDATION_TEXTS[isLocale(i18n.language) ? i18n.language : 'en'];
    return formatValidationMessage(texts, code, params) ?? message;
  };
}
