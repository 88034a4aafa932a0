import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** Turns anything caught from `call()` into a translated, actionable sentence. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof ApiError) {
      const { code, message, params } = error.shape;
      if (message === 'NETWORK') return t('errors.NETWORK');
      // i18next context: `errors.X_<variant>` when main names a variant of the sentence.
      const context = typeof params?.variant === 'string' ? params.variant : undefined;
      return t(`errors.${code}`, { ...params, message, ...(context ? { context } : {}) });
    }
    return t('errors.INTERNAL', { message: '' });
  };
}
