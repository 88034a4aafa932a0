import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphServer } from '../../support/graph-server';
import { startScimServer, type ScimServer } from '../../support/scim-server';
import { errorOf, graphCall, instantiateWebex, startPeer, valueOf } from './graph-call';

/** validateCredentials against the real SCIM server the test starts: a wrong tenant URL or token fails end to end. */

const ORG_ID = 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c';
const SCIM_TOKEN = 'webex-scim-bearer-token-0123456789abcdef';

let scim: ScimServer;
let server: GraphServer;
let spId: string;
let jobId: string;
beforeAll(async () => {
  scim = await startScimServer({ orgId: ORG_ID, bearerToken: SCIM_TOKEN, users: [{ userName: 'existing@contoso.com' }] });
  server = await startPeer();
  ({ servicePrincipalId: spId } = await instantiateWebex(server));
  const templateId = valueOf<{ id: string }>(await graphCall(server, 'GET', `/servicePrincipals/${spId}/synchronization/templates`))[0]!.id;
  jobId = (await graphCall(server, 'POST', `/servicePrincipals/${spId}/synchronization/jobs`, { body: { templateId } })).json!.id as string;
});
afterAll(async () => {
  await server.close();
  await scim.close();
});
beforeEach(() => {
  scim.requests.length = 0;
});

const validate = (body: unknown, path = `/servicePrincipals/${spId}/synchronization/jobs/${jobId}/validateCredentials`) =>
  graphCall(server, 'POST', path, { body });
const credentials = (baseAddress: string, secretToken: string) => [
  { key: 'BaseAddress', value: baseAddress },
  { key: 'SecretToken', value: secretToken },
];

describe('validateCredentials', () => {
  it('answers 204 when the SCIM service takes the token, after querying a random userName as Entra’s Test Connection does', async () => {
    const answer = await validate({ credentials: credentials(scim.tenantUrl, SCIM_TOKEN) });
    expect(answer.status).toBe(204);
    expect(answer.json).toBeUndefined();
    expect(scim.requests).toHaveLength(1);
    const [request] = scim.requests;
    expect(request).toMatchObject({ method: 'GET', path: `/v1/scim/${ORG_ID}/Users`, authorization: `Bearer ${SCIM_TOKEN}` });
    expect(request!.query.filter).toMatch(/^userName eq "[0-9a-f-]{36}"$/);
  });

  it('refuses a token the SCIM service rejects, naming its answer', async () => {
    const answer = await validate({ credentials: credentials(scim.tenantUrl, 'wrong-token') });
    expect(answer.status).toBe(400);
    const error = errorOf(answer);
    expect(error.code).toBe('SystemForCrossDomainIdentityManagementCredentialValidationUnavailable');
    expect(error.message).toContain('HTTP/401');
    expect(error.message).not.toContain('wrong-token');
  });

  it('refuses a tenant URL with another Org ID (the SCIM side’s 404)', async () => {
    const answer = await validate({ credentials: credentials(`${scim.baseUrl}/00000000-0000-0000-0000-000000000000`, SCIM_TOKEN) });
    expect(answer.status).toBe(400);
    expect(errorOf(answer).message).toContain('HTTP/404');
  });

  it('refuses a tenant URL nobody answers', async () => {
    const closed = await startScimServer({ orgId: ORG_ID, bearerToken: SCIM_TOKEN });
    await closed.close();
    const answer = await validate({ credentials: credentials(closed.tenantUrl, SCIM_TOKEN) });
    expect(answer.status).toBe(400);
    expect(errorOf(answer).message).toContain('could not be reached');
  });

  it('refuses http on a host that is not loopback without calling it', async () => {
    const answer = await validate({ credentials: credentials('http://scim.example.com/v1/scim/x', SCIM_TOKEN) });
    expect(answer.status).toBe(400);
    expect(errorOf(answer).message).toContain('https');
  });

  it('checks the saved credentials with useSavedCredentials: true', async () => {
    await graphCall(server, 'PUT', `/servicePrincipals/${spId}/synchronization/secrets`, { body: { value: credentials(scim.tenantUrl, SCIM_TOKEN) } });
    expect((await validate({ useSavedCredentials: true })).status).toBe(204);
    await graphCall(server, 'PUT', `/servicePrincipals/${spId}/synchronization/secrets`, { body: { value: credentials(scim.tenantUrl, 'stale-token') } });
    expect((await validate({ useSavedCredentials: true, credentials: credentials(scim.tenantUrl, SCIM_TOKEN) })).status).toBe(400);
  });

  it('is also bound to the jobs collection, before a job exists', async () => {
    const answer = await validate(
      { credentials: credentials(scim.tenantUrl, SCIM_TOKEN) },
      `/servicePrincipals/${spId}/synchronization/jobs/validateCredentials`,
    );
    expect(answer.status).toBe(204);
  });

  it.each([
    ['no credentials and no useSavedCredentials', {}],
    ['a missing SecretToken', { credentials: [{ key: 'BaseAddress', value: 'https://x.example.com' }] }],
    ['an unknown key', { credentials: [{ key: 'TenantUrl', value: 'https://x.example.com' }] }],
    ['useSavedCredentials that is not a boolean', { useSavedCredentials: 'true' }],
    ['an extra member', { credentials: credentials('https://x.example.com', 't'), dryRun: true }],
  ])('refuses %s with 400 without calling the SCIM service', async (_what, body) => {
    const answer = await validate(body);
    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe('Request_BadRequest');
    expect(scim.requests).toHaveLength(0);
  });

  it('refuses an unknown job with 404', async () => {
    const answer = await validate(
      { credentials: credentials(scim.tenantUrl, SCIM_TOKEN) },
      `/servicePrincipals/${spId}/synchronization/jobs/nope/validateCredentials`,
    );
    expect(answer.status).toBe(404);
  });
});
