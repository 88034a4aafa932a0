import type { i18n as I18n } from 'i18next';
import { useEffect, useState } from 'react';
import { createI18nWith } from '../../../shared/i18n/create-i18n';
import { integrationTextPart, loadTextPart, loadedTextPart, type TextPart, type TextsPart } from '../../../shared/i18n/locale-packs';
import { oncePerKey } from '../../../shared/once-per-key';
import { isLocale, type Locale } from '../../../shared/settings/locales';

export type LocaleI18n = { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; i18n: I18n };

// The parts every language shown from now on needs: the first screen's, and the other screens' once one has opened.
const wanted = new Set<TextPart>(['first-screen']);
// One instance per language for the page's life: the start screen and the app share it, a switch back reuses it.
const instances = new Map<Locale, { i18n: I18n; parts: Set<TextPart> }>();

/** The language's instance with every wanted part in it, or null while a part is not loaded yet. */
function ready(locale: Locale): LocaleI18n | null {
  const parts = [...wanted].map((part) => [part, loadedTextPart(locale, part)] as const);
  if (parts.some(([, texts]) => !texts)) return null;
  let entry = instances.get(locale);
  for (const [part, texts] of parts as ReadonlyArray<readonly [TextPart, TextsPart]>) {
    if (!entry) {
      entry = { i18n: createI18nWith(locale, { [locale]: texts.messages }), parts: new Set([part]) };
      instances.set(locale, entry);
    } else if (!entry.parts.has(part)) {
      // Deep: the halves share branches (integrations.<id>: the title with the first screen, the steps later).
      entry.i18n.addResourceBundle(locale, 'translation', texts.messages, true, false);
      entry.parts.add(part);
    }
  }
  return entry ? { status: 'ready', i18n: entry.i18n } : null;
}

function loadWanted(locale: Locale): Promise<unknown> {
  return Promise.all([...wanted].map((part) => loadTextPart(locale, part)));
}

/** Every wanted part into every language already on the page (a language chosen later loads them in useLocaleI18n). */
function loadWantedOnPage(): Promise<void> {
  return Promise.all([...instances.keys()].map((locale) => loadWanted(locale).then(() => ready(locale)))).then(() => undefined);
}

/**
 * Before a screen past the first one shows (the wizard, a dialog): its texts, in
 * every language already on the page. A language switched to later loads them too.
 */
export function loadOtherScreenTexts(): Promise<void> {
  wanted.add('other-screens');
  return loadWantedOnPage();
}

/**
 * Before an integration's wizard shows: its own texts (steps, fields, checks), in every language already on the page
 * and in any chosen later. One promise per integration for the page's life (oncePerKey), for React's `use()`; an id
 * with no texts of its own (none in the catalogue) has nothing to wait for.
 */
export const loadIntegrationTexts: (integrationId: string) => Promise<void> = oncePerKey((integrationId) => {
  const part = integrationTextPart(integrationId);
  if (part) wanted.add(part);
  return loadWantedOnPage();
});

/** Whether the language on screen already has the other screens' texts (error sentences among them). */
export function hasOtherScreenTexts(locale: string): boolean {
  return isLocale(locale) && instances.get(locale)?.parts.has('other-screens') === true;
}

/**
 * An i18next instance for `locale`, its texts loaded on demand. While another
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
    loadWanted(locale).then(
      () => current && setState({ locale, value: ready(locale) ?? { status: 'loading' } }),
      (error: unknown) => current && setState({ locale, value: { status: 'failed', error } }),
    );
    return () => {
      current = false;
    };
  }, [locale, state]);
  return state.value;
}
