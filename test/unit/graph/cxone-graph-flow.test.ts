import { afterEach, describe, expect, it } from 'vitest';
import { NON_GALLERY_TEMPLATE_ID } from '../../support/graph-server';
import { startCxonePeers, type CxonePeers } from '../../support/cxone-peers';
import { GRAPH_TOKEN, PROFILE, startGraphRig, type GraphRig } from './graph-rig';

/**
 * CXone with Entra ID as the IdP, done through Graph: the non-gallery app (Microsoft's documented template id),
 * BaseAddress = the OAuth SCIM base of the chosen area (computed from the answers and the endpoints file),
 * SecretToken = the CXone bearer token from the keychain, provisioned for real into the CXone peer's SCIM server.
 */

const BEARER = 'cxone-scim-bearer-token-for-graph-tests-0a1b2c3d4e5f';
const p = { profileId: PROFILE };

let rig: GraphRig | null = null;
let peers: CxonePeers | null = null;
afterEach(async () => {
  await rig?.close();
  await peers?.close();
  rig = null;
  peers = null;
});

async function cxoneRig(idp: 'entra' | 'okta'): Promise<GraphRig> {
  peers = await startCxonePeers({ areas: ['na1'], accessKeyId: 'key-id', accessKeySecret: 'key-secret', bearerToken: BEARER });
  const r = await startGraphRig({ integrationId: 'cxone', endpoints: { cxone: { apiBaseUrl: peers.apiBaseUrl } } });
  r.setFields({ 'cxone.idp': idp, 'cxone.environment': 'standard', 'cxone.region': 'na1' });
  await r.storeToken('cxone-bearer-token', BEARER);
  return r;
}

describe('CXone with Entra ID, done through Microsoft Graph', () => {
  it('instantiates the non-gallery template, saves the OAuth SCIM base and the bearer token, provisions the test user', async () => {
    rig = await cxoneRig('entra');
    const r = rig;
    const found = await r.data('graph.findApp', { ...p, nameStartsWith: '' });
    expect(found.template.id).toBe(NON_GALLERY_TEMPLATE_ID);
    // The documented id needs no gallery lookup.
    expect(r.graph.requests.some((request) => request.path.endsWith('/applicationTemplates'))).toBe(false);

    const created = await r.data('graph.createApp', { ...p, displayName: 'NICE CXone Mpower' });
    expect(r.graph.store.servicePrincipals.get(created.app.servicePrincipalId)?.applicationTemplateId).toBe(NON_GALLERY_TEMPLATE_ID);
    const user = (await r.data('graph.searchPrincipals', { ...p, query: 'alex' })).principals[0]!;
    await r.data('graph.assign', { ...p, principalId: user.id, principalType: 'User' });
    await r.data('graph.setUpProvisioning', { ...p, notificationEmail: 'cc-admin@contoso.example' });
    const secrets = r.graph.store.instances.get(created.app.servicePrincipalId)!.secrets;
    expect(secrets.find((pair) => pair.key === 'BaseAddress')?.value).toBe(peers!.urls('na1').oauthScimBaseUrl);
    expect(secrets.find((pair) => pair.key === 'SecretToken')?.value).toBe(BEARER);

    await r.data('graph.startProvisioning', p);
    const onDemand = await r.data('graph.provisionOnDemand', { ...p, userId: null });
    expect(onDemand.result.status).toBe('success');
    expect(peers!.requests.some((request) => request.endpoint === 'oauth-scim' && request.method === 'POST' && request.credential === 'bearer-token')).toBe(
      true,
    );

    // CXone publishes no recommended Entra mappings: the schema is read, no comparison is made.
    const schema = await r.data('graph.readSchema', p);
    expect(schema).toMatchObject({ findings: null, objectMappingName: null });

    for (const secret of [BEARER, GRAPH_TOKEN]) {
      expect(r.answers.join('\n')).not.toContain(secret);
      expect(r.logLines.join('\n')).not.toContain(secret);
      expect(r.settingsFile()).not.toContain(secret);
    }
  });

  it('is not offered while the IdP is not Entra ID', async () => {
    rig = await cxoneRig('okta');
    expect(await rig.error('graph.findApp', { ...p, nameStartsWith: '' })).toMatchObject({
      code: 'VALIDATION_FAILED',
      params: { reason: 'graph-not-available' },
    });
  });
});
