import { createContext, useContext } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { Profile, Settings } from '../../../shared/settings/schema';

export interface AppState {
  info: AppInfo;
  settings: Settings;
  profile: Profile;
  /** Replaces the profile with what main saved (every handler returns it). */
  setProfile(profile: Profile): void;
  /** Shows another existing profile at once, while main saves the switch (ProfileSwitcher); an unknown id changes nothing. */
  showProfile(profileId: string): void;
  /** Applies the language main saved; the profiles on screen stay as they are (their own answers keep them current). */
  setLocale(locale: Settings['locale']): void;
  /** Presenting mode (a customer watches the screen): secrets stay masked, Reveal and Copy of secrets are off. */
  presenting: boolean;
  /** Applies the presenting mode main switched to (app.setPresenting answers it). */
  setPresenting(presenting: boolean): void;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside AppContext');
  return state;
}
