import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../../shared/settings/locales';
import { call } from '../api/client';
import { useApp } from '../hooks/app-context';

/** Language follows the OS until the admin picks one; the choice is saved. */
export function LanguageSelect({ osLocale }: { osLocale: string }) {
  const { t } = useTranslation();
  const { settings, setSettings } = useApp();
  const id = useId();
  const change = async (value: string) => {
    setSettings(await call('settings.setLocale', { locale: isLocale(value) ? value : null }));
  };
  return (
    <span className="language-select">
      <label htmlFor={id}>{t('app.language')}</label>
      <select id={id} data-testid="language-select" value={settings.locale ?? 'auto'} onChange={(e) => void change(e.target.value)}>
        <option value="auto">{t('app.languageAuto', { locale: osLocale })}</option>
        <option value="en" lang="en">
          English
        </option>
        <option value="ko" lang="ko">
          한국어
        </option>
      </select>
    </span>
  );
}
