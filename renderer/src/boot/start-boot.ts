import { loadLocalePack } from '../../../shared/i18n/locale-packs';
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
 * trips it can avoid). The browser's language pack is fetched alongside: it is
 * the one shown unless the saved choice or `--locale` says otherwise.
 */
export function startBoot(): Promise<BootAnswers> {
  loadLocalePack(pickLocale(null, navigator.language)).catch(() => undefined);
  return Promise.all([call('app.getInfo', {}), call('settings.get', {})]).then(([info, settings]) => ({ info, settings }));
}
