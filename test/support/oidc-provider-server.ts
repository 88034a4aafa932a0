import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real OpenID provider (`oidc-provider` v9) on 127.0.0.1, for end-to-end
 * tests of the implicit-grant redirect. Its built-in dev login page accepts
 * any login name; consent is granted automatically, so a browser only has to
 * fill the login form. Keys are made in memory per start.
 *
 * Configuration notes (v9.13):
 * - implicit needs a response type with an id_token ('token' alone is refused), so 'id_token token',
 *   which in turn needs a `nonce` in the authorize request; the response mode defaults to fragment;
 * - only a *native* client may register http://localhost:PORT (web clients using implicit must use https
 *   and must not use localhost); PKCE does not apply, as no code is issued;
 * - native clients always get a consent prompt (check 'native_client_prompt'): removed from the policy,
 *   and `loadExistingGrant` grants the requested scopes, as for a first-party app.
 */
export interface OidcProviderHandle {
  issuer: string;
  authorizeUrl: string;
  userinfoUrl: string;
  clientId: string;
  /** Whether the provider's userinfo endpoint accepts this access token (what a resource server would check). */
  isValidAccessToken(token: string): Promise<boolean>;
  close(): Promise<void>;
}

// The package ships no type declarations; this is the little the tests use.
interface GrantLike {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}
interface ProviderContext {
  oidc: {
    result?: { consent?: { grantId?: string } };
    session: { accountId?: string; grantIdFor(clientId: string): string | undefined };
    client: { clientId: string };
    params: { scope?: string };
    provider: ProviderLike;
  };
}
interface ProviderLike {
  Grant: { new (init: { clientId: string; accountId: string | undefined }): GrantLike; find(id: string): Promise<GrantLike | undefined> };
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
}
interface ChecksList {
  remove(name: string): void;
}
interface OidcProviderModule {
  default: new (issuer: string, configuration: Record<string, unknown>) => ProviderLike;
  interactionPolicy: { base(): { get(name: string): { checks: ChecksList } | undefined } };
}

const MODULE_NAME = 'oidc-provider';

export async function startOidcProvider(options: { redirectUri: string; clientId?: string }): Promise<OidcProviderHandle> {
  const { default: Provider, interactionPolicy } = (await import(MODULE_NAME)) as OidcProviderModule;
  const clientId = options.clientId ?? 'scim-wizard-test';

  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;

  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const policy = interactionPolicy.base();
  policy.get('consent')?.checks.remove('native_client_prompt');

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        application_type: 'native',
        token_endpoint_auth_method: 'none',
        grant_types: ['implicit'],
        response_types: ['id_token token'],
        redirect_uris: [options.redirectUri],
      },
    ],
    responseTypes: ['id_token token'],
    scopes: ['openid'],
    claims: { openid: ['sub'] },
    jwks: { keys: [{ ...signingKey, kid: 'test-signing-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    features: { devInteractions: { enabled: true } },
    // Explicit lifetimes (seconds), which also keeps the provider from printing a notice per default.
    ttl: { AccessToken: 3600, IdToken: 3600, Interaction: 600, Grant: 3600, Session: 3600 },
    interactions: { policy },
    findAccount: (_ctx: unknown, accountId: string) => ({ accountId, claims: () => ({ sub: accountId }) }),
    loadExistingGrant: async (ctx: ProviderContext) => {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      // A first-party test client: consent to whatever OIDC scopes it asked for.
      const grant = new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
      grant.addOIDCScope(oidc.params.scope ?? 'openid');
      await grant.save();
      return grant;
    },
  });
  server.on('request', provider.callback());

  return {
    issuer,
    authorizeUrl: `${issuer}/auth`,
    userinfoUrl: `${issuer}/me`,
    clientId,
    isValidAccessToken: async (token) => {
      const response = await fetch(`${issuer}/me`, { headers: { authorization: `Bearer ${token}` } });
      await response.body?.cancel();
      return response.ok;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
