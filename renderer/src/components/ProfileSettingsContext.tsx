import { createContext, useContext } from 'react';
import { ownValue } from '../../../shared/own-property';
import type { Settings } from '../../../shared/settings/schema';

/**
 * Puts the whole settings a profiles call answered with on screen. The answer decides which
 * profiles exist and which is active, but a profile the screen shows at a newer revision (a save
 * that answered first on its own queue) keeps what the screen shows: the newest revision wins.
 */
export function withSettingsAnswer(shown: Settings, answer: Settings): Settings {
  const profiles: Settings['profiles'] = {};
  for (const [id, answered] of Object.entries(answer.profiles)) {
    const current = ownValue(shown.profiles, id);
    profiles[id] = current && current.revision > answered.revision ? current : answered;
  }
  return { ...answer, profiles };
}

/** Replaces the settings on screen with a profiles call's answer (merged by withSettingsAnswer). */
export const ProfileSettingsContext = createContext<((answer: Settings) => void) | null>(null);

export function useApplySettings(): (answer: Settings) => void {
  const apply = useContext(ProfileSettingsContext);
  if (!apply) throw new Error('useApplySettings outside ProfileSettingsContext');
  return apply;
}
