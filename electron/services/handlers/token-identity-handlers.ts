import type { AppServices } from '../app-services';
import type { HandlerTable } from '../dispatch';
import { identityAfterCapture } from '../token-identity/after-capture';
import { checkTokenIdentity } from '../token-identity/check-token-identity';

type TokenIdentityHandlers = Pick<HandlerTable, 'tokenIdentity.check'>;

/**
 * Whose stored token it is. Building the table also hooks the same check onto every stored
 * sign-in (by name, so building it again does not hook it twice).
 */
export function tokenIdentityHandlers(services: AppServices): TokenIdentityHandlers {
  services.signIns.setAfterStored('token-identity', identityAfterCapture(services));
  return {
    'tokenIdentity.check': async ({ profileId, secretId }) => checkTokenIdentity(services, profileId, secretId),
  };
}
