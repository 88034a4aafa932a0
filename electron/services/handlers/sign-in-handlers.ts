import { AppError } from '../../../shared/errors';
import type { ActionDefinition } from '../../../shared/integrations/types';
import type { SecretId } from '../../../shared/secrets';
import type { AppServices } from '../app-services';
import type { HandlerTable } from '../dispatch';
import { storeSecret } from '../secret-writes';
import { computeExpiry } from '../token-capture/expiry';
import type { SignInOutcome } from '../token-capture/sign-ins';
import { errorCode, findAction } from './action-lookup';
import { profileIntegration, readProfile } from './profile-access';

type SignInHandlers = Pick<HandlerTable, 'signIn.start' | 'signIn.await' | 'signIn.cancel' | 'signIn.pending'>;

/** Capture-token actions: a vendor sign-in whose redirect to the loopback listener carries the token. */
export function signInHandlers(services: AppServices): SignInHandlers {
  /** Runs from the start of a sign-in: the token goes to the keychain as soon as it arrives, page or no page. */
  const finishSignIn = async (captureId: string, profileId: string, secretId: SecretId): Promise<SignInOutcome> => {
    try {
      const token = await services.captures.wait(captureId);
      const expiresAt = computeExpiry(token.expiresIn, services.now())?.toISOString() ?? null;
      const profile = await storeSecret(services, profileId, secretId, token.accessToken, expiresAt);
      services.log.info(`sign-in ${captureId}: ${secretId} stored in the keychain for profile ${profileId} (expires ${expiresAt ?? 'unknown'})`);
      return { expiresAt, tokenType: token.tokenType, profile };
    } catch (error) {
      const code = errorCode(error);
      services.log.info(`sign-in ${captureId}: ${code === 'CAPTURE_CANCELLED' ? 'cancelled' : code === 'CAPTURE_TIMEOUT' ? 'timed out' : `failed (${code})`}`);
      throw error;
    } finally {
      services.capabilities.signInOpener.closeAll();
    }
  };

  return {
    'signIn.start': async ({ profileId, actionId, opener }) => {
      const profile = readProfile(services, profileId);
      const integration = profileIntegration(profile);
      const action = findAction(integration, actionId, 'capture-token') as Extract<ActionDefinition, { kind: 'capture-token' }>;
      const endpoints = services.signInEndpoints(integration.id, profile.fields);
      if (!endpoints) throw new AppError('VALIDATION_FAILED', `${integration.id} has no sign-in.`, { actionId, reason: 'no-sign-in' });
      const started = await services.captures.start({ endpoints });
      let openedBy: 'main' | 'renderer';
      try {
        openedBy = await services.capabilities.signInOpener.open(started.authorizeUrl, opener);
      } catch (error) {
        services.captures.cancel(started.captureId);
        services.log.info(`sign-in ${started.captureId}: the sign-in page could not be opened (${errorCode(error)})`);
        throw error;
      }
      const info = {
        captureId: started.captureId,
        profileId,
        authorizeUrl: started.authorizeUrl,
        redirectUri: started.redirectUri,
        timeoutAt: started.timeoutAt.toISOString(),
        openedBy,
      };
      services.signIns.add(info, finishSignIn(started.captureId, profileId, action.secretId));
      services.log.info(`sign-in ${started.captureId} started for profile ${profileId}: listening on ${started.redirectUri} until ${info.timeoutAt}`);
      const { profileId: _owner, ...answer } = info;
      return answer;
    },

    'signIn.await': async ({ captureId }) => {
      const outcome = services.signIns.outcome(captureId);
      if (!outcome) throw new AppError('NOT_FOUND', 'This sign-in is no longer pending. Start it again.', { captureId });
      return outcome;
    },

    'signIn.pending': async ({ profileId }) => {
      readProfile(services, profileId);
      const pending = services.signIns.pending(profileId);
      if (!pending) return { pending: null };
      const { profileId: _owner, ...answer } = pending;
      return { pending: answer };
    },

    'signIn.cancel': async ({ captureId }) => {
      const cancelled = services.captures.cancel(captureId);
      services.capabilities.signInOpener.closeAll();
      return { cancelled };
    },
  };
}
