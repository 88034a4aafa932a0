import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, emptyProfile, type Profile, type Settings } from '../../../shared/settings/schema';
import { createAppActions, withSettingsAnswer } from '../../../renderer/src/hooks/app-actions';
import { createAppStore } from '../../../renderer/src/hooks/app-store';

const NOW = new Date('2026-11-27T06:00:00.000Z');

function withProfiles(...profiles: Profile[]): Settings {
  const settings = defaultSettings(NOW);
  return { ...settings, profiles: Object.fromEntries(profiles.map((profile) => [profile.id, profile])), activeProfileId: profiles[0]!.id };
}

const at = (id: string, revision: number, name = id): Profile => ({ ...emptyProfile(id, name, NOW), revision });

describe('withSettingsAnswer (a profiles call answered with the whole settings)', () => {
  it('takes the profiles that exist and the active one from the answer', () => {
    const shown = withProfiles(at('a', 1), at('b', 1));
    const answer = { ...withProfiles(at('a', 1), at('c', 0)), activeProfileId: 'c' };
    const merged = withSettingsAnswer(shown, answer);
    expect(Object.keys(merged.profiles).sort()).toEqual(['a', 'c']);
    expect(merged.activeProfileId).toBe('c');
  });

  it('keeps a profile the screen shows at a newer revision, and takes an older one from the answer', () => {
    const shown = withProfiles(at('a', 5, 'typed since'), at('b', 1, 'old name'));
    const answer = withProfiles(at('a', 4, 'stale'), at('b', 2, 'renamed'));
    const merged = withSettingsAnswer(shown, answer);
    expect(merged.profiles.a!.name).toBe('typed since');
    expect(merged.profiles.b!.name).toBe('renamed');
  });

  it('reads a profile id such as "__proto__" or "constructor" as a plain id', () => {
    const shown = withProfiles(at('a', 1));
    const answer = withProfiles(at('a', 1), at('constructor', 0));
    expect(withSettingsAnswer(shown, answer).profiles.constructor).toEqual(at('constructor', 0));
  });
});

describe('the app actions', () => {
  it('applySettings puts the merged answer in the store and tells the listeners once', () => {
    const store = createAppStore(withProfiles(at('a', 3, 'newer on screen'), at('b', 1)), false);
    const listener = vi.fn();
    store.subscribe(listener);
    createAppActions(store).applySettings({ ...withProfiles(at('a', 2, 'older answer'), at('b', 1)), activeProfileId: 'b' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get().profile?.id).toBe('b');
    expect(store.get().settings.profiles.a!.name).toBe('newer on screen');
  });

  it('showProfile shows an existing profile and ignores an unknown id', () => {
    const store = createAppStore(withProfiles(at('a', 1), at('b', 1)), false);
    const actions = createAppActions(store);
    actions.showProfile('missing');
    expect(store.get().profile?.id).toBe('a');
    actions.showProfile('b');
    expect(store.get().profile?.id).toBe('b');
  });

  it('setProfile keeps a newer revision on screen; setLocale and setPresenting change only their part', () => {
    const store = createAppStore(withProfiles(at('a', 4, 'newer')), false);
    const actions = createAppActions(store);
    const profiles = store.get().settings.profiles;
    actions.setProfile(at('a', 3, 'older'));
    expect(store.get().settings.profiles).toBe(profiles);
    actions.setLocale('ko');
    actions.setPresenting(true);
    expect(store.get().settings.locale).toBe('ko');
    expect(store.get().presenting).toBe(true);
    expect(store.get().settings.profiles).toBe(profiles);
  });
});
