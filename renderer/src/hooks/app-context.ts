import { createContext, useContext, useLayoutEffect, useMemo, useReducer, useRef } from 'react';
import type { AppInfo } from '../../../shared/ipc/contract';
import type { Profile, Settings } from '../../../shared/settings/schema';
import type { AppSnapshot, AppStore } from './app-store';

export interface AppActions {
  /** Replaces the profile with what main saved (every handler returns it). */
  setProfile(profile: Profile): void;
  /** Replaces the settings on screen with a profiles call's whole answer (a profile added, renamed, deleted or made active); newer profiles on screen stay. */
  applySettings(answer: Settings): void;
  /** Shows another existing profile at once, while main saves the switch (ProfileSwitcher); an unknown id changes nothing. */
  showProfile(profileId: string): void;
  /** Applies the language main saved; the profiles on screen stay as they are (their own answers keep them current). */
  setLocale(locale: Settings['locale']): void;
  /** Applies the presenting mode main switched to (app.setPresenting answers it). */
  setPresenting(presenting: boolean): void;
}

export interface AppState extends AppActions {
  info: AppInfo;
  settings: Settings;
  profile: Profile;
  /** Presenting mode (a customer watches the screen): secrets stay masked, Reveal and Copy of secrets are off. */
  presenting: boolean;
}

/** Stable for the app's life: the parts of the screen subscribe to the store for what they show. */
export interface AppContextValue {
  info: AppInfo;
  store: AppStore;
  actions: AppActions;
}

export const AppContext = createContext<AppContextValue | null>(null);

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppContext');
  return value;
}

/** Read where the shell renders: ReadyApp shows no screen while the settings name no active profile. */
function activeProfile(snapshot: AppSnapshot): Profile {
  if (!snapshot.profile) throw new Error('no active profile on screen');
  return snapshot.profile;
}

/**
 * One part of the state: renders again only when `select` answers something else (`equal`, by default the
 * same value). The store keeps unchanged parts the same objects, so selecting `profile.fields` is stable
 * across a secret save. A change re-renders through React state (not useSyncExternalStore, whose renders
 * are always synchronous): a component's own updates made with an answer land in the same render as it.
 */
export function useStoreValue<T>(store: AppStore, select: (snapshot: AppSnapshot) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  const latest = useRef({ select, equal });
  latest.current = { select, equal };
  const computed = select(store.get());
  const shown = useRef(computed);
  if (!equal(shown.current, computed)) shown.current = computed;
  useLayoutEffect(() => {
    const check = () => {
      const { select: now, equal: same } = latest.current;
      if (!same(shown.current, now(store.get()))) rerender();
    };
    // A change between this render and the subscription is not missed.
    check();
    return store.subscribe(check);
  }, [store]);
  return shown.current;
}

/** useStoreValue on the app's store (below AppContext). */
export function useAppSelector<T>(select: (snapshot: AppSnapshot) => T, equal?: (a: T, b: T) => boolean): T {
  return useStoreValue(useAppContext().store, select, equal);
}

/** Everything, for the parts that use much of it: renders again on every change. */
export function useApp(): AppState {
  const { info, actions } = useAppContext();
  const snapshot = useAppSelector((current) => current);
  return useMemo(
    () => ({ ...actions, info, settings: snapshot.settings, profile: activeProfile(snapshot), presenting: snapshot.presenting }),
    [actions, info, snapshot],
  );
}

/** A part of the active profile. While none is active (the shell is leaving) the last value stays. */
export function useProfileSelector<T>(select: (profile: Profile) => T, equal?: (a: T, b: T) => boolean): T {
  const kept = useRef<{ value: T } | null>(null);
  return useAppSelector((snapshot) => {
    if (snapshot.profile) kept.current = { value: select(snapshot.profile) };
    if (!kept.current) throw new Error('no active profile on screen');
    return kept.current.value;
  }, equal);
}

export function useAppActions(): AppActions {
  return useAppContext().actions;
}

export function useAppInfo(): AppInfo {
  return useAppContext().info;
}

/** The state as it is now, for an event handler or an effect that must not subscribe (it reads once). */
export function useAppStore(): AppStore {
  return useAppContext().store;
}
