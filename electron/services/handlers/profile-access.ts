import { AppError } from '../../../shared/errors';
import { findIntegration } from '../../../shared/integrations';
import type { IntegrationDefinition } from '../../../shared/integrations/types';
import { ownValue } from '../../../shared/own-property';
import type { Profile } from '../../../shared/settings/schema';
import type { AppServices } from '../app-services';

export function readProfile(services: AppServices, profileId: string): Profile {
  const profile = ownValue(services.settings.read().profiles, profileId);
  if (!profile) throw new AppError('NOT_FOUND', `There is no profile "${profileId}".`, { profileId });
  return profile;
}

export function profileIntegration(profile: Profile): IntegrationDefinition {
  const integration = findIntegration(profile.integrationId);
  if (!integration) throw new AppError('VALIDATION_FAILED', 'Choose an integration first.', { reason: 'no-integration' });
  return integration;
}

/** Applies a change to one profile and saves it; returns the saved profile. */
export function updateProfile(services: AppServices, profileId: string, change: (profile: Profile) => Profile): Profile {
  let saved: Profile | undefined;
  services.settings.update((settings) => {
    const current = ownValue(settings.profiles, profileId);
    if (!current) throw new AppError('NOT_FOUND', `There is no profile "${profileId}".`, { profileId });
    saved = { ...change(current), updatedAt: services.now().toISOString(), revision: current.revision + 1 };
    return { ...settings, profiles: { ...settings.profiles, [profileId]: saved } };
  });
  return saved as Profile;
}
