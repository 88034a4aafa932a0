import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { GRAPH_REDIRECT_PATH } from '../../../shared/endpoints/graph-endpoints';
import { startGraphServer, type GraphServer, type GraphServerOptions } from '../../support/graph-server';
import { startOidcProvider, type OidcProviderHandle } from '../../support/oidc-provider-server';
import { makeSelfSignedCertificate } from '../../unit/graph-sign-in/support/self-signed';

/**
 * The Microsoft side of issue 11 for browser-mode end-to-end tests, on loopback:
 * - a real OpenID provider (oidc-provider) on https://127.0.0.1 in place of login.microsoftonline.com, with a
 *   native code+PKCE client whose id is a GUID (so the profile's client ID setting is what signs in) and the
 *   redirect `http://127.0.0.1/graph-sign-in` registered without a port: oidc-provider accepts any port on a
 *   loopback IP literal for a native client, as RFC 8252 §7.3 asks, and the host listens on a fresh port per
 *   sign-in (proved by test/e2e/graph-rig.spec.ts);
 * - the local Microsoft Graph (test/support/graph-server) that accepts exactly the access tokens that provider
 *   issued, seeded with a test user, a second user and a group. Its validateCredentials and provisionOnDemand
 *   call whatever SCIM base and token the app sends, i.e. the SCIM peer the session already runs.
 *
 * msal-node refuses an http authority, so the provider has a throwaway self-signed certificate; the host trusts it
 * through `NODE_EXTRA_CA_CERTS` (`env`): it extends Node's root CAs when the process starts
 * (https://nodejs.org/api/cli.html#node_extra_ca_certsfile), and msal-node 7's default network client is Node's
 * fetch with no `ca` of its own (@azure/msal-node src/network/HttpClient.ts), so the app needs no test-only code
 * path. graph-rig.spec.ts proves both ways: signed in with it, GRAPH_AUTHORITY_UNREACHABLE without it.
 */

/** The code client's id: a GUID, as graph.setClientId accepts only an Entra application (client) ID. */
export const GRAPH_TEST_CLIENT_ID = '0f3c5a7e-2b4d-4c6e-9a1b-3d5f7a9c1e2b';

/** Seeded in the local Graph: the user to assign and provision (Microsoft's demo-tenant names). */
export const GRAPH_TEST_USER = {
  userPrincipalName: 'alex.wilber@contoso.example',
  displayName: 'Alex Wilber',
  givenName: 'Alex',
  surname: 'Wilber',
  mail: 'alex.wilber@contoso.example',
} as const;
/** A second user, not in the group (provisioning them on demand is "skipped: not assigned"). */
export const GRAPH_OTHER_USER = { userPrincipalName: 'adele.vance@contoso.example', displayName: 'Adele Vance' } as const;
/** A group holding GRAPH_TEST_USER. */
export const GRAPH_TEST_GROUP = { displayName: 'SCIM pilot', members: [GRAPH_TEST_USER.userPrincipalName] } as const;

/** Whom the admin signs in as at the provider; the account's username becomes `<login>@example.test`. */
export const GRAPH_ADMIN_LOGIN = 'entra-admin';

/** The endpoints file's `graph` block (README, "Test endpoints file"). */
export interface GraphEndpointsBlock {
  authority: string;
  graphBaseUrl: string;
  scopes: string[];
  prompt: 'consent';
  clientId?: string;
}

export type GraphPeersOptions = Pick<GraphServerOptions, 'users' | 'groups' | 'instances' | 'deny' | 'throttle'> & {
  /** Also put the client ID in the endpoints file (then the profile's client ID setting is ignored). Default false. */
  clientIdInEndpointsFile?: boolean;
};

