import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from './support/tls-http';
import { NAMESPACE, startGraphSignInRig, type GraphSignInRig } from './support/graph-sign-in-rig';

/**
 * The whole Microsoft sign-in against a real OpenID provider (oidc-provider) on loopback:
 * authorize → login → consent → loopback redirect with a code → msal-node's token exchange with
 * the PKCE verifier → an access token the provider's userinfo accepts; then the keychain cache
 * across a "restart", and sign-out.
 */
let rig: GraphSignInRig | null = null;

beforeAll(async () => {
  rig = await startGraphSignInRig();
}, 60_000);

afterAll(async () => {
  await rig?.close();
});

const profileId = 'default';

describe('Microsoft sign-in (authorization code + PKCE) against oidc-provider', () => {
  it('signs in end to end and gets an access token the provider accepts', async (ctx) => {
    if (!rig) return ctx.skip('openssl is not installed: no certificate for the https test provider');
    const signIn = rig.newSignIn();
    const started = await signIn.start({ profileId, clientId: rig.clientId, opener: 'system-browser' });
    expect(rig.opened).toContain(started.authorizeUrl);
    expect(started.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graph-sign-in$/);
    const authorize = new URL(started.authorizeUrl);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('redirect_uri')).toBe(started.redirectUri);

    const { response } = await rig.newBrowser().signIn(started.authorizeUrl, { login: 'alice', consent: true });
    expect(response.status).toBe(200);
    expect(response.body).toContain('data-outcome="signed-in"');

    const account = await signIn.wait(started.signInId);
    expect(account.username).toBe('alice@example.test');

    // The token request carried the PKCE verifier, and it is the one whose challenge was sent.
    const tokenRequest = rig.network.requests.find((r) => r.method === 'POST' && r.url.startsWith(rig!.provider.tokenUrl));
    const form = new URLSearchParams(tokenRequest?.body ?? '');
    expect(form.get('grant_type')).toBe('authorization_code');
    expect(form.get('code_verifier')).toMatch(/^[A-Za-z0-9_-]{43,128}$/);

    // Read through a fresh service (as after a restart): msal-node has only the keychain's cache to go on.
    const { accessToken } = await rig.newSignIn().getAccessToken({ profileId, clientId: rig.clientId });
    expect(await rig.provider.isValidAccessToken(accessToken)).toBe(true);

    // Only the keychain holds the cache, under the profile's account; without the access token itself.
    const accounts = [...rig.keychain.entries.keys()];
    expect(accounts).toEqual([`${NAMESPACE}/${profileId}/graph-token-cache`]);
    const stored = rig.keychain.entries.get(accounts[0] ?? '') ?? '';
    expect(stored).toContain('"RefreshToken"');
    expect(stored).not.toContain(accessToken);
  }, 60_000);

  it('refreshes with the refresh token within the same launch (msal-node reloads its cache through the plugin)', async (ctx) => {
    if (!rig) return ctx.skip('openssl is not installed: no certificate for the https test provider');
    const signIn = rig.newSignIn();
    const started = await signIn.start({ profileId: 'same-launch', clientId: rig.clientId, opener: 'system-browser' });
    await rig.newBrowser().signIn(started.authorizeUrl, { login: 'erin', consent: true });
    await signIn.wait(started.signInId);
    // Only OIDC scopes are asked for, so no cached access token fits: msal-node must use the refresh token.
    const { accessToken } = await signIn.getAccessToken({ profileId: 'same-launch', clientId: rig.clientId });
    expect(await rig.provider.isValidAccessToken(accessToken)).toBe(true);
    await signIn.signOut('same-launch');
  }, 60_000);

  it('keeps the sign-in across a restart through the keychain, and forgets it on sign-out', async (ctx) => {
    if (!rig) return ctx.skip('openssl is not installed: no certificate for the https test provider');
    // A new service, new msal-node client: everything it knows comes from the keychain.
    const restarted = rig.newSignIn();
    const status = await restarted.status({ profileId, clientId: rig.clientId });
    expect(status).toMatchObject({ signedIn: true, account: { username: 'alice@example.test' } });
    const { accessToken } = await restarted.getAccessToken({ profileId, clientId: rig.clientId });
    expect(await rig.provider.isValidAccessToken(accessToken)).toBe(true);
    // The refresh went to the token endpoint: the access token was not in the keychain.
    const refresh = rig.network.requests.filter((r) => r.method === 'POST' && new URLSearchParams(r.body).get('grant_type') === 'refresh_token');
    expect(refresh.length).toBeGreaterThan(0);

    await restarted.signOut(profileId);
    expect([...rig.keychain.entries.keys()]).toEqual([]);
    expect(await restarted.status({ profileId, clientId: rig.clientId })).toEqual({ signedIn: false });
    await expect(restarted.getAccessToken({ profileId, clientId: rig.clientId })).rejects.toMatchObject({ code: 'GRAPH_SIGN_IN_REQUIRED' });
    expect(await rig.newSignIn().status({ profileId, clientId: rig.clientId })).toEqual({ signedIn: false });
  }, 60_000);

  it('keeps one Microsoft account per profile: a second sign-in replaces the first', async (ctx) => {
    if (!rig) return ctx.skip('openssl is not installed: no certificate for the https test provider');
    const signIn = rig.newSignIn();
    for (const login of ['grace', 'heidi']) {
      const started = await signIn.start({ profileId: 'two-admins', clientId: rig.clientId, opener: 'system-browser' });
      await rig.newBrowser().signIn(started.authorizeUrl, { login, consent: true });
      await signIn.wait(started.signInId);
    }
    expect(await rig.newSignIn().status({ profileId: 'two-admins', clientId: rig.clientId })).toMatchObject({
      signedIn: true,
      account: { username: 'heidi@example.test' },
    });
    const stored = rig.keychain.entries.get(`${NAMESPACE}/two-admins/graph-token-cache`) ?? '';
    expect(stored).toContain('heidi');
    expect(stored).not.toContain('grace');
    // Another client ID has no refresh token here: not signed in for it.
    expect(await rig.newSignIn().status({ profileId: 'two-admins', clientId: 'another-client' })).toEqual({ signedIn: false });
    await signIn.signOut('two-admins');
  }, 60_000);

  it('reports a refused consent as GRAPH_CONSENT_REQUIRED and stores nothing', async (ctx) => {
    if (!rig) return ctx.skip('openssl is not installed: no certificate for the https test provider');
    const signIn = rig.newSignIn();
    const started = await signIn.start({ profileId: 'refuser', clientId: rig.clientId, opener: 'system-browser' });
    const { response } = await rig.newBrowser().signIn(started.authorizeUrl, { login: 'bob', consent: false });
    expect(response.body).toContain('data-outcome="failed"');
    await expect(signIn.wait(started.signInId)).rejects.toMatchObject({
      code: 'GRAPH_CONSENT_REQUIRED',
      params: { error: 'access_denied', variant: 'denied' },
    });
    expect([...rig.keychain.entries.keys()].filter((k) => k.includes('/refuser/'))).toEqual([]);
  }, 60_000);

  it('refuses a redirect with the wrong state, then takes the right one once, then refuses a replay', async (ctx) => {
    if (!rig) return ctx.skip('openssl is not installed: no certificate for the https test provider');
    const signIn = rig.newSignIn();
    const started = await signIn.start({ profileId: 'state-check', clientId: rig.clientId, opener: 'system-browser' });
    const redirectUrl = await rig.newBrowser().signInUntilRedirect(started.authorizeUrl, 'carol');
    const forged = new URL(redirectUrl);
    forged.searchParams.set('state', 'not-the-state');
    expect((await rawRequest(forged.toString())).status).toBe(400);
    const missing = new URL(redirectUrl);
    missing.searchParams.delete('state');
    expect((await rawRequest(missing.toString())).status).toBe(400);

    expect((await rawRequest(redirectUrl)).status).toBe(200);
    await expect(signIn.wait(started.signInId)).resolves.toMatchObject({ username: 'carol@example.test' });
    // The listener has closed: a second delivery finds nobody (or, in the instant before, a 409).
    const replay = await rawRequest(redirectUrl).catch((error: NodeJS.ErrnoException) => error.code);
    expect(replay === 'ECONNREFUSED' || (typeof replay === 'object' && replay.status === 409)).toBe(true);
  }, 60_000);

  it('needs PKCE: the provider refuses the code without the verifier', async (ctx) => {
    if (!rig) return ctx.skip('openssl is not installed: no certificate for the https test provider');
    const signIn = rig.newSignIn();
    const started = await signIn.start({ profileId: 'pkce-check', clientId: rig.clientId, opener: 'system-browser' });
    const redirectUrl = await rig.newBrowser().signInUntilRedirect(started.authorizeUrl, 'dave');
    const code = new URL(redirectUrl).searchParams.get('code') ?? '';
    expect(code).not.toBe('');
    const answer = await rawRequest(rig.provider.tokenUrl, {
      method: 'POST',
      ca: rig.tls.cert,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, client_id: rig.clientId, redirect_uri: started.redirectUri }).toString(),
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ error: 'invalid_grant' });
    signIn.cancel(started.signInId);
  }, 60_000);
});
