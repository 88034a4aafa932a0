import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../../shared/settings/locales';
import { call } from '../api/client';
import { useAppActions, useAppInfo, useAppSelector } from '../hooks/app-context';
import { ErrorText } from './ErrorText';

/** Language follows the OS until the admin picks one; the choice is saved. `--locale` at start fixes it for the launch. */
export function LanguageSelect({ osLocale }: { osLocale: string }) {
  const { t } = useTranslation();
  const savedLocale = useAppSelector((snapshot) => snapshot.settings.locale);
  const { setLocale } = useAppActions();
  const info = useAppInfo();
  const fixed = info.fixedLocale;
  const id = useId();
  // Kept as the error itself: if saving the choice fails, the message is written in the language still on screen.
  const [error, setError] = useState<unknown>(null);
  const change = async (value: string) => {
    setError(null);
    try {
      setLocale((await call('settings.setLocale', { locale: isLocale(value) ? value : null })).locale);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <span className="language-select">
        <label htmlFor={id}>{t('app.language')}</label>
        <select
          id={id}
          data-testid="language-select"
          value={fixed ?? savedLocale ?? 'auto'}
          disabled={fixed !== null}
          aria-describedby={fixed !== null ? `${id}-fixed` : undefined}
          onChange={(e) => void change(e.target.value)}
        >
          <option value="auto">{t('app.languageAuto', { locale: osLocale })}</option>
          {/* Each language by its own name, as language menus do. */}
          <option value="en" lang="en">
            English
          </option>
          <option value="ko" lang="ko">
            한국어
          </option>
        </select>
        {fixed !== null && (
          <span id={`${id}-fixed`} className="language-fixed" data-testid="language-fixed">
            {t('presenting.languageFixed')}
          </span>
        )}
      </span>
      <ErrorText error={error} testId="language-error" />
    </>
  );
}
