import { ownValue } from '../../../shared/own-property';
import type { Profile, Settings } from '../../../shared/settings/schema';

/**
 * Puts a profile that main answered with into the settings on screen, unless
 * the screen already shows a newer save of it (a slow call, such as a
 * connection test, can answer after a quicker save): the newest revision wins.
 */
export function withNewerProfile(settings: Settings, next: Profile): Settings {
  const shown = ownValue(settings.profiles, next.id);
  if (shown && shown.revision > next.revision) return settings;
  return { ...settings, profiles: { ...settings.profiles, [next.id]: next } };
}
