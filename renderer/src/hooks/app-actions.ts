import { ownValue } from '../../../shared/own-property';
import type { Profile, Settings } from '../../../shared/settings/schema';
import type { AppActions } from './app-context';
import type { AppStore } from './app-store';

/** The newest revision of a profile wins: one the screen shows at a newer revision stays over an older answer. */
function newerOf(shown: Profile | undefined, answered: Profile): Profile {
  return shown && shown.revision > answered.revision ? shown : answered;
}

/**
 * Puts a profile that main answered with into the settings on screen, unless
 * the screen already shows a newer save of it (a slow call, such as a
 * connection test, can answer after a quicker save).
 */
export function withNewerProfile(settings: Settings, next: Profile): Settings {
  if (newerOf(ownValue(settings.profiles, next.id), next) !== next) return settings;
  return { ...settings, profiles: { ...settings.profiles, [next.id]: next } };
}

/**
 * Puts the whole settings a profiles call answered with on screen. The answer decides which
 * profiles exist and which is active; each profile in it is kept as the screen shows it when
 * that is newer (a save that answered first on its own queue).
 */
export function withSettingsAnswer(shown: Settings, answer: Settings): Settings {
  const profiles: Settings['profiles'] = {};
  for (const [id, answered] of Object.entries(answer.profiles)) profiles[id] = newerOf(ownValue(shown.profiles, id), answered);
  return { ...answer, profiles };
}

/** The only ways the screen changes main's state it shows: each applies an answer of main to the store. */
export function createAppActions(store: AppStore): AppActions {
  const setSettings = (change: (current: Settings) => Settings) => store.update((current) => ({ ...current, settings: change(current.settings) }));
  return {
    setLocale: (locale) => setSettings((current) => ({ ...current, locale })),
    setProfile: (next) => setSettings((current) => withNewerProfile(current, next)),
    applySettings: (answer) => setSettings((current) => withSettingsAnswer(current, answer)),
    showProfile: (profileId) => setSettings((current) => (ownValue(current.profiles, profileId) ? { ...current, activeProfileId: profileId } : current)),
    setPresenting: (presenting) => store.update((current) => ({ ...current, presenting })),
  };
}