export interface GraphPeers {
  provider: OidcProviderHandle;
  /** The local Graph: its `store` (tenant state), `faults` (403/429 injection) and `requests`. */
  graph: GraphServer;
  clientId: string;
  /** The provider's certificate (PEM file in `dir`). */
  caFile: string;
  /** What the host process needs to trust the provider: `{ NODE_EXTRA_CA_CERTS: caFile }`. */
  env: Record<string, string>;
  /** Merge into the endpoints file as `graph`. */
  endpointsBlock: GraphEndpointsBlock;
  /**
   * Completes the provider's pages in the tab the authorize URL opened in: the dev login form (any password)
   * and the consent page, then waits for the app's loopback page. Returns that page's outcome
   * ('signed-in', 'failed', 'wrong-state' or 'ended'; electron/services/graph-sign-in/redirect-page.ts).
   */
  signInAtMicrosoft(popup: Page, options?: { login?: string }): Promise<string>;
  close(): Promise<void>;
}

export async function startGraphPeers(dir: string, options: GraphPeersOptions = {}): Promise<GraphPeers> {
  const tls = makeSelfSignedCertificate();
  if (!tls) throw new Error('openssl is needed to make the test Microsoft sign-in certificate (apt-get install openssl)');
  const caFile = join(dir, 'graph-provider-ca.pem');
  writeFileSync(caFile, tls.cert);
  const provider = await startOidcProvider({
    // The implicit client is unused here; the code client is the "app registration".
    redirectUri: 'http://localhost:1/auth/code',
    codeFlow: { clientId: GRAPH_TEST_CLIENT_ID, redirectUris: [`http://127.0.0.1${GRAPH_REDIRECT_PATH}`] },
    tls,
  });
  let graph: GraphServer;
  try {
    graph = await startGraphServer({
      acceptToken: (token) => provider.isValidAccessToken(token),
      users: options.users ?? [GRAPH_TEST_USER, GRAPH_OTHER_USER],
      groups: options.groups ?? [{ ...GRAPH_TEST_GROUP, members: [...GRAPH_TEST_GROUP.members] }],
      ...(options.instances ? { instances: options.instances } : {}),
      ...(options.deny ? { deny: options.deny } : {}),
      ...(options.throttle ? { throttle: options.throttle } : {}),
    });
  } catch (error) {
    await provider.close();
    throw error;
  }
  const endpointsBlock: GraphEndpointsBlock = {
    authority: provider.issuer,
    graphBaseUrl: graph.graphBase,
    // oidc-provider knows OpenID scopes only; msal-node adds openid, profile and offline_access itself.
    scopes: ['openid'],
    // The only prompt with which oidc-provider keeps offline_access, so a refresh token is issued.
    prompt: 'consent',
    ...(options.clientIdInEndpointsFile ? { clientId: GRAPH_TEST_CLIENT_ID } : {}),
  };
  return {
    provider,
    graph,
    clientId: GRAPH_TEST_CLIENT_ID,
    caFile,
    env: { NODE_EXTRA_CA_CERTS: caFile },
    endpointsBlock,
    signInAtMicrosoft: (popup, signInOptions = {}) => signInAtProvider(popup, signInOptions.login ?? GRAPH_ADMIN_LOGIN),
    close: async () => {
      await graph.close();
      await provider.close();
    },
  };
}

/** oidc-provider's dev pages (login.js and interaction.js views of oidc-provider 9): login, then consent, then the loopback page. */
async function signInAtProvider(popup: Page, login: string): Promise<string> {
  const loginField = popup.locator('input[name="login"]');
  const consent = popup.locator('form:has(input[name="prompt"][value="consent"]) button[type="submit"]');
  const outcome = popup.locator('body[data-outcome]');
  for (let pages = 0; pages < 4; pages += 1) {
    await loginField.or(consent).or(outcome).first().waitFor();
    if (await outcome.isVisible()) return (await outcome.getAttribute('data-outcome')) ?? '';
    const before = popup.url();
    if (await loginField.isVisible()) {
      await loginField.fill(login);
      await popup.locator('input[name="password"]').fill('any password');
      await popup.locator('button[type="submit"]').click();
    } else {
      await consent.click();
    }
    // Each page of the provider has its own interaction URL: wait until the clicked one has gone.
    await popup.waitForURL((url) => url.toString() !== before);
  }
  throw new Error(`the provider's pages did not end at the app's loopback page (last at ${popup.url()})`);
}
