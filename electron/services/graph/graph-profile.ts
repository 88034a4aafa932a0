import { AppError } from '../../../shared/errors';
import { conditionsHold } from '../../../shared/engine/conditions';
import { plainValue } from '../../../shared/engine/value-source';
import type { GraphSetupDefinition, IntegrationDefinition } from '../../../shared/integrations/types';
import type { GraphProgress } from '../../../shared/settings/graph-progress';
import type { Profile } from '../../../shared/settings/schema';
import type { AppServices } from '../app-services';
import { profileIntegration, readProfile, updateProfile } from '../handlers/profile-access';
import type { ProvisioningCredentials } from './provisioning-setup';

/** The profile's integration and its Graph declaration; refused when it has none (or not for these answers). */
export function graphSetupOf(profile: Profile): { integration: IntegrationDefinition; setup: GraphSetupDefinition } {
  const integration = profileIntegration(profile);
  const setup = integration.graph;
  if (!setup || !conditionsHold(setup.when, profile)) {
    throw new AppError('VALIDATION_FAILED', 'This integration has no Microsoft Graph setup for these answers.', { reason: 'graph-not-available' });
  }
  return { integration, setup };
}

/** What was done so far; refused when no app was created or chosen yet. */
export function progressOf(profile: Profile): GraphProgress {
  if (!profile.graphProgress) throw new AppError('VALIDATION_FAILED', 'Create or choose the enterprise app first.', { reason: 'graph-no-app' });
  return profile.graphProgress;
}

export function jobOf(progress: GraphProgress): string {
  if (!progress.jobId) throw new AppError('VALIDATION_FAILED', 'Set up provisioning first.', { reason: 'graph-no-job' });
  return progress.jobId;
}

/** Records a change to the profile's Graph progress and answers the saved profile. */
export function saveProgress(services: AppServices, profileId: string, change: (progress: GraphProgress | undefined) => GraphProgress): Profile {
  return updateProfile(services, profileId, (current) => ({ ...current, graphProgress: change(current.graphProgress) }));
}

/**
 * BaseAddress from the profile's answers and SecretToken from the keychain, read here in main: the token goes to
 * Graph only, never to the page, a log or an error.
 */
export async function provisioningCredentials(services: AppServices, profileId: string): Promise<ProvisioningCredentials> {
  const profile = readProfile(services, profileId);
  const { integration, setup } = graphSetupOf(profile);
  const baseAddress = plainValue(integration, setup.baseAddress, profile.fields, services.endpointFacts(integration.id));
  if (!baseAddress) throw new AppError('VALIDATION_FAILED', 'The tenant URL is not known yet.', { reason: 'graph-no-base-url' });
  const secretToken = await services.secrets.get(profileId, setup.secretToken.secretId);
  if (secretToken === null) {
    throw new AppError('VALIDATION_FAILED', 'The token is not in the keychain yet.', { reason: 'no-secret', secretId: setup.secretToken.secretId });
  }
  return { baseAddress, secretToken };
}
