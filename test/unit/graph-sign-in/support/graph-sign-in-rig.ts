import { startOidcProvider, type OidcProviderHandle } from '../../../support/oidc-provider-server';
import { createMemoryKeychain, type MemoryKeychain } from '../../../support/memory-keychain';
import type { Keychain } from '../../../../electron/services/secret-store';
import { resolveGraphEndpoints, GRAPH_REDIRECT_PATH, type GraphEndpoints } from '../../../../shared/endpoints/graph-endpoints';
import { createGraphSignIn, type GraphSignIn, type GraphSignInDeps } from '../../../../electron/services/graph-sign-in/graph-sign-in';
import { createKeychainTokenCacheStore, type TokenCacheStore } from '../../../../electron/services/graph-sign-in/token-cache-store';
import type { SignInOpener } from '../../../../electron/services/host-capabilities';
import { makeSelfSignedCertificate } from './self-signed';
import { createScriptedBrowser, type ScriptedBrowser } from './scripted-browser';
import { createTestNetworkClient } from './tls-http';

/** A real OpenID provider on https://127.0.0.1 with a code+PKCE client, and the app's sign-in pointed at it. */
export interface GraphSignInRig {
  provider: OidcProviderHandle;
  tls: { key: string; cert: string };
  endpoints: GraphEndpoints;
  /** The in-memory keychain behind `store` (unused when `options.keychain` is given: test/keychain). */
  keychain: MemoryKeychain;
  store: TokenCacheStore;
  opened: string[];
  opener: SignInOpener;
  network: ReturnType<typeof createTestNetworkClient>;
  clientId: string;
  /** A fresh service over the same keychain (as after a restart). */
  newSignIn(extra?: Partial<GraphSignInDeps>): GraphSignIn;
  newBrowser(): ScriptedBrowser;
  close(): Promise<void>;
}

export const NAMESPACE = '0123456789ab';
/** oidc-provider knows OIDC scopes only; msal-node adds openid, profile and offline_access to these. */
export const TEST_SCOPES = ['openid'];

export async function startGraphSignInRig(options: { keychain?: Keychain; namespace?: string } = {}): Promise<GraphSignInRig | null> {
  const tls = makeSelfSignedCertificate();
  if (!tls) return null;
  const provider = await startOidcProvider({
    redirectUri: 'http://localhost:1/auth/code',
    // Registered without a port: a native client's loopback redirect may use any port (RFC 8252 §7.3).
    codeFlow: { redirectUris: [`http://127.0.0.1${GRAPH_REDIRECT_PATH}`] },
    tls,
  });
  const endpoints = resolveGraphEndpoints({ graph: { authority: provider.issuer, graphBaseUrl: 'http://127.0.0.1:9/v1.0' } });
  const keychain = createMemoryKeychain();
  const store = createKeychainTokenCacheStore({ keychain: options.keychain ?? keychain, namespace: () => options.namespace ?? NAMESPACE, platform: 'linux' });
  const opened: string[] = [];
  const opener: SignInOpener = {
    open: async (url) => {
      opened.push(url);
      return 'renderer';
    },
    closeAll: () => {},
  };
  const network = createTestNetworkClient(tls.cert);
  return {
    provider,
    tls,
    endpoints,
    keychain,
    store,
    opened,
    opener,
    network,
    clientId: provider.codeClientId ?? '',
    newSignIn: (extra = {}) => createGraphSignIn({ endpoints, store, opener, scopes: TEST_SCOPES, prompt: 'consent', networkClient: network, ...extra }),
    newBrowser: () => createScriptedBrowser({ providerOrigin: provider.issuer, ca: tls.cert }),
    close: () => provider.close(),
  };
}
