import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, emptyProfile, type Profile, type Settings } from '../../../shared/settings/schema';
import { createAppStore } from '../../../renderer/src/hooks/app-store';
import { withNewerProfile } from '../../../renderer/src/hooks/app-actions';
import { shareUnchanged } from '../../../renderer/src/hooks/share-unchanged';

const NOW = new Date('2026-11-27T03:00:00.000Z');

function settingsWithTwoFields(): Settings {
  const settings = defaultSettings(NOW);
  const profile = settings.profiles[settings.activeProfileId]!;
  return withNewerProfile(settings, { ...profile, fields: { 'cxone.idp': 'okta', 'cxone.environment': 'standard' } });
}

/** Main's answer: the same profile as new JSON, with one secret's date and the next revision. */
function answerWithSecret(profile: Profile): Profile {
  const answer = JSON.parse(JSON.stringify(profile)) as Profile;
  return {
    ...answer,
    revision: profile.revision + 1,
    secrets: { ...answer.secrets, 'cxone-access-key-id': { savedAt: NOW.toISOString(), expiresAt: null } },
  };
}

describe('shareUnchanged', () => {
  it('keeps every equal part the same object, and only the changed path new', () => {
    const previous = { a: { b: [1, { c: 'x' }] }, d: { e: true }, f: null };
    const next = JSON.parse(JSON.stringify(previous)) as typeof previous;
    next.d.e = false;
    const shared = shareUnchanged(previous, next);
    expect(shared).toEqual(next);
    expect(shared.a).toBe(previous.a);
    expect(shared.d).not.toBe(previous.d);
    expect(shared).not.toBe(previous);
  });

  it('answers the previous object itself when nothing changed', () => {
    const previous = { list: ['a', 'b'], nested: { n: 1 } };
    expect(shareUnchanged(previous, JSON.parse(JSON.stringify(previous)) as unknown)).toBe(previous);
  });

  it('sees added, removed and reordered entries as changes', () => {
    expect(shareUnchanged({ a: 1 }, { a: 1, b: 2 })).toEqual({ a: 1, b: 2 });
    expect(shareUnchanged({ a: 1, b: 2 }, { a: 1 })).toEqual({ a: 1 });
    const previous = ['a', 'b'];
    const reordered = shareUnchanged(previous, ['b', 'a']);
    expect(reordered).toEqual(['b', 'a']);
    expect(reordered).not.toBe(previous);
    // A key the previous object lacks is a change even when its value is undefined-like.
    expect(shareUnchanged({ a: 1 }, { b: 1 })).toEqual({ b: 1 });
  });

  it('keeps "__proto__" from an answer as a plain key, never as the prototype', () => {
    const next = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const shared = shareUnchanged({ a: 1 }, next);
    expect(Object.getPrototypeOf(shared)).toBe(Object.prototype);
    expect(Object.hasOwn(shared, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the app store', () => {
  it('keeps the fields the same object when an answer changes only a secret, and tells its listeners once', () => {
    const store = createAppStore(settingsWithTwoFields(), false);
    const before = store.get();
    const listener = vi.fn();
    store.subscribe(listener);
    store.update((current) => ({ ...current, settings: withNewerProfile(current.settings, answerWithSecret(before.profile!)) }));
    const after = store.get();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(after.profile!.secrets['cxone-access-key-id']?.savedAt).toBe(NOW.toISOString());
    expect(after.profile!.fields).toBe(before.profile!.fields);
    expect(after.profile).not.toBe(before.profile);
    expect(after.settings.locale).toBe(before.settings.locale);
  });

  it('tells nobody when an answer changes nothing, and stops telling a listener that left', () => {
    const store = createAppStore(settingsWithTwoFields(), false);
    const before = store.get();
    const listener = vi.fn();
    const leave = store.subscribe(listener);
    store.update((current) => ({ ...current, settings: JSON.parse(JSON.stringify(current.settings)) as Settings }));
    expect(store.get()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
    leave();
    store.update((current) => ({ ...current, presenting: true }));
    expect(store.get().presenting).toBe(true);
    expect(listener).not.toHaveBeenCalled();
  });

  it('names no active profile when the settings name one that does not exist', () => {
    const settings = settingsWithTwoFields();
    const store = createAppStore({ ...settings, activeProfileId: 'gone' }, false);
    expect(store.get().profile).toBeNull();
    const other = emptyProfile('second', 'Second', NOW);
    store.update((current) => ({
      ...current,
      settings: { ...current.settings, profiles: { ...current.settings.profiles, second: other }, activeProfileId: 'second' },
    }));
    expect(store.get().profile?.id).toBe('second');
  });
});
