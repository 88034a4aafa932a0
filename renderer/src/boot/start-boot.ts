import { loadTextPart } from '../../../shared/i18n/locale-packs';
import { pickLocale } from '../../../shared/i18n/pick-locale';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/settings/schema';
import { call } from '../api/client';

export interface BootAnswers {
  info: AppInfo;
  settings: Settings;
}

/**
 * What the first screen waits for, started by the entry module before React and
 * the app are even parsed (issue 10: the first screen must not wait on round
 * trips it can avoid). The first screen's texts in the browser's language are
 * fetched alongside: that language is shown unless the saved choice or
 * `--locale` says otherwise.
 */
export function startBoot(): Promise<BootAnswers> {
  loadTextPart(pickLocale(null, navigator.language), 'first-screen').catch(() => undefined);
  return Promise.all([call('app.getInfo', {}), call('settings.get', {})]).then(([info, settings]) => ({ info, settings }));
}
