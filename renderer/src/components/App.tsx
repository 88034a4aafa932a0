import { useCallback, useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { createI18n, pickLocale } from '../../../shared/i18n';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { Profile, Settings } from '../../../shared/settings/schema';
import { call } from '../api/client';
import { AppContext, type AppState } from '../hooks/app-context';
import { useErrorText } from '../hooks/use-error-text';
import { AppShell } from './AppShell';
import { withNewerProfile } from '../hooks/newer-profile';
import { ownValue } from '../../../shared/own-property';
import { ProfileSettingsContext, withSettingsAnswer } from './ProfileSettingsContext';

type Boot = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; info: AppInfo; settings: Settings };

function osLocaleOf(info: AppInfo): string {
  // In browser mode the page's own language is the user's; in Electron main asks the OS.
  return info.host === 'browser' ? navigator.language : info.osLocale;
}

export function App() {
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });
  // Before the saved choice is known, the browser's (in Electron: the OS's) language speaks.
  const bootI18n = useMemo(() => createI18n(pickLocale(null, navigator.language)), []);

  useEffect(() => {
    Promise.all([call('app.getInfo', {}), call('settings.get', {})])
      .then(([info, settings]) => setBoot({ status: 'ready', info, settings }))
      .catch((error: unknown) => setBoot({ status: 'failed', error }));
  }, []);

  if (boot.status === 'ready') return <ReadyApp info={boot.info} initialSettings={boot.settings} />;
  return (
    <I18nextProvider i18n={bootI18n}>
      <BootScreen boot={boot} />
    </I18nextProvider>
  );
}

function BootScreen({ boot }: { boot: Exclude<Boot, { status: 'ready' }> }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.title');
  }, [i18n.language, t]);
  if (boot.status === 'loading') return <p className="boot">{t('app.loading')}</p>;
  return (
    <p className="error boot" role="alert" data-testid="app-error">
      {t('app.fatal', { reason: errorText(boot.error) })}
    </p>
  );
}

function ReadyApp({ info, initialSettings }: { info: AppInfo; initialSettings: Settings }) {
  const [settings, setSettings] = useState(initialSettings);
  const [presenting, setPresenting] = useState(info.presenting);
  // A language fixed at start (`--locale`) wins over the saved choice and the OS.
  const locale = info.fixedLocale ?? pickLocale(settings.locale, osLocaleOf(info));
  const i18n: I18n = useMemo(() => createI18n(locale), [locale]);
  // Profiles calls answer with the whole settings (a profile added, renamed, deleted or made active).
  const applySettings = useCallback((answer: Settings) => setSettings((current) => withSettingsAnswer(current, answer)), []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = i18n.t('app.title');
  }, [locale, i18n]);

  const profile = ownValue(settings.profiles, settings.activeProfileId);
  const state: AppState | null = profile
    ? {
        info,
        settings,
        profile,
        setLocale: (locale: Settings['locale']) => setSettings((current) => ({ ...current, locale })),
        setProfile: (next: Profile) => setSettings((current) => withNewerProfile(current, next)),
        presenting,
        setPresenting,
      }
    : null;
  if (!state) {
    return (
      <p className="error boot" role="alert" data-testid="app-error" lang={locale}>
        {i18n.t('app.noProfile')}
      </p>
    );
  }
  return (
    <I18nextProvider i18n={i18n}>
      <AppContext.Provider value={state}>
        <ProfileSettingsContext.Provider value={applySettings}>
          <AppShell osLocale={osLocaleOf(info)} />
        </ProfileSettingsContext.Provider>
      </AppContext.Provider>
    </I18nextProvider>
  );
}
