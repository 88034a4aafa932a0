import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import type { ResponseOf } from '../../shared/ipc/contract';
import { NON_GALLERY_TEMPLATE_ID } from '../support/graph-server';
import { newDataDir, startBrowserHost, type RunningHost } from './support/browser-host';
import { cxoneSessions } from './support/cxone-session';
import { GRAPH_ADMIN_LOGIN, GRAPH_TEST_GROUP, GRAPH_TEST_USER, type GraphPeers } from './support/graph-peers';
import { TEST_ORG_ID } from './support/webex-peers';
import { webexSessions } from './support/webex-session';
import { signInAtProvider } from './support/webex-walk';

/**
 * The end-to-end rig for issue 11 §2, proved without the UI: the test calls the browser-mode host's HTTP API
 * (`POST /api/<channel>` with the launch token, as the page does) and opens the sign-in pages the answers name in
 * Chromium (Webex, then CXone with Entra ID). The Microsoft sign-in runs against a real OpenID provider on https://127.0.0.1 (trusted by the host
 * only through NODE_EXTRA_CA_CERTS), the Graph calls against the local Graph, and Graph's provisioning calls
 * against the Webex SCIM peer with the token captured from the Webex test provider. It stays as the regression
 * test of the graph.* channels over HTTP.
 */

const sessions = webexSessions();
const cxone = cxoneSessions();
const p = { profileId: 'default' };
const contexts: BrowserContext[] = [];
const hosts: RunningHost[] = [];

test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
  for (const host of hosts.splice(0)) await host.stop();
});

/** graph.setClientId with the provider's client, then graph.signIn as the page would start it in browser mode. */
async function startMicrosoftSignIn(host: RunningHost, graph: GraphPeers) {
  expect(await host.api.data('graph.setClientId', { ...p, clientId: graph.clientId })).toMatchObject({ ok: true });
  return host.api.data('graph.signIn', { ...p, opener: 'system-browser' });
}

/** Opens the authorize URL in a tab, completes the provider's pages, and answers graph.signIn.await. */
async function finishMicrosoftSignIn(host: RunningHost, graph: GraphPeers, context: BrowserContext, started: ResponseOf<'graph.signIn'>) {
  const tab = await context.newPage();
  await tab.goto(started.authorizeUrl);
  expect(await graph.signInAtMicrosoft(tab)).toBe('signed-in');
  return host.api.data('graph.signIn.await', { signInId: started.signInId });
}

/** The provider's pages have a self-signed certificate: the browser is told to accept it (the host trusts it by CA file). */
async function newTrustingContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  contexts.push(context);
  return context;
}

