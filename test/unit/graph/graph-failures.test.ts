import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../support/free-port';
import { GRAPH_TOKEN, ORG_ID, PROFILE, WEBEX_TOKEN, readyWebexRig, type GraphRig } from './graph-rig';

/**
 * Graph's documented failures, each as the app's error code with params that say what to do:
 * 403 names the permission, 404 says what is missing, 429 carries Retry-After, a SCIM side that
 * refuses the tenant URL or the token fails end to end. No error carries a token.
 */

let rig: GraphRig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const p = { profileId: PROFILE };

async function appWithUser(r: GraphRig): Promise<string> {
  await r.data('graph.createApp', { ...p, displayName: 'Cisco Webex' });
  const user = (await r.data('graph.searchPrincipals', { ...p, query: 'alex' })).principals[0]!;
  await r.data('graph.assign', { ...p, principalId: user.id, principalType: 'User' });
  return user.id;
}

function expectNoSecrets(r: GraphRig): void {
  for (const secret of [WEBEX_TOKEN, GRAPH_TOKEN]) {
    expect(r.answers.join('\n')).not.toContain(secret);
    expect(r.logLines.join('\n')).not.toContain(secret);
    expect(r.settingsFile()).not.toContain(secret);
  }
}

describe('Graph failures as error codes', () => {
  it('403 Authorization_RequestDenied names the permission the call needs; nothing is recorded', async () => {
    rig = await readyWebexRig({ deny: ['applicationTemplates.instantiate'] });
    const error = await rig.error('graph.createApp', { ...p, displayName: 'Cisco Webex' });
    expect(error).toMatchObject({
      code: 'GRAPH_PERMISSION_MISSING',
      params: { permission: 'Application.ReadWrite.All', status: 403, graphCode: 'Authorization_RequestDenied', operation: 'instantiate' },
    });
    expect(error.params?.clientRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(rig.profile().graphProgress).toBeUndefined();
  });

  it('403 on the assignment names AppRoleAssignment.ReadWrite.All', async () => {
    rig = await readyWebexRig({ deny: ['servicePrincipals.appRoleAssignedTo.create'] });
    await rig.data('graph.createApp', { ...p, displayName: 'Cisco Webex' });
    const user = (await rig.data('graph.searchPrincipals', { ...p, query: 'alex' })).principals[0]!;
    const error = await rig.error('graph.assign', { ...p, principalId: user.id, principalType: 'User' });
    expect(error).toMatchObject({ code: 'GRAPH_PERMISSION_MISSING', params: { permission: 'AppRoleAssignment.ReadWrite.All' } });
    expect(rig.profile().graphProgress?.assignments).toEqual([]);
  });

  it('429 carries Retry-After as retryAfterSeconds, and the next call goes through', async () => {
    rig = await readyWebexRig({ throttle: { 'applicationTemplates.list': { retryAfterSeconds: 7 } } });
    const error = await rig.error('graph.findApp', { ...p, nameStartsWith: '' });
    expect(error).toMatchObject({ code: 'GRAPH_THROTTLED', params: { retryAfterSeconds: 7, status: 429, graphCode: 'TooManyRequests' } });
    expect((await rig.data('graph.findApp', { ...p, nameStartsWith: '' })).template.displayName).toBe('Cisco Webex');
  });

  it('404: an app that no longer exists, and a user that no longer exists', async () => {
    rig = await readyWebexRig();
    expect(await rig.error('graph.useExistingApp', { ...p, servicePrincipalId: randomUUID() })).toMatchObject({
      code: 'GRAPH_NOT_FOUND',
      params: { variant: 'app', status: 404, graphCode: 'Request_ResourceNotFound' },
    });
    await rig.data('graph.createApp', { ...p, displayName: 'Cisco Webex' });
    expect(await rig.error('graph.assign', { ...p, principalId: randomUUID(), principalType: 'User' })).toMatchObject({
      code: 'GRAPH_NOT_FOUND',
      params: { variant: 'principal' },
    });
  });

  it('a template missing from the gallery is GRAPH_NOT_FOUND naming it', async () => {
    rig = await readyWebexRig();
    rig.graph.store.catalog.splice(
      rig.graph.store.catalog.findIndex((entry) => entry.template.displayName === 'Cisco Webex'),
      1,
    );
    expect(await rig.error('graph.createApp', { ...p, displayName: 'Cisco Webex' })).toMatchObject({
      code: 'GRAPH_NOT_FOUND',
      params: { variant: 'template', template: 'Cisco Webex' },
    });
  });

  it('a tenant URL of another organisation is refused by the SCIM side: GRAPH_CREDENTIALS_REJECTED at validate-credentials, nothing saved', async () => {
    rig = await readyWebexRig();
    await appWithUser(rig);
    rig.setFields({ 'webex.tenantUrl': rig.scim.tenantUrl.replace(ORG_ID, randomUUID()) });
    const error = await rig.error('graph.setUpProvisioning', { ...p, notificationEmail: 'admin@contoso.example' });
    expect(error).toMatchObject({ code: 'GRAPH_CREDENTIALS_REJECTED', params: { step: 'validate-credentials', status: 400 } });
    expect(String(error.params?.detail)).toContain('404');
    const progress = rig.profile().graphProgress!;
    // The job exists (a retry reuses it); the credentials were not saved.
    expect(progress.jobId).not.toBeNull();
    expect(progress.credentialsSavedAt).toBeNull();
    expect(rig.graph.store.instances.get(progress.servicePrincipalId)?.secrets).toEqual([]);
    expectNoSecrets(rig);
  });

  it('a wrong token is refused by the SCIM side end to end; after storing the right one, the retry reuses the job and saves', async () => {
    rig = await readyWebexRig();
    await appWithUser(rig);
    const wrong = WEBEX_TOKEN.replace('_PF84_', '_PF84_X');
    await rig.storeToken('webex-bearer-token', wrong);
    const error = await rig.error('graph.setUpProvisioning', { ...p, notificationEmail: null });
    expect(error).toMatchObject({ code: 'GRAPH_CREDENTIALS_REJECTED', params: { step: 'validate-credentials' } });
    expect(String(error.params?.detail)).toContain('401');
    expect(JSON.stringify(error)).not.toContain(wrong);
    const jobId = rig.profile().graphProgress?.jobId;

    await rig.storeToken('webex-bearer-token', WEBEX_TOKEN);
    const setUp = await rig.data('graph.setUpProvisioning', { ...p, notificationEmail: null });
    expect(setUp.jobId).toBe(jobId);
    expect(rig.graph.store.instances.get(setUp.profile.graphProgress!.servicePrincipalId)?.jobs.size).toBe(1);
    expect(rig.answers.join('\n')).not.toContain(wrong);
    expect(rig.logLines.join('\n')).not.toContain(wrong);
    expectNoSecrets(rig);
  });

  it('a token Graph does not accept is GRAPH_REQUEST_FAILED (unauthorized): sign in again', async () => {
    rig = await readyWebexRig();
    rig.services.graphSignIn.getAccessToken = () => Promise.resolve({ accessToken: 'expired-graph-token', expiresOn: null });
    expect(await rig.error('graph.findApp', { ...p, nameStartsWith: '' })).toMatchObject({
      code: 'GRAPH_REQUEST_FAILED',
      params: { variant: 'unauthorized', status: 401, graphCode: 'InvalidAuthenticationToken' },
    });
  });

  it('Graph out of reach is GRAPH_UNREACHABLE with the host', async () => {
    rig = await readyWebexRig();
    // A loopback port nothing listens on.
    const host = `127.0.0.1:${await freePort()}`;
    rig.services.graphSignIn.endpoints = { ...rig.services.graphSignIn.endpoints, graphBaseUrl: `http://${host}/v1.0` };
    expect(await rig.error('graph.findApp', { ...p, nameStartsWith: '' })).toMatchObject({ code: 'GRAPH_UNREACHABLE', params: { host } });
  });

  it('actions out of order are refused with what to do first', async () => {
    rig = await readyWebexRig();
    expect(await rig.error('graph.setHidden', { ...p, hidden: true })).toMatchObject({ code: 'VALIDATION_FAILED', params: { reason: 'graph-no-app' } });
    await rig.data('graph.createApp', { ...p, displayName: 'Cisco Webex' });
    expect(await rig.error('graph.startProvisioning', p)).toMatchObject({ code: 'VALIDATION_FAILED', params: { reason: 'graph-no-job' } });
    expect(await rig.error('graph.setUpProvisioning', { ...p, notificationEmail: 'not an address' })).toMatchObject({
      params: { reason: 'graph-bad-email' },
    });
    rig.setFields({ 'webex.tenantUrl': '' });
    expect(await rig.error('graph.setUpProvisioning', { ...p, notificationEmail: null })).toMatchObject({ params: { reason: 'graph-no-base-url' } });
  });
});
