import type { Locale } from '../settings/locales';
import type { ValidationTexts } from './validation-en';

/**
 * The page loads only the texts it shows (issue 10): the language on screen, and
 * of it first the first screen's half (header, picker, notices), then the other
 * screens' half with the first screen or error sentence that needs it (wizard,
 * dialogs, errors). Node
 * (main, the CLI, tests) registers every part up front through shared/i18n/index.ts.
 */
export type TextPart = 'first-screen' | 'other-screens' | IntegrationTextPart;
/** One integration's own texts (its steps, fields and checks): with the first wizard or report of a profile of it. */
export type IntegrationTextPart = `integration:${string}`;

export interface TextsPart {
  /** A part of one language's Messages tree (en.ts merges the parts into the whole). */
  messages: object;
  /** The validators' refusals: with the other screens, where fields are typed. */
  validation?: ValidationTexts;
}

const loaders: Readonly<Record<Locale, Readonly<Record<string, () => Promise<TextsPart>>>>> = {
  en: {
    'first-screen': () => import('./locale-pack-en').then((module) => module.texts),
    'other-screens': () => import('./locale-pack-en-screens').then((module) => module.texts),
    'integration:cxone': () => import('./locale-pack-en-cxone').then((module) => module.texts),
    'integration:webex-entra': () => import('./locale-pack-en-webex-entra').then((module) => module.texts),
  },
  ko: {
    'first-screen': () => import('./locale-pack-ko').then((module) => module.texts),
    'other-screens': () => import('./locale-pack-ko-screens').then((module) => module.texts),
    'integration:cxone': () => import('./locale-pack-ko-cxone').then((module) => module.texts),
    'integration:webex-entra': () => import('./locale-pack-ko-webex-entra').then((module) => module.texts),
  },
};

/** The text part of an integration, or null for an id that has none (no such integration). */
export function integrationTextPart(integrationId: string): IntegrationTextPart | null {
  const part: IntegrationTextPart = `integration:${integrationId}`;
  return Object.hasOwn(loaders.en, part) ? part : null;
}

const keyOf = (locale: Locale, part: TextPart) => `${locale}/${part}`;
const loaded = new Map<string, TextsPart>();
const loading = new Map<string, Promise<TextsPart>>();

export function registerTextPart(locale: Locale, part: TextPart, texts: TextsPart): void {
  loaded.set(keyOf(locale, part), texts);
}

/** The part if it is already in memory (then a screen can show it without waiting). */
export function loadedTextPart(locale: Locale, part: TextPart): TextsPart | undefined {
  return loaded.get(keyOf(locale, part));
}

/** Loads a part once; a failed load is forgotten so a later call tries again. */
export function loadTextPart(locale: Locale, part: TextPart): Promise<TextsPart> {
  const key = keyOf(locale, part);
  const ready = loaded.get(key);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(key);
  if (!pending) {
    const load = loaders[locale][part];
    if (!load) return Promise.reject(new Error(`no text part ${part}`));
    pending = load().then(
      (texts) => {
        loaded.set(key, texts);
        loading.delete(key);
        return texts;
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/** The validators' refusals in `locale`, once the other screens' texts are loaded. */
export function loadedValidationTexts(locale: Locale): ValidationTexts | undefined {
  return loadedTextPart(locale, 'other-screens')?.validation;
}