test('Microsoft sign-in at the local provider, then the whole Entra side for Webex through the graph channels', async ({ browser }) => {
  const { peers, host } = await sessions.start({ peers: { graph: true } });
  const graph = peers.graph!;
  const { api } = host;
  const context = await newTrustingContext(browser);

  // The Webex side through its own channels: offer, Org ID, and a token captured at the Webex test provider.
  await api.data('profile.selectIntegration', { ...p, integrationId: 'webex-entra' });
  expect(await api.data('profile.saveField', { ...p, fieldId: 'webex.offer', value: 'commercial' })).toMatchObject({ ok: true });
  expect(await api.data('profile.saveField', { ...p, fieldId: 'webex.tenantUrl', value: TEST_ORG_ID })).toMatchObject({ ok: true });
  const capture = await api.data('signIn.start', { ...p, actionId: 'capture-token', opener: 'system-browser' });
  const webexTab = await context.newPage();
  await webexTab.goto(capture.authorizeUrl);
  await signInAtProvider(webexTab);
  await expect(webexTab.locator('#capture-status')).toHaveAttribute('data-outcome', 'captured');
  await api.data('signIn.await', { captureId: capture.captureId });

  // The Microsoft sign-in: the profile's client ID, the system-browser opener (browser mode: the page opens it).
  const started = await startMicrosoftSignIn(host, graph);
  expect(started.openedBy).toBe('renderer');
  // Registered as http://127.0.0.1/graph-sign-in without a port; the provider takes the listener's own port (RFC 8252 §7.3).
  const redirect = new URL(started.redirectUri);
  expect({ protocol: redirect.protocol, hostname: redirect.hostname, pathname: redirect.pathname }).toEqual({
    protocol: 'http:',
    hostname: '127.0.0.1',
    pathname: '/graph-sign-in',
  });
  expect(Number(redirect.port)).toBeGreaterThan(0);
  const authorize = new URL(started.authorizeUrl);
  expect(authorize.origin).toBe(graph.provider.issuer);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('prompt')).toBe('consent');
  const signedIn = await finishMicrosoftSignIn(host, graph, context, started);
  expect(signedIn.account.username).toBe(`${GRAPH_ADMIN_LOGIN}@example.test`);
  expect(signedIn.profile.graph?.signedInAt).toEqual(expect.any(String));
  expect(await api.data('graph.status', p)).toMatchObject({ signedIn: true });

  // The Entra side against the local Graph, which takes only the provider's access tokens.
  const found = await api.data('graph.findApp', { ...p, nameStartsWith: '' });
  expect(found.template.displayName).toBe('Cisco Webex');
  const created = await api.data('graph.createApp', { ...p, displayName: 'Cisco Webex' });
  expect(graph.graph.store.servicePrincipals.get(created.app.servicePrincipalId)?.displayName).toBe('Cisco Webex');

  const users = await api.data('graph.searchPrincipals', { ...p, query: 'alex' });
  const alex = users.principals.find((principal) => principal.displayName === GRAPH_TEST_USER.displayName);
  expect(alex).toMatchObject({ type: 'User', detail: GRAPH_TEST_USER.userPrincipalName });
  const groups = await api.data('graph.searchPrincipals', { ...p, query: 'pilot' });
  expect(groups.principals).toEqual([expect.objectContaining({ type: 'Group', displayName: GRAPH_TEST_GROUP.displayName })]);
  await api.data('graph.assign', { ...p, principalId: alex!.id, principalType: 'User' });

  const setUp = await api.data('graph.setUpProvisioning', { ...p, notificationEmail: 'admin@contoso.example' });
  expect(setUp.profile.graphProgress?.credentialsSavedAt).toEqual(expect.any(String));
  // validateCredentials really reached the Webex SCIM peer at the tenant URL (Entra's Test Connection query).
  expect(peers.scim.requests.some((request) => request.path.endsWith('/Users') && request.query.filter?.startsWith('userName eq'))).toBe(true);
  await api.data('graph.startProvisioning', p);

  const onDemand = await api.data('graph.provisionOnDemand', { ...p, userId: null });
  expect(onDemand.userId).toBe(alex!.id);
  expect(onDemand.result.status).toBe('success');
  expect(onDemand.logEntries).toEqual([expect.objectContaining({ action: 'create', status: 'success' })]);
  // The user is now on the SCIM peer: read back with the credential Graph's call carried (the captured Webex token).
  const created201 = peers.scim.requests.find((request) => request.method === 'POST' && request.path.endsWith('/Users'));
  expect(created201?.authorization).toMatch(/^Bearer /);
  const filter = encodeURIComponent(`userName eq "${GRAPH_TEST_USER.userPrincipalName}"`);
  const onScim = await fetch(`${peers.scim.tenantUrl}/Users?filter=${filter}`, { headers: { authorization: created201!.authorization! } });
  expect(((await onScim.json()) as { totalResults: number }).totalResults).toBe(1);
  // That token went to Graph (as SecretToken) and to nothing the host printed.
  expect(host.output()).not.toContain(created201!.authorization!.slice('Bearer '.length));

  const schema = await api.data('graph.readSchema', p);
  expect(schema.objectMappingName).toEqual(expect.any(String));
  expect(schema.findings?.length).toBeGreaterThan(0);

  // Every Graph call carried a token the provider issued (none refused as unauthenticated).
  expect(graph.graph.requests.length).toBeGreaterThan(0);
  expect(graph.graph.requests.filter((request) => request.status === 401)).toEqual([]);
});

