import { AppError } from '../../../shared/errors';
import { invalidateActions } from '../../../shared/engine/step-engine';
import { WEBEX_ACTIONS, WEBEX_FIELDS } from '../../../shared/integrations/webex-entra';
import type { AppServices } from '../app-services';
import type { HandlerTable } from '../dispatch';
import { testScimConnection } from '../scim-connection-test';
import { computeExpiry } from '../token-capture/expiry';
import { webexOffer } from './integration-context';
import { profileIntegration, readProfile, updateProfile } from './profile-access';

type WebexHandlers = Pick<
  HandlerTable,
  'webex.startTokenCapture' | 'webex.awaitTokenCapture' | 'webex.cancelTokenCapture' | 'webex.testConnection' | 'actions.cancel'
>;

const TOKEN = 'webex-bearer-token' as const;

export function webexHandlers(services: AppServices): WebexHandlers {
  return {
    'webex.startTokenCapture': async ({ profileId, opener }) => {
      const profile = readProfile(services, profileId);
      const endpoints = services.webexEndpoints(webexOffer(profile.fields));
      const started = await services.captures.start({ endpoints });
      // One sign-in at a time: starting one cancelled any earlier, so its owner entry is stale.
      services.captureOwners.clear();
      services.captureOwners.set(started.captureId, profileId);
      try {
        const openedBy = await services.capabilities.signInOpener.open(started.authorizeUrl, opener);
        return {
          captureId: started.captureId,
          authorizeUrl: started.authorizeUrl,
          redirectUri: started.redirectUri,
          openedBy,
          timeoutAt: started.timeoutAt.toISOString(),
        };
      } catch (error) {
        services.captures.cancel(started.captureId);
        services.captureOwners.delete(started.captureId);
        throw error;
      }
    },

    'webex.awaitTokenCapture': async ({ captureId }) => {
      const profileId = services.captureOwners.get(captureId);
      if (!profileId) throw new AppError('NOT_FOUND', 'This sign-in is no longer pending. Start it again.', { captureId });
      try {
        const token = await services.captures.wait(captureId);
        // Straight to the keychain: if it refuses, the error reaches the admin and nothing is written anywhere else.
        await services.secrets.set(profileId, TOKEN, token.accessToken);
        const expiresAt = computeExpiry(token.expiresIn, services.now());
        const profile = updateProfile(services, profileId, (current) => {
          const integration = profileIntegration(current);
          const withSecret = {
            ...current,
            secrets: { ...current.secrets, [TOKEN]: { savedAt: services.now().toISOString(), expiresAt: expiresAt?.toISOString() ?? null } },
          };
          return invalidateActions(integration, withSecret, [`secret:${TOKEN}`]);
        });
        return { expiresAt: expiresAt?.toISOString() ?? null, tokenType: token.tokenType, profile };
      } finally {
        services.captureOwners.delete(captureId);
        services.capabilities.signInOpener.closeAll();
      }
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
