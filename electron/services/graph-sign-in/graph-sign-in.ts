import { randomBytes, randomUUID } from 'node:crypto';
import { CryptoProvider, ResponseMode, type AccountInfo, type INetworkModule, type PublicClientApplication } from '@azure/msal-node';
import { AppError } from '../../../shared/errors';
import { GRAPH_REDIRECT_PATH, graphClientIdProblem, type GraphEndpoints } from '../../../shared/endpoints/graph-endpoints';
import type { SignInOpener, SignInOpenerMode } from '../host-capabilities';
import { GRAPH_SIGN_IN_SCOPES } from './graph-permissions';
import { GraphSignInError } from './graph-sign-in-errors';
import { createMsalClient } from './msal-client';
import { fromMsalError } from './msal-errors';
import { startRedirectListener, type RedirectListener } from './redirect-listener';
import { createKeychainCachePlugin } from './token-cache-plugin';
import type { TokenCacheStore } from './token-cache-store';

/**
 * Signing in to Microsoft for Graph: the authorization-code flow with PKCE on a loopback redirect
 * (RFC 8252), with msal-node building the request, exchanging the code and keeping the tokens
 * (in the keychain only, token-cache-store.ts). One sign-in at a time: a new one cancels the last.
 * Answers are accounts and codes; a token leaves only through getAccessToken, to the Graph caller.
 */
export interface GraphAccount {
  username: string;
  name: string | null;
  tenantId: string | null;
}

export interface StartedGraphSignIn {
  signInId: string;
  authorizeUrl: string;
  redirectUri: string;
  openedBy: 'main' | 'renderer';
  timeoutAt: string;
}

export type GraphStatus = { signedIn: false } | { signedIn: true; account: GraphAccount };

export interface GraphAccessToken {
  accessToken: string;
  expiresOn: string | null;
}

export interface GraphSignIn {
  start(params: { profileId: string; clientId: string; opener: SignInOpenerMode }): Promise<StartedGraphSignIn>;
  /** The signed-in account once the redirect came and the code was exchanged; the sign-in's error otherwise. */
  wait(signInId: string): Promise<GraphAccount>;
  /** True when that sign-in was still waiting and is now cancelled (its port is freed). */
  cancel(signInId: string): boolean;
  status(params: { profileId: string; clientId: string }): Promise<GraphStatus>;
  /** Forgets the profile's Microsoft sign-in: the in-memory cache and every keychain entry of it. */
  signOut(profileId: string): Promise<void>;
  /** From the cache (refreshed silently when needed); GRAPH_SIGN_IN_REQUIRED when the admin must sign in. */
  getAccessToken(params: { profileId: string; clientId: string; scopes?: readonly string[] }): Promise<GraphAccessToken>;
}

export interface GraphSignInDeps {
  endpoints: GraphEndpoints;
  store: TokenCacheStore;
  opener: SignInOpener;
  /** Default GRAPH_SIGN_IN_SCOPES; tests against a local provider ask for what it knows. */
  scopes?: readonly string[];
  networkClient?: INetworkModule;
  /**
   * Default 'select_account': the admin picks the account, which must be the Entra admin, not
   * whoever the browser is signed in as. Tests against oidc-provider use 'consent', the only
   * prompt with which it keeps `offline_access` (and so issues a refresh token).
   */
  prompt?: 'select_account' | 'consent' | 'login';
  timeoutMs?: number;
  now?: () => Date;
  log?: (line: string) => void;
}

interface Pending {
  id: string;
  listener: RedirectListener;
  client: PublicClientApplication;
  verifier: string;
  state: string;
  waiting: boolean;
  awaited: boolean;
}

/** Ten minutes, as for the Webex capture: enough for MFA and a consent screen. */
const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

/** home_account_id of every refresh token this client ID holds in a serialized msal-node cache. */
export function refreshTokenOwners(serialized: string, clientId: string): string[] {
  const cache = JSON.parse(serialized) as { RefreshToken?: Record<string, { client_id?: unknown; home_account_id?: unknown }> };
  return Object.values(cache.RefreshToken ?? {})
    .filter((token) => token.client_id === clientId && typeof token.home_account_id === 'string')
    .map((token) => String(token.home_account_id));
}

function accountOf(account: AccountInfo): GraphAccount {
  return { username: account.username, name: account.name ?? null, tenantId: account.tenantId || null };
}

