import { describe, expect, it } from 'vitest';
import { writeQueueOf } from '../../../shared/ipc/profile-writes';

describe('writeQueueOf', () => {
  it("puts a profile's own writes in its queue", () => {
    expect(writeQueueOf('profile.saveField', { profileId: 'a', fieldId: 'x', value: 'y' })).toBe('profile:a');
    expect(writeQueueOf('secrets.save', { profileId: 'b' })).toBe('profile:b');
    expect(writeQueueOf('profiles.delete', { profileId: 'a' })).toBe('profile:a');
  });

  it('puts every switch in the settings queue, whichever profile it names, so quick switches keep their order', () => {
    expect(writeQueueOf('profiles.setActive', { profileId: 'a' })).toBe('settings');
    expect(writeQueueOf('profiles.setActive', { profileId: 'b' })).toBe('settings');
  });

  it('puts writes that name no profile in the settings queue', () => {
    expect(writeQueueOf('settings.setLocale', { locale: 'ko' })).toBe('settings');
    expect(writeQueueOf('profiles.create', { name: 'x', integrationId: null })).toBe('settings');
    expect(writeQueueOf('handoff.import', null)).toBe('settings');
    // A profile id that is not a string names no queue (the contract refuses it later, in main).
    expect(writeQueueOf('profile.saveField', { profileId: 7 })).toBe('settings');
  });
});
