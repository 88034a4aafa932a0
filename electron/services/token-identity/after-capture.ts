import { errorCode } from '../handlers/action-lookup';
import { findIntegration } from '../../../shared/integrations';
import { ownValue } from '../../../shared/own-property';
import type { SecretId } from '../../../shared/secrets';
import { identitySourceOf } from '../../../shared/token-identity/identity-sources';
import type { AppServices } from '../app-services';
import type { AfterStored } from '../token-capture/sign-ins';
import { checkTokenIdentity, type IdentityCheckOptions } from './check-token-identity';

/**
 * Right after a sign-in stores its token, ask whose it is, so the sign-in's answer already
 * carries the identity and the Org ID filled from it. A failure is recorded on the token
 * (`identityFailure`) and logged; the capture itself still succeeds.
 */
export function identityAfterCapture(services: AppServices, options: IdentityCheckOptions = {}): AfterStored {
  return async (info, outcome) => {
    let profile = outcome.profile;
    for (const secretId of capturedSecretsWithIdentity(profile.integrationId)) {
      if (!profile.secrets[secretId]) continue;
      try {
        profile = (await checkTokenIdentity(services, info.profileId, secretId, options)).profile;
      } catch (error) {
        const code = errorCode(error);
        if (code === 'IDENTITY_NOT_AVAILABLE')
          services.log.info(`sign-in ${info.captureId}: whose token it is was not asked (no People API for these endpoints)`);
        else services.log.info(`sign-in ${info.captureId}: whose token it is could not be read (${code})`);
        // The failure was recorded on the token: answer with the profile as it is now.
        profile = ownValue(services.settings.read().profiles, info.profileId) ?? profile;
      }
    }
    return { ...outcome, profile };
  };
}

/** The secrets the integration's capture-token actions store that can say whose they are. */
function capturedSecretsWithIdentity(integrationId: string | null): SecretId[] {
  const integration = findIntegration(integrationId);
  if (!integration) return [];
  const ids = new Set<SecretId>();
  for (const step of integration.steps) {
    for (const action of step.actions) if (action.kind === 'capture-token' && identitySourceOf(integration, action.secretId)) ids.add(action.secretId);
  }
  return [...ids];
}
