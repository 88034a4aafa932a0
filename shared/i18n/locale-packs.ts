import type { Locale } from '../settings/locales';
import type { Messages } from './en';
import type { ValidationTexts } from './validation-en';

/** Everything one language writes on screen: the UI texts and the validators' refusals. */
export interface LocalePack {
  messages: Messages;
  validation: ValidationTexts;
}

/**
 * The page loads only the language it shows (issue 10: the other language
 * loads when needed); Node (main, the CLI, tests) registers both up front
 * through shared/i18n/index.ts.
 */
const loaders: Readonly<Record<Locale, () => Promise<LocalePack>>> = {
  en: () => import('./locale-pack-en').then((module) => module.localePack),
  ko: () => import('./locale-pack-ko').then((module) => module.localePack),
};

const loaded = new Map<Locale, LocalePack>();
const loading = new Map<Locale, Promise<LocalePack>>();

export function registerLocalePack(locale: Locale, pack: LocalePack): void {
  loaded.set(locale, pack);
}

/** The pack if it is already in memory (then a screen can switch to it without waiting). */
export function loadedLocalePack(locale: Locale): LocalePack | undefined {
  return loaded.get(locale);
}

/** Loads a language once; a failed load is forgotten so a later call tries again. */
export function loadLocalePack(locale: Locale): Promise<LocalePack> {
  const ready = loaded.get(locale);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale]().then(
      (pack) => {
        loaded.set(locale, pack);
        loading.delete(locale);
        return pack;
      },
      (error: unknown) => {
        loading.delete(locale);
        throw error;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}