export function createGraphSignIn(deps: GraphSignInDeps): GraphSignIn {
  const { endpoints, store, opener } = deps;
  const scopes = [...(deps.scopes ?? GRAPH_SIGN_IN_SCOPES)];
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = deps.now ?? (() => new Date());
  const log = deps.log ?? (() => {});
  const crypto = new CryptoProvider();
  const clients = new Map<string, PublicClientApplication>();
  let pending: Pending | null = null;

  const checkClientId = (clientId: string): string => {
    const trimmed = clientId.trim();
    // Microsoft's client IDs are GUIDs; a test provider's may be any word.
    const problem = endpoints.protocol === 'AAD' ? graphClientIdProblem(trimmed) : trimmed ? null : 'empty';
    if (problem) throw new GraphSignInError('GRAPH_CLIENT_ID_INVALID', 'The Microsoft application (client) ID is missing or not a GUID.', { variant: problem });
    return trimmed;
  };

  const clientFor = (profileId: string, clientId: string): PublicClientApplication => {
    const key = `${profileId}\n${clientId}`;
    let client = clients.get(key);
    if (!client) {
      client = createMsalClient({
        endpoints,
        clientId,
        cachePlugin: createKeychainCachePlugin(store, profileId),
        ...(deps.networkClient ? { networkClient: deps.networkClient } : {}),
        log,
      });
      clients.set(key, client);
    }
    return client;
  };

  /** Keychain errors keep their own codes (and their fix); everything else becomes a sign-in code. */
  const typed = (error: unknown): Error => (error instanceof AppError ? error : fromMsalError(error));

  /**
   * The profile's account, if this client ID holds a refresh token for it. Accounts in msal-node's
   * cache belong to no client, so after the client ID changed, the old account alone means nothing.
   */
  const signedInAccount = async (client: PublicClientApplication, clientId: string): Promise<AccountInfo | null> => {
    const cache = client.getTokenCache();
    const accounts = await cache.getAllAccounts();
    const usable = new Set(refreshTokenOwners(cache.serialize(), clientId));
    return accounts.find((account) => usable.has(account.homeAccountId)) ?? null;
  };

  /** One Microsoft account per profile: a new sign-in replaces the one before (another admin, another tenant). */
  const keepOnly = async (client: PublicClientApplication, keep: AccountInfo): Promise<void> => {
    const cache = client.getTokenCache();
    for (const account of await cache.getAllAccounts()) {
      if (account.homeAccountId !== keep.homeAccountId) await cache.removeAccount(account);
    }
  };

  return {
    async start({ profileId, clientId, opener: mode }) {
      const id = checkClientId(clientId);
      pending?.listener.cancel();
      pending = null;
      const client = clientFor(profileId, id);
      const state = randomBytes(32).toString('base64url');
      const { verifier, challenge } = await crypto.generatePkceCodes();
      const listener = await startRedirectListener({ path: GRAPH_REDIRECT_PATH, expectedState: state, timeoutMs, log });
      let authorizeUrl: string;
      try {
        authorizeUrl = await client.getAuthCodeUrl({
          scopes,
          redirectUri: listener.redirectUri,
          state,
          codeChallenge: challenge,
          codeChallengeMethod: 'S256',
          prompt: deps.prompt ?? 'select_account',
          // RFC 8252 §7.3: the code comes back in the query of a GET to the loopback listener.
          responseMode: ResponseMode.QUERY,
        });
      } catch (error) {
        listener.cancel();
        throw typed(error);
      }
      const entry: Pending = { id: randomUUID(), listener, client, verifier, state, waiting: true, awaited: false };
      const done = () => {
        entry.waiting = false;
      };
      listener.result.then(done, done);
      pending = entry;
      let openedBy: 'main' | 'renderer';
      try {
        openedBy = await opener.open(authorizeUrl, mode);
      } catch (error) {
        listener.cancel();
        pending = null;
        throw error;
      }
      log(`graph sign-in ${entry.id}: waiting on ${listener.redirectUri}`);
      return { signInId: entry.id, authorizeUrl, redirectUri: listener.redirectUri, openedBy, timeoutAt: new Date(now().getTime() + timeoutMs).toISOString() };
    },

    async wait(signInId) {
      const entry = pending;
      if (!entry || entry.id !== signInId || entry.awaited) {
        throw new AppError('NOT_FOUND', 'This Microsoft sign-in is no longer pending. Start it again.', { signInId: signInId.slice(0, 64) });
      }
      entry.awaited = true;
      try {
        const redirect = await entry.listener.result;
        const result = await entry.client.acquireTokenByCode(
          { code: redirect.code, codeVerifier: entry.verifier, redirectUri: entry.listener.redirectUri, scopes, state: entry.state },
          { code: redirect.code, state: redirect.state, ...(redirect.clientInfo ? { client_info: redirect.clientInfo } : {}) },
        );
        if (!result.account) throw new GraphSignInError('GRAPH_SIGN_IN_FAILED', 'The sign-in returned no account.', { variant: 'no-account' });
        await keepOnly(entry.client, result.account);
        log(`graph sign-in ${signInId}: signed in`);
        return accountOf(result.account);
      } catch (error) {
        const failure = typed(error);
        log(`graph sign-in ${signInId}: ${failure instanceof GraphSignInError || failure instanceof AppError ? failure.code : 'failed'}`);
        throw failure;
      } finally {
        if (pending === entry) pending = null;
        opener.closeAll();
      }
    },

    cancel(signInId) {
      const entry = pending;
      if (!entry || entry.id !== signInId) return false;
      const wasWaiting = entry.waiting;
      entry.listener.cancel();
      if (!entry.awaited) pending = null;
      opener.closeAll();
      return wasWaiting;
    },

    async status({ profileId, clientId }) {
      try {
        const id = checkClientId(clientId);
        const account = await signedInAccount(clientFor(profileId, id), id);
        return account ? { signedIn: true, account: accountOf(account) } : { signedIn: false };
      } catch (error) {
        throw typed(error);
      }
    },

    async signOut(profileId) {
      for (const [key, client] of clients) {
        if (!key.startsWith(`${profileId}\n`)) continue;
        clients.delete(key);
        const cache = client.getTokenCache();
        for (const account of await cache.getAllAccounts().catch(() => [])) await cache.removeAccount(account).catch(() => {});
      }
      // Whatever the in-memory caches held, the keychain entries go.
      await store.remove(profileId);
    },

    async getAccessToken({ profileId, clientId, scopes: wanted }) {
      try {
        const id = checkClientId(clientId);
        const client = clientFor(profileId, id);
        const account = await signedInAccount(client, id);
        if (!account) throw new GraphSignInError('GRAPH_SIGN_IN_REQUIRED', 'Sign in to Microsoft first.');
        const result = await client.acquireTokenSilent({ account, scopes: [...(wanted ?? scopes)] });
        return { accessToken: result.accessToken, expiresOn: result.expiresOn?.toISOString() ?? null };
      } catch (error) {
        throw typed(error);
      }
    },
  };
}
