import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/settings/schema';
import { profileDisplayName } from '../../../shared/settings/profile-display-name';

/** A profile's name in the language on screen (shared/settings/profile-display-name.ts). */
export function useProfileName(): (profile: Pick<Profile, 'id' | 'name'>) => string {
  const { t } = useTranslation();
  return useCallback((profile) => profileDisplayName(profile, t), [t]);
}
