import { loadTextPart } from '../../../shared/i18n/locale-packs';
import { pickLocale } from '../../../shared/i18n/pick-locale';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/settings/schema';
import { call } from '../api/client';

export interface BootAnswers {
  info: AppInfo;
  settings: Settings;
}

export type BootState = { status: 'loading' } | { status: 'failed'; error: unknown } | ({ status: 'ready' } & BootAnswers);

/** The first calls to main: their promise, and how they stand now (read by the first render). */
export interface StartedBoot {
  answers: Promise<BootAnswers>;
  state(): BootState;
}

/**
 * What the first screen waits for, started by the entry module before React and
 * the app are even parsed (issue 10: the first screen must not wait on round
 * trips it can avoid). The first screen's texts in the browser's language are
 * fetched alongside: that language is shown unless the saved choice or
 * `--locale` says otherwise. The answers usually arrive before the app is
 * parsed: the first render then shows the screen itself, not a loading pass.
 */
export function startBoot(): StartedBoot {
  loadTextPart(pickLocale(null, navigator.language), 'first-screen').catch(() => undefined);
  let state: BootState = { status: 'loading' };
  const answers = Promise.all([call('app.getInfo', {}), call('settings.get', {})]).then(([info, settings]) => ({ info, settings }));
  answers.then(
    (ready) => (state = { status: 'ready', ...ready }),
    (error: unknown) => (state = { status: 'failed', error }),
  );
  return { answers, state: () => state };
}
