import { AppError } from '../../../shared/errors';
import { WEBEX_ACTIONS, WEBEX_FIELDS } from '../../../shared/integrations/webex-entra';
import type { AppServices } from '../app-services';
import type { HandlerTable } from '../dispatch';
import { testScimConnection } from '../scim-connection-test';
import { storeSecret } from '../secret-writes';
import { computeExpiry } from '../token-capture/expiry';
import type { SignInOutcome } from '../token-capture/sign-ins';
import { webexOffer } from './integration-context';
import { readProfile, updateProfile } from './profile-access';

type WebexHandlers = Pick<
  HandlerTable,
  'webex.startTokenCapture' | 'webex.awaitTokenCapture' | 'webex.cancelTokenCapture' | 'webex.pendingTokenCapture' | 'webex.testConnection' | 'actions.cancel'
>;

const TOKEN = 'webex-bearer-token' as const;

function errorCode(error: unknown): string {
  return error instanceof AppError ? error.code : 'INTERNAL';
}

export function webexHandlers(services: AppServices): WebexHandlers {
  /** Runs from the start of a sign-in: the token goes to the keychain as soon as it arrives, page or no page. */
  const finishSignIn = async (captureId: string, profileId: string): Promise<SignInOutcome> => {
    try {
      const token = await services.captures.wait(captureId);
      const expiresAt = computeExpiry(token.expiresIn, services.now())?.toISOString() ?? null;
      const profile = await storeSecret(services, profileId, TOKEN, token.accessToken, expiresAt);
      services.log.info(`sign-in ${captureId}: token stored in the keychain for profile ${profileId} (expires ${expiresAt ?? 'unknown'})`);
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
    'webex.startTokenCapture': async ({ profileId, opener }) => {
      const profile = readProfile(services, profileId);
      const endpoints = services.webexEndpoints(webexOffer(profile.fields));
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
      services.signIns.add(info, finishSignIn(started.captureId, profileId));
      services.log.info(`sign-in ${started.captureId} started for profile ${profileId}: listening on ${started.redirectUri} until ${info.timeoutAt}`);
      const { profileId: _owner, ...answer } = info;
      return answer;
    },

    'webex.awaitTokenCapture': async ({ captureId }) => {
      const outcome = services.signIns.outcome(captureId);
      if (!outcome) throw new AppError('NOT_FOUND', 'This sign-in is no longer pending. Start it again.', { captureId });
      return outcome;
    },

    'webex.pendingTokenCapture': async ({ profileId }) => {
      readProfile(services, profileId);
      const pending = services.signIns.pending(profileId);
      if (!pending) return { pending: null };
      const { profileId: _owner, ...answer } = pending;
      return { pending: answer };
    },

    'webex.cancelTokenCapture': async ({ captureId }) => {
      const cancelled = services.captures.cancel(captureId);
      services.capabilities.signInOpener.closeAll();
      return { cancelled };
    },

    'webex.testConnection': async ({ profileId, requestId }) => {
      const profile = readProfile(services, profileId);
      const tenantUrl = profile.fields[WEBEX_FIELDS.tenantUrl];
      if (!tenantUrl) throw new AppError('VALIDATION_FAILED', 'Enter the Org ID first (step 4).', { reason: 'no-tenant-url' });
      const token = await services.secrets.get(profileId, TOKEN);
      if (!token) throw new AppError('VALIDATION_FAILED', 'Get the bearer token first (step 5).', { reason: 'no-token' });
      const controller = new AbortController();
      services.running.set(requestId, controller);
      try {
        const result = await testScimConnection({ tenantUrl, token, signal: controller.signal });
        // A cancelled run proves nothing either way: the last real result (maybe a pass the next step needs) stays.
        if (result.outcome === 'cancelled') return { ...result, profile: readProfile(services, profileId) };
        const saved = updateProfile(services, profileId, (current) => ({
          ...current,
          actions: { ...current.actions, [WEBEX_ACTIONS.testConnection]: { ok: result.ok, at: services.now().toISOString(), code: result.outcome } },
        }));
        return { ...result, profile: saved };
      } finally {
        services.running.delete(requestId);
      }
    },

    'actions.cancel': async ({ requestId }) => {
      const controller = services.running.get(requestId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
  };
}
