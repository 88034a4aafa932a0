import type { i18n as I18n } from 'i18next';
import { useEffect, useState } from 'react';
import { createI18nWith } from '../../../shared/i18n/create-i18n';
import { loadLocalePack, loadedLocalePack } from '../../../shared/i18n/locale-packs';
import type { Locale } from '../../../shared/settings/locales';

export type LocaleI18n = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; i18n: I18n };

// One instance per language for the page's life: the start screen and the app share it, a switch back reuses it.
const instances = new Map<Locale, I18n>();

function ready(locale: Locale): LocaleI18n | null {
  let i18n = instances.get(locale);
  if (!i18n) {
    const pack = loadedLocalePack(locale);
    if (!pack) return null;
    i18n = createI18nWith(locale, { [locale]: pack.messages });
    instances.set(locale, i18n);
  }
  return { status: 'ready', i18n };
}

/**
 * An i18next instance for `locale`, its pack loaded on demand. While another
 * language loads, the one already on screen stays (no blank flash on a switch).
 */
export function useLocaleI18n(locale: Locale): LocaleI18n {
  const [state, setState] = useState<{ locale: Locale; value: LocaleI18n }>(() => ({ locale, value: ready(locale) ?? { status: 'loading' } }));
  useEffect(() => {
    // Settled for this language (a failure is not retried in a loop; switching language tries again).
    if (state.locale === locale && state.value.status !== 'loading') return;
    const now = ready(locale);
    if (now) return setState({ locale, value: now });
    let current = true;
    loadLocalePack(locale).then(
      () => current && setState({ locale, value: ready(locale) ?? { status: 'loading' } }),
      (error: unknown) => current && setState({ locale, value: { status: 'failed', error } }),
    );
    return () => {
      current = false;
    };
  }, [locale, state]);
  return state.value;
}
