import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile, Settings } from '../../../shared/settings/schema';
import { call } from '../api/client';
import { useAppActions, useAppSelector, useProfileSelector } from '../hooks/app-context';
import { useProfileName } from '../hooks/use-profile-name';
import { ErrorText } from './ErrorText';
import { useOnceOpened } from '../ui/use-once-opened';
import { lazyScreen } from '../ui/lazy-screen';
import { LazySlot } from '../ui/LazySlot';

// Managing profiles (and hand-off files) loads when first opened, not at start-up.
const ProfilesDialog = lazyScreen(() => import('./ProfilesDialog').then((module) => module.ProfilesDialog));

/** The profiles by name, as a person looks for them. */
export function profilesByName(settings: Settings): Profile[] {
  return Object.values(settings.profiles).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** The same profiles under the same names: a save in one of them does not render the list again. */
const sameNames = (a: readonly Profile[], b: readonly Profile[]) =>
  a.length === b.length && a.every((profile, i) => profile.id === b[i]!.id && profile.name === b[i]!.name);

/**
 * The header's profile switcher: the active profile's name, the others to switch to, and
 * "Manage profiles". The chosen profile shows at once while main saves the switch (the active
 * profile survives a restart); switches reach main in the order they were made (one queue,
 * shared/ipc/profile-writes.ts), the screen stays on the last one chosen while earlier ones
 * answer, and a refused switch puts back what main has, with the reason. A value typed just
 * before is saved by its field for the profile it was typed in (FieldInput's flush).
 */
export function ProfileSwitcher() {
  const { t } = useTranslation();
  const profiles = useAppSelector((snapshot) => profilesByName(snapshot.settings), sameNames);
  const profileId = useProfileSelector((profile) => profile.id);
  const { showProfile, applySettings } = useAppActions();
  const id = useId();
  const [error, setError] = useState<unknown>(null);
  const [managing, setManaging] = useState(false);
  const managerMounted = useOnceOpened(managing);
  const profileName = useProfileName();

  // The last switch made: an earlier one's answer must not take the screen back to its profile.
  const latest = useRef({ profileId });

  const showWhatMainHas = async (fallback: string) => {
    try {
      applySettings(await call('settings.get', {}));
    } catch {
      showProfile(fallback);
    }
  };

  const switchTo = async (profileId: string) => {
    const mine = { profileId };
    latest.current = mine;
    const shownBefore = profileId;
    setError(null);
    showProfile(profileId);
    try {
      applySettings(await call('profiles.setActive', { profileId }));
      if (latest.current !== mine) showProfile(latest.current.profileId);
    } catch (e) {
      // Only the last switch decides what shows: a refusal of an earlier one is moot once another was made.
      if (latest.current !== mine) return;
      await showWhatMainHas(shownBefore);
      setError(e);
    }
  };

  return (
    <>
      <span className="profile-switcher">
        <label htmlFor={id}>{t('profiles.switcherLabel')}</label>
        <select id={id} data-testid="profile-switcher" value={profileId} onChange={(e) => void switchTo(e.target.value)}>
          {profiles.map((p) => (
            <option key={p.id} value={p.id} data-testid={`profile-option-${p.id}`} translate="no">
              {profileName(p)}
            </option>
          ))}
        </select>
        <button type="button" className="ghost" data-testid="profiles-manage" aria-haspopup="dialog" onClick={() => setManaging(true)}>
          {t('profiles.manage')}
        </button>
      </span>
      <ErrorText error={error} testId="profile-switcher-error" />
      {managerMounted && (
        <LazySlot screen="profiles">
          <ProfilesDialog open={managing} onClose={() => setManaging(false)} />
        </LazySlot>
      )}
    </>
  );
}