test('CXone with Entra ID: the same rig on the CXone session, provisioning into the CXone peers with the stored bearer token', async ({ browser }) => {
  const session = await cxone.start({ graph: true });
  const graph = session.graph!;
  const { api } = session.host;
  const context = await newTrustingContext(browser);
  await api.data('profile.selectIntegration', { ...p, integrationId: 'cxone' });
  for (const [fieldId, value] of [
    ['cxone.idp', 'entra'],
    ['cxone.environment', 'standard'],
    ['cxone.region', 'na1'],
  ] as const) {
    expect(await api.data('profile.saveField', { ...p, fieldId, value })).toMatchObject({ ok: true });
  }
  expect(await api.data('secrets.save', { ...p, secretId: 'cxone-bearer-token', value: session.secrets.bearerToken, expiresAt: null })).toMatchObject({
    ok: true,
  });

  await finishMicrosoftSignIn(session.host, graph, context, await startMicrosoftSignIn(session.host, graph));
  const found = await api.data('graph.findApp', { ...p, nameStartsWith: '' });
  expect(found.template.id).toBe(NON_GALLERY_TEMPLATE_ID);
  const created = await api.data('graph.createApp', { ...p, displayName: 'NICE CXone Mpower' });
  const alex = (await api.data('graph.searchPrincipals', { ...p, query: 'alex' })).principals[0]!;
  await api.data('graph.assign', { ...p, principalId: alex.id, principalType: 'User' });
  await api.data('graph.setUpProvisioning', { ...p, notificationEmail: null });
  const secrets = graph.graph.store.instances.get(created.app.servicePrincipalId)!.secrets;
  expect(secrets.find((pair) => pair.key === 'BaseAddress')?.value).toBe(session.peers.urls('na1').oauthScimBaseUrl);
  await api.data('graph.startProvisioning', p);
  expect((await api.data('graph.provisionOnDemand', { ...p, userId: null })).result.status).toBe('success');
  expect(
    session.peers.requests.some((request) => request.endpoint === 'oauth-scim' && request.method === 'POST' && request.credential === 'bearer-token'),
  ).toBe(true);
  expect(session.host.output()).not.toContain(session.secrets.bearerToken);
});

test('without the provider certificate in NODE_EXTRA_CA_CERTS the host cannot reach the sign-in authority', async () => {
  // Same endpoints file, a host started without the CA: msal-node's default network client (Node's fetch) refuses the certificate.
  const { peers } = await sessions.start({ peers: { graph: true } });
  const bare = await startBrowserHost({ dataDir: newDataDir(), endpointsFile: peers.endpointsFile, env: { NODE_EXTRA_CA_CERTS: '' } });
  hosts.push(bare);
  await bare.api.data('profile.selectIntegration', { ...p, integrationId: 'webex-entra' });
  await bare.api.data('graph.setClientId', { ...p, clientId: peers.graph!.clientId });
  expect(await bare.api.error('graph.signIn', { ...p, opener: 'system-browser' })).toMatchObject({ code: 'GRAPH_AUTHORITY_UNREACHABLE' });
});

test('the graph block refuses `scopes` and `prompt` beside Microsoft’s own authority, naming the key', async () => {
  const dir = newDataDir();
  const endpointsFile = join(dir, 'endpoints.json');
  writeFileSync(endpointsFile, JSON.stringify({ graph: { scopes: ['openid'], prompt: 'consent' } }));
  const failure = await startBrowserHost({ dataDir: dir, endpointsFile }).then(
    (started) => void hosts.push(started),
    (error: Error) => error.message,
  );
  expect(failure).toContain('graph.scopes');
  expect(failure).toContain('graph.prompt');
});
