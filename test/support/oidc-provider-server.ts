import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, request as tlsRequest } from 'node:https';
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
 *
 * With `codeFlow`, a second client takes the authorization-code grant instead (RFC 8252 native app):
 * - PKCE is required: oidc-provider's default `pkce.required` is true for a client without authentication
 *   (`token_endpoint_auth_method: 'none'`), and only S256 is accepted;
 * - its redirect URIs are loopback IP literals; for a native client oidc-provider accepts any port on them
 *   (RFC 8252 §7.3), so the app may listen on a fresh free port per sign-in;
 * - consent is a real prompt (no automatic grant for this client); `offline_access` earns a refresh token
 *   (kept only while the request has no `prompt` other than consent: oidc-provider drops it otherwise);
 * - `tls` serves it on https (msal-node refuses an http authority), with the test's self-signed certificate.
 */
export interface OidcProviderHandle {
  issuer: string;
  authorizeUrl: string;
  userinfoUrl: string;
  clientId: string;
  /** The authorization-code client's id (only with `codeFlow`). */
  codeClientId?: string;
  tokenUrl: string;
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

/** Node's fetch cannot be given a CA; the https module can. Answers the status only. */
async function tlsGet(url: string, token: string, ca: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = tlsRequest(url, { ca, headers: { authorization: `Bearer ${token}` } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

export interface OidcProviderOptions {
  redirectUri: string;
  clientId?: string;
  /** Adds a native client with the authorization-code grant and PKCE, registered with these redirect URIs. */
  codeFlow?: { clientId?: string; redirectUris: string[] };
  /** Serve on https with this key and certificate (PEM); the issuer is then https://127.0.0.1:PORT. */
  tls?: { key: string; cert: string };
}

function codeFlowClient(codeFlow: NonNullable<OidcProviderOptions['codeFlow']>) {
  return {
    client_id: codeFlow.clientId ?? 'scim-wizard-code-test',
    application_type: 'native',
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: codeFlow.redirectUris,
  };
}

export async function startOidcProvider(options: OidcProviderOptions): Promise<OidcProviderHandle> {
  const { default: Provider, interactionPolicy } = (await import(MODULE_NAME)) as OidcProviderModule;
  const clientId = options.clientId ?? 'scim-wizard-test';
  const codeClient = options.codeFlow ? codeFlowClient(options.codeFlow) : null;

  const server = options.tls ? createTlsServer({ key: options.tls.key, cert: options.tls.cert }) : createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const issuer = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;

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
      ...(codeClient ? [codeClient] : []),
    ],
    responseTypes: codeClient ? ['id_token token', 'code'] : ['id_token token'],
    scopes: codeClient ? ['openid', 'offline_access', 'profile'] : ['openid'],
    claims: codeClient ? { openid: ['sub'], profile: ['name', 'preferred_username'] } : { openid: ['sub'] },
    jwks: { keys: [{ ...signingKey, kid: 'test-signing-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    features: { devInteractions: { enabled: true } },
    // The code client's ID token carries name and preferred_username (msal-node's account name and username);
    // by default oidc-provider puts scope claims only in userinfo when an access token is issued.
    ...(codeClient ? { conformIdTokenClaims: false } : {}),
    // Explicit lifetimes (seconds), which also keeps the provider from printing a notice per default.
    ttl: { AccessToken: 3600, IdToken: 3600, Interaction: 600, Grant: 3600, Session: 3600 },
    interactions: { policy },
    findAccount: (_ctx: unknown, accountId: string) => ({
      accountId,
      claims: () => ({ sub: accountId, name: accountId, preferred_username: `${accountId}@example.test` }),
    }),
    loadExistingGrant: async (ctx: ProviderContext) => {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      // The code-flow client gets the real consent prompt, which a test accepts or refuses.
      if (oidc.client.clientId === codeClient?.client_id) return undefined;
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
    ...(codeClient ? { codeClientId: codeClient.client_id } : {}),
    tokenUrl: `${issuer}/token`,
    isValidAccessToken: async (token) => {
      if (options.tls) return (await tlsGet(`${issuer}/me`, token, options.tls.cert)) === 200;
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
