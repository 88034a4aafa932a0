import { graphSignInRequestOverrides, resolveGraphEndpoints, type GraphEndpoints } from '../../../shared/endpoints/graph-endpoints';
import type { EndpointsFile } from '../../../shared/endpoints/endpoints-file-schema';
import type { Profile } from '../../../shared/settings/schema';
import type { SignInOpener } from '../host-capabilities';
import type { Keychain } from '../secret-store';
import { createGraphSignIn, type GraphAccessToken, type GraphSignIn, type GraphSignInDeps } from './graph-sign-in';
import { GraphSignInError } from './graph-sign-in-errors';
import { createGraphSignInSessions, type GraphSignInSessions } from './graph-sign-in-sessions';
import { createKeychainTokenCacheStore } from './token-cache-store';

/**
 * The Microsoft sign-in as the app's services hold it: one per launch, over the same keychain and
 * namespace as every other secret, with the endpoints file's `graph` block in force.
 */
export interface GraphSignInService {
  endpoints: GraphEndpoints;
  signIn: GraphSignIn;
  sessions: GraphSignInSessions;
  /** The client ID in force for a profile: the endpoints file's (tests), else the profile's; null when none is set. */
  clientIdFor(profile: Profile): string | null;
  /** A Graph access token for the profile (for the Graph calls); GRAPH_SIGN_IN_REQUIRED or GRAPH_CLIENT_ID_INVALID when there is none. */
  getAccessToken(profile: Profile, scopes?: readonly string[]): Promise<GraphAccessToken>;
  /** Stops the profile's sign-in under way, if any, and removes its token cache from the keychain. */
  forgetProfile(profileId: string): Promise<void>;
}

/**
 * What unit tests may change besides the endpoints file (a local https provider's certificate, a short timeout).
 * The browser-mode host takes the scopes and prompt from the file and trusts the provider through NODE_EXTRA_CA_CERTS.
 */
export type GraphSignInTestOptions = Pick<GraphSignInDeps, 'scopes' | 'prompt' | 'networkClient' | 'timeoutMs'>;

export interface GraphSignInServiceOptions {
  endpointsFile: EndpointsFile | null;
  keychain: Keychain;
  namespace: () => string;
  beforeUse?: () => Promise<unknown>;
  opener: SignInOpener;
  now: () => Date;
  log: (line: string) => void;
  test?: GraphSignInTestOptions;
}

export function createGraphSignInService(options: GraphSignInServiceOptions): GraphSignInService {
  const endpoints = resolveGraphEndpoints(options.endpointsFile);
  const store = createKeychainTokenCacheStore({
    keychain: options.keychain,
    namespace: options.namespace,
    ...(options.beforeUse ? { beforeUse: options.beforeUse } : {}),
  });
  // A test provider's scopes and prompt come from the endpoints file (so the browser-mode host can use one); unit tests may still override.
  const request = graphSignInRequestOverrides(options.endpointsFile);
  const signIn = createGraphSignIn({ endpoints, store, opener: options.opener, now: options.now, log: options.log, ...request, ...options.test });
  const sessions = createGraphSignInSessions();
  const clientIdFor = (profile: Profile): string | null => endpoints.clientId ?? (profile.graph?.clientId || null);
  return {
    endpoints,
    signIn,
    sessions,
    clientIdFor,
    async getAccessToken(profile, scopes) {
      const clientId = clientIdFor(profile);
      if (!clientId) throw new GraphSignInError('GRAPH_CLIENT_ID_INVALID', 'Enter the Microsoft application (client) ID first.', { variant: 'empty' });
      return signIn.getAccessToken({ profileId: profile.id, clientId, ...(scopes ? { scopes } : {}) });
    },
    async forgetProfile(profileId) {
      const pending = sessions.pendingFor(profileId);
      if (pending) signIn.cancel(pending);
      await signIn.signOut(profileId);
    },
  };
}
