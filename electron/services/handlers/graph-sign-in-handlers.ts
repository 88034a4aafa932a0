import { AppError } from '../../../shared/errors';
import type { Profile } from '../../../shared/settings/schema';
import { validateGraphClientId } from '../../../shared/validators/graph-client-id';
import type { AppServices } from '../app-services';
import type { HandlerTable } from '../dispatch';
import { GraphSignInError } from '../graph-sign-in/graph-sign-in-errors';
import type { GraphSignInOutcome } from '../graph-sign-in/graph-sign-in-sessions';
import { errorCode } from './action-lookup';
import { readProfile, updateProfile } from './profile-access';

type GraphSignInHandlers = Pick<
  HandlerTable,
  'graph.setClientId' | 'graph.signIn' | 'graph.signIn.await' | 'graph.signIn.cancel' | 'graph.signOut' | 'graph.status'
>;

/** The profile without its record of a stored sign-in (the client ID stays). */
function withoutSignIn(profile: Profile): Profile {
  if (!profile.graph) return profile;
  const { signedInAt: _gone, ...graph } = profile.graph;
  return { ...profile, graph };
}

/**
 * Microsoft sign-in for Graph, per profile: its app registration (client ID), the sign-in itself
 * (modelled on `signIn.*`: start answers at once, main finishes the exchange whoever waits), its
 * status and sign-out. Answers carry the account, never a token; the log names profiles and codes.
 */
export function graphSignInHandlers(services: AppServices): GraphSignInHandlers {
  const graph = services.graphSignIn;

  /** Runs from the start of a sign-in: the token cache goes to the keychain as soon as the redirect comes. */
  const finishSignIn = async (signInId: string, profileId: string): Promise<GraphSignInOutcome> => {
    try {
      const account = await graph.signIn.wait(signInId);
      let profile: Profile;
      try {
        // Recorded like a secret's savedAt, so lists of the profile's keychain entries name it (shared/settings/graph-settings.ts).
        profile = updateProfile(services, profileId, (p) => (p.graph ? { ...p, graph: { ...p.graph, signedInAt: services.now().toISOString() } } : p));
      } catch (error) {
        // The profile went away meanwhile: its sign-in must not stay behind in the keychain.
        await graph.signIn.signOut(profileId).catch(() => {});
        throw error;
      }
      services.log.info(`graph sign-in ${signInId}: signed in to Microsoft for profile ${profileId}`);
      return { account, profile };
    } catch (error) {
      // The params are codes only (the OAuth error word, the AADSTS number, msal-node's code): support needs them, no secret is in them.
      const params = error instanceof AppError && error.params ? ` ${JSON.stringify(error.params)}` : '';
      services.log.info(`graph sign-in ${signInId}: ended without a sign-in (${errorCode(error)}${params})`);
      throw error;
    }
  };

  return {
    'graph.setClientId': async ({ profileId, clientId }) => {
      const profile = readProfile(services, profileId);
      let next: string | null = null;
      if (clientId !== null) {
        const checked = validateGraphClientId(clientId);
        if (!checked.ok) return checked;
        next = checked.value;
      }
      const before = profile.graph?.clientId || null;
      if (before !== null && before !== next) {
        // The token cache belongs to the old app registration: another ID starts signed out.
        await graph.forgetProfile(profileId);
        services.log.info(`profile ${profileId}: Microsoft client ID changed, signed out`);
      }
      const saved = updateProfile(services, profileId, (p) => {
        const { graph: current, ...rest } = p;
        if (next === null) return rest;
        return { ...rest, graph: current && current.clientId === next ? current : { clientId: next } };
      });
      return { ok: true as const, profile: saved };
    },

    'graph.signIn': async ({ profileId, opener }) => {
      const profile = readProfile(services, profileId);
      const clientId = graph.clientIdFor(profile);
      if (!clientId) throw new GraphSignInError('GRAPH_CLIENT_ID_INVALID', 'Enter the Microsoft application (client) ID first.', { variant: 'empty' });
      const started = await graph.signIn.start({ profileId, clientId, opener });
      graph.sessions.add(started, profileId, finishSignIn(started.signInId, profileId));
      services.log.info(`graph sign-in ${started.signInId} started for profile ${profileId}: listening on ${started.redirectUri} until ${started.timeoutAt}`);
      return started;
    },

    'graph.signIn.await': async ({ signInId }) => {
      const outcome = graph.sessions.outcome(signInId);
      if (!outcome) throw new AppError('NOT_FOUND', 'This Microsoft sign-in is no longer pending. Start it again.', { variant: 'graph-sign-in' });
      return outcome;
    },

    'graph.signIn.cancel': async ({ signInId }) => ({ cancelled: graph.signIn.cancel(signInId) }),

    'graph.signOut': async ({ profileId }) => {
      readProfile(services, profileId);
      await graph.forgetProfile(profileId);
      const profile = updateProfile(services, profileId, withoutSignIn);
      services.log.info(`profile ${profileId}: signed out of Microsoft`);
      return { signedOut: true as const, profile };
    },

    'graph.status': async ({ profileId }) => {
      const profile = readProfile(services, profileId);
      const clientId = graph.clientIdFor(profile);
      if (!clientId) return { signedIn: false as const };
      return graph.signIn.status({ profileId, clientId });
    },
  };
}
