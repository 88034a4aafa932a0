import { ownValue } from '../../../shared/own-property';
import type { Profile, Settings } from '../../../shared/settings/schema';
import { shareUnchanged } from './share-unchanged';

export interface AppSnapshot {
  readonly settings: Settings;
  /** The active profile, or null when the settings name none that exists (the app then says so). */
  readonly profile: Profile | null;
  readonly presenting: boolean;
}

/**
 * What the screen shows of main's state, outside React: each part of the screen subscribes to the part it
 * shows (hooks/app-context.ts), so an answer that changes one secret's date renders that field and what
 * depends on it, not the whole app. Every change keeps the unchanged parts the same objects.
 */
export interface AppStore {
  get(): AppSnapshot;
  update(change: (current: { settings: Settings; presenting: boolean }) => { settings: Settings; presenting: boolean }): void;
  subscribe(listener: () => void): () => void;
}

const snapshotOf = (settings: Settings, presenting: boolean): AppSnapshot => ({
  settings,
  profile: ownValue(settings.profiles, settings.activeProfileId) ?? null,
  presenting,
});

export function createAppStore(settings: Settings, presenting: boolean): AppStore {
  let snapshot = snapshotOf(settings, presenting);
  const listeners = new Set<() => void>();
  return {
    get: () => snapshot,
    update(change) {
      const changed = change({ settings: snapshot.settings, presenting: snapshot.presenting });
      const settings = shareUnchanged(snapshot.settings, changed.settings);
      if (settings === snapshot.settings && changed.presenting === snapshot.presenting) return;
      snapshot = snapshotOf(settings, changed.presenting);
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
