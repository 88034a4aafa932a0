import { useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { pickLocale } from '../../../shared/i18n/pick-locale';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/settings/schema';
import { keepHostToken } from '../api/transport';
import { AppContext, useStoreValue, type AppContextValue } from '../hooks/app-context';
import { createAppStore } from '../hooks/app-store';
import { useErrorSentenceTexts, useErrorText } from '../hooks/use-error-text';
import { LOAD_FAILURE_TEXT } from '../boot/show-load-failure';
import { useLocaleI18n } from '../hooks/use-locale-i18n';
import type { BootState, StartedBoot } from '../boot/start-boot';
import { AppShell } from './AppShell';
import { createAppActions } from '../hooks/app-actions';

function osLocaleOf(info: AppInfo): string {
  // In browser mode the page's own language is the user's; in Electron main asks the OS.
  return info.host === 'browser' ? navigator.language : info.osLocale;
}

/** `boot`: the first calls to main, started by the entry module (boot/start-boot.ts) before this code loaded. */
export function App({ boot: startedBoot }: { boot: StartedBoot }) {
  // Answered already (the usual case): the first render is the screen, with no loading pass before it.
  const [boot, setBoot] = useState<BootState>(startedBoot.state);
  // Before the saved choice is known, the browser's (in Electron: the OS's) language speaks.
  const bootI18n = useLocaleI18n(pickLocale(null, navigator.language));

  useEffect(() => {
    // Always listened to: the answers may settle between the first render and this effect. start-boot
    // recorded how they settled (its callbacks run first); once shown, the same answers change nothing.
    const settle = () => setBoot((shown) => (shown.status === 'loading' ? startedBoot.state() : shown));
    startedBoot.answers.then(settle, settle);
  }, [startedBoot]);

  if (boot.status === 'ready') return <ReadyApp info={boot.info} initialSettings={boot.settings} />;
  // Nothing to say until a language is loaded (a few milliseconds; its failure is the load-failure screen).
  if (bootI18n.status !== 'ready') return bootI18n.status === 'failed' ? <LanguageLoadFailure /> : null;
  return (
    <I18nextProvider i18n={bootI18n.i18n}>
      <BootScreen boot={boot} />
    </I18nextProvider>
  );
}

function BootScreen({ boot }: { boot: Exclude<BootState, { status: 'ready' }> }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  // The reason is an error sentence: most load with the other screens' texts.
  const texts = useErrorSentenceTexts(boot.status === 'failed' ? boot.error : null);
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.title');
  }, [i18n.language, t]);
  if (boot.status === 'loading' || texts === 'loading')
    return (
      <p className="boot" data-testid="app-loading">
        {t('app.loading')}
      </p>
    );
  if (texts === 'failed') return <LanguageLoadFailure />;
  return (
    <p className="error boot" role="alert" data-testid="app-error">
      {t('app.fatal', { reason: errorText(boot.error) })}
    </p>
  );
}

function ReadyApp({ info, initialSettings }: { info: AppInfo; initialSettings: Settings }) {
  const [store] = useState(() => createAppStore(initialSettings, info.presenting));
  // One value for the app's life: the parts of the screen subscribe to the store for what they show.
  const [context] = useState((): AppContextValue => ({ info, store, actions: createAppActions(store) }));
  const savedLocale = useStoreValue(store, (snapshot) => snapshot.settings.locale);
  const hasProfile = useStoreValue(store, (snapshot) => snapshot.profile !== null);
  // A language fixed at start (`--locale`) wins over the saved choice and the OS.
  const locale = info.fixedLocale ?? pickLocale(savedLocale, osLocaleOf(info));
  const localeI18n = useLocaleI18n(locale);
  const i18n = localeI18n.status === 'ready' ? localeI18n.i18n : null;
  // Once the first screen is up: storing the page token before would delay it (api/transport.ts).
  useEffect(() => {
    if (i18n) keepHostToken();
  }, [i18n]);

  useEffect(() => {
    if (!i18n) return;
    document.documentElement.lang = i18n.language;
    document.title = i18n.t('app.title');
  }, [i18n]);

  if (!i18n) return localeI18n.status === 'failed' ? <LanguageLoadFailure /> : null;
  if (!hasProfile) {
    return (
      <p className="error boot" role="alert" data-testid="app-error" lang={locale}>
        {i18n.t('app.noProfile')}
      </p>
    );
  }
  return (
    <I18nextProvider i18n={i18n}>
      <AppContext.Provider value={context}>
        <AppShell osLocale={osLocaleOf(info)} />
      </AppContext.Provider>
    </I18nextProvider>
  );
}

/** The language pack itself did not load: no translated text exists, so both languages are written here. */
function LanguageLoadFailure() {
  return (
    <p className="error boot" role="alert" data-testid="app-error">
      {LOAD_FAILURE_TEXT}
    </p>
  );
}
