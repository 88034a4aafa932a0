import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ACCESS_ROLE_ID, type GraphServer } from '../../support/graph-server';
import { startScimServer, type ScimServer } from '../../support/scim-server';
import { errorOf, graphCall, instantiateWebex, startPeer, valueOf } from './graph-call';

/** provisionOnDemand creates the user in the real SCIM server with the saved credentials, and the provisioning log records it. */

const ORG_ID = 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c';
const SCIM_TOKEN = 'webex-scim-bearer-token-0123456789abcdef';

let scim: ScimServer;
let server: GraphServer;

interface Flow {
  spId: string;
  jobId: string;
  ruleId: string;
}

beforeAll(async () => {
  scim = await startScimServer({ orgId: ORG_ID, bearerToken: SCIM_TOKEN, users: [{ userName: 'already@contoso.com' }] });
  server = await startPeer({
    users: [
      { userPrincipalName: 'wanda.kim@contoso.com', displayName: 'Wanda Kim', givenName: 'Wanda', surname: 'Kim' },
      { userPrincipalName: 'already@contoso.com', displayName: 'Already There' },
      { userPrincipalName: 'unassigned@contoso.com', displayName: 'Not Assigned' },
      { userPrincipalName: 'default@contoso.com', displayName: 'Default Access' },
      { userPrincipalName: 'grouped@contoso.com', displayName: 'In A Group' },
    ],
    groups: [{ displayName: 'Webex pilot', members: ['grouped@contoso.com'] }],
  });
});
afterAll(async () => {
  await server.close();
  await scim.close();
});

const userId = (upn: string) => server.store.userByPrincipalName(upn)!.id;

/** The wizard's path: instantiate, assign, create the job, save credentials, read the rule id from the schema. */
async function setUp(secretToken = SCIM_TOKEN, baseAddress = scim.tenantUrl): Promise<Flow> {
  const { servicePrincipalId: spId, appRoleId } = await instantiateWebex(server, `Webex ${Math.random()}`);
  const assign = (principalId: string, roleId = appRoleId) =>
    graphCall(server, 'POST', `/servicePrincipals/${spId}/appRoleAssignedTo`, { body: { principalId, resourceId: spId, appRoleId: roleId } });
  for (const upn of ['wanda.kim@contoso.com', 'already@contoso.com']) expect((await assign(userId(upn))).status).toBe(201);
  expect((await assign(userId('default@contoso.com'), DEFAULT_ACCESS_ROLE_ID)).status).toBe(201);
  expect((await assign([...server.store.groups.values()][0]!.id)).status).toBe(201);
  const templateId = valueOf<{ id: string }>(await graphCall(server, 'GET', `/servicePrincipals/${spId}/synchronization/templates`))[0]!.id;
  const jobId = (await graphCall(server, 'POST', `/servicePrincipals/${spId}/synchronization/jobs`, { body: { templateId } })).json!.id as string;
  const saved = await graphCall(server, 'PUT', `/servicePrincipals/${spId}/synchronization/secrets`, {
    body: {
      value: [
        { key: 'BaseAddress', value: baseAddress },
        { key: 'SecretToken', value: secretToken },
      ],
    },
  });
  expect(saved.status).toBe(204);
  const schema = (await graphCall(server, 'GET', `/servicePrincipals/${spId}/synchronization/jobs/${jobId}/schema`)).json as {
    synchronizationRules: Array<{ id: string }>;
  };
  return { spId, jobId, ruleId: schema.synchronizationRules[0]!.id };
}

const provision = (flow: Flow, objectId: string, overrides: Record<string, unknown> = {}) =>
  graphCall(server, 'POST', `/servicePrincipals/${flow.spId}/synchronization/jobs/${flow.jobId}/provisionOnDemand`, {
    body: { parameters: [{ subjects: [{ objectId, objectTypeName: 'User' }], ruleId: flow.ruleId, ...overrides }] },
  });

function resultOf(answer: Awaited<ReturnType<typeof graphCall>>) {
  const json = answer.json as { key: string; value: string };
  return { key: JSON.parse(json.key) as { result: string; details: Record<string, string> }, value: JSON.parse(json.value) as Record<string, unknown> };
}

describe('provisionOnDemand', () => {
  it('creates the assigned user in the SCIM service with the mapped attributes and answers the documented pair', async () => {
    const flow = await setUp();
    scim.requests.length = 0;
    const answer = await provision(flow, userId('wanda.kim@contoso.com'));
    expect(answer.status).toBe(200);
    expect(answer.json!['@odata.context']).toBe(`${server.graphBase}/$metadata#microsoft.graph.stringKeyStringValuePair`);
    const { key, value } = resultOf(answer);
    expect(key).toEqual({ result: 'Success', details: {} });
    expect(value).toMatchObject({
      action: 'Create',
      reportableIdentifier: 'wanda.kim@contoso.com',
      statusInfo: { status: 'Success' },
      sourceIdentity: { id: userId('wanda.kim@contoso.com'), type: 'User' },
    });

    expect(scim.requests.map((request) => `${request.method} ${request.path}`)).toEqual([`GET /v1/scim/${ORG_ID}/Users`, `POST /v1/scim/${ORG_ID}/Users`]);
    expect(scim.requests.every((request) => request.authorization === `Bearer ${SCIM_TOKEN}`)).toBe(true);
    const lookup = await fetch(`${scim.tenantUrl}/Users?filter=${encodeURIComponent('userName eq "wanda.kim@contoso.com"')}`, {
      headers: { authorization: `Bearer ${SCIM_TOKEN}` },
    });
    const created = ((await lookup.json()) as { Resources: Array<Record<string, unknown>> }).Resources[0]!;
    expect(created).toMatchObject({
      userName: 'wanda.kim@contoso.com',
      displayName: 'Wanda Kim',
      name: { givenName: 'Wanda', familyName: 'Kim' },
      active: true,
      externalId: userId('wanda.kim@contoso.com'),
    });
    expect((value.targetIdentity as { id: string }).id).toBe(created.id);
  });

  it('skips a user the SCIM service already has (RedundantExport), as the documented example', async () => {
    const flow = await setUp();
    const { key } = resultOf(await provision(flow, userId('already@contoso.com')));
    expect(key).toMatchObject({ result: 'Skipped', details: { errorCode: 'RedundantExport' } });
  });

  it('provisions a user assigned through a group', async () => {
    const flow = await setUp();
    expect(resultOf(await provision(flow, userId('grouped@contoso.com'))).key.result).toBe('Success');
  });

  it.each([
    ['a user not assigned to the app', 'unassigned@contoso.com'],
    ['a user assigned only with Default Access', 'default@contoso.com'],
  ])('skips %s without calling the SCIM service', async (_what, upn) => {
    const flow = await setUp();
    scim.requests.length = 0;
    const { key } = resultOf(await provision(flow, userId(upn)));
    expect(key).toMatchObject({ result: 'Skipped', details: { errorCode: 'NotEffectivelyEntitled' } });
    expect(scim.requests).toHaveLength(0);
  });

  it('fails end to end with a saved token the SCIM service rejects, and the log says so', async () => {
    const flow = await setUp('revoked-token');
    const { key, value } = resultOf(await provision(flow, userId('wanda.kim@contoso.com')));
    expect(key.result).toBe('Failure');
    expect(key.details.errorMessage).toContain('HTTP/401');
    expect(JSON.stringify(value)).not.toContain('revoked-token');
    const logs = valueOf(await graphCall(server, 'GET', `/auditLogs/provisioning?$filter=${encodeURIComponent(`jobId eq '${flow.jobId}'`)}`));
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ provisioningStatusInfo: { status: 'failure' } });
  });

  it('fails with a saved tenant URL of another organisation', async () => {
    const flow = await setUp(SCIM_TOKEN, `${scim.baseUrl}/00000000-0000-0000-0000-000000000000`);
    const { key } = resultOf(await provision(flow, userId('wanda.kim@contoso.com')));
    expect(key.result).toBe('Failure');
    expect(key.details.errorMessage).toContain('HTTP/404');
  });

  it.each([
    ['a ruleId not in the schema', { ruleId: 'ea807875-5618-4f0a-9125-0b46a05298ca' }, 400],
    ['a Group subject', { subjects: [{ objectId: 'x', objectTypeName: 'Group' }] }, 400],
    ['an unknown member on the parameters', { scope: 'all' }, 400],
    [
      'two subjects',
      {
        subjects: [
          { objectId: 'a', objectTypeName: 'User' },
          { objectId: 'b', objectTypeName: 'User' },
        ],
      },
      400,
    ],
    ['an unknown user', { subjects: [{ objectId: '00000000-1111-2222-3333-444444444444', objectTypeName: 'User' }] }, 404],
  ])('refuses %s', async (_what, overrides, status) => {
    const flow = await setUp();
    const answer = await provision(flow, userId('wanda.kim@contoso.com'), overrides);
    expect(answer.status).toBe(status);
  });

  it('refuses a body without parameters and a job without saved credentials', async () => {
    const flow = await setUp();
    const bare = await graphCall(server, 'POST', `/servicePrincipals/${flow.spId}/synchronization/jobs/${flow.jobId}/provisionOnDemand`, {
      body: { subjects: [] },
    });
    expect(bare.status).toBe(400);
    await graphCall(server, 'PUT', `/servicePrincipals/${flow.spId}/synchronization/secrets`, { body: { value: [] } });
    const unsaved = await provision(flow, userId('wanda.kim@contoso.com'));
    expect(unsaved.status).toBe(400);
    expect(errorOf(unsaved).message).toContain('BaseAddress and SecretToken');
  });
});

describe('GET /auditLogs/provisioning', () => {
  it("finds a user's provisioning entries with $filter=sourceIdentity/id eq '...'", async () => {
    const flow = await setUp();
    const id = userId('grouped@contoso.com');
    await provision(flow, id);
    const answer = await graphCall(
      server,
      'GET',
      `/auditLogs/provisioning?$filter=${encodeURIComponent(`sourceIdentity/id eq '${id}' and servicePrincipal/id eq '${flow.spId}'`)}`,
    );
    expect(answer.status).toBe(200);
    expect(answer.json!['@odata.context']).toBe(`${server.graphBase}/$metadata#auditLogs/provisioning`);
    const [entry] = valueOf(answer);
    expect(entry).toMatchObject({
      jobId: flow.jobId,
      provisioningAction: 'other',
      provisioningStatusInfo: { status: 'skipped' },
      sourceIdentity: { identityType: 'User', id, displayName: 'In A Group' },
      servicePrincipal: { id: flow.spId },
      initiatedBy: { displayName: 'Azure AD Provisioning Service' },
    });
    expect((entry!.provisioningSteps as Array<{ provisioningStepType: string }>).map((step) => step.provisioningStepType)).toEqual([
      'import',
      'matching',
      'export',
    ]);
  });

  it('compares case-sensitively, as its reference page says, and orders by activityDateTime', async () => {
    const byName = (name: string) =>
      graphCall(
        server,
        'GET',
        `/auditLogs/provisioning?$filter=${encodeURIComponent(`sourceIdentity/displayName eq '${name}'`)}&$orderby=activityDateTime desc`,
      );
    expect(valueOf(await byName('Wanda Kim')).length).toBeGreaterThan(0);
    expect(valueOf(await byName('wanda kim'))).toEqual([]);
  });

  it('refuses an undocumented filter', async () => {
    const answer = await graphCall(server, 'GET', `/auditLogs/provisioning?$filter=${encodeURIComponent("startswith(jobId,'x')")}`);
    expect(answer.status).toBe(400);
  });
});

describe('provisionOnDemand rate limit', () => {
  it('answers 429 with Retry-After past 5 requests in 10 seconds', async () => {
    const other = await startPeer({ users: [{ userPrincipalName: 'u@contoso.com', displayName: 'U' }] });
    try {
      const { servicePrincipalId: spId } = await instantiateWebex(other);
      const templateId = valueOf<{ id: string }>(await graphCall(other, 'GET', `/servicePrincipals/${spId}/synchronization/templates`))[0]!.id;
      const jobId = (await graphCall(other, 'POST', `/servicePrincipals/${spId}/synchronization/jobs`, { body: { templateId } })).json!.id as string;
      await graphCall(other, 'PUT', `/servicePrincipals/${spId}/synchronization/secrets`, {
        body: {
          value: [
            { key: 'BaseAddress', value: scim.tenantUrl },
            { key: 'SecretToken', value: SCIM_TOKEN },
          ],
        },
      });
      const ruleId = (
        (await graphCall(other, 'GET', `/servicePrincipals/${spId}/synchronization/jobs/${jobId}/schema`)).json as {
          synchronizationRules: Array<{ id: string }>;
        }
      ).synchronizationRules[0]!.id;
      const body = { parameters: [{ subjects: [{ objectId: other.store.userByPrincipalName('u@contoso.com')!.id, objectTypeName: 'User' }], ruleId }] };
      const statuses: number[] = [];
      let last;
      for (let call = 0; call < 6; call += 1) {
        last = await graphCall(other, 'POST', `/servicePrincipals/${spId}/synchronization/jobs/${jobId}/provisionOnDemand`, { body });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });
});

describe('provisionOnDemand for a non-gallery (CXone) app', () => {
  it('creates the user at a SCIM base of another shape with the non-gallery default mappings', async () => {
    const cxoneToken = 'cxone-scim-bearer-0123456789abcdefghijklmnop';
    const cxone = await startScimServer({ mounts: [{ path: '/na1/scim/v2', acceptToken: (token) => token === cxoneToken }] });
    try {
      const templateId = '8adf8e6e-67b2-4cf2-a259-e3dc5476c621';
      const created = await graphCall(server, 'POST', `/applicationTemplates/${templateId}/instantiate`, { body: { displayName: 'NICE CXone' } });
      const sp = (created.json as { servicePrincipal: { id: string; appRoles: Array<{ id: string; displayName: string }> } }).servicePrincipal;
      const wanda = userId('wanda.kim@contoso.com');
      const userRole = sp.appRoles.find((role) => role.displayName === 'User')!.id;
      await graphCall(server, 'POST', `/servicePrincipals/${sp.id}/appRoleAssignedTo`, {
        body: { principalId: wanda, resourceId: sp.id, appRoleId: userRole },
      });
      const syncTemplate = valueOf<{ id: string }>(await graphCall(server, 'GET', `/servicePrincipals/${sp.id}/synchronization/templates`))[0]!.id;
      const jobId = (await graphCall(server, 'POST', `/servicePrincipals/${sp.id}/synchronization/jobs`, { body: { templateId: syncTemplate } })).json!
        .id as string;
      await graphCall(server, 'PUT', `/servicePrincipals/${sp.id}/synchronization/secrets`, {
        body: {
          value: [
            { key: 'BaseAddress', value: cxone.tenantUrl },
            { key: 'SecretToken', value: cxoneToken },
          ],
        },
      });
      const ruleId = (
        (await graphCall(server, 'GET', `/servicePrincipals/${sp.id}/synchronization/jobs/${jobId}/schema`)).json as {
          synchronizationRules: Array<{ id: string }>;
        }
      ).synchronizationRules[0]!.id;
      const answer = await graphCall(server, 'POST', `/servicePrincipals/${sp.id}/synchronization/jobs/${jobId}/provisionOnDemand`, {
        body: { parameters: [{ subjects: [{ objectId: wanda, objectTypeName: 'User' }], ruleId }] },
      });
      expect(resultOf(answer).key.result).toBe('Success');
      const lookup = await fetch(`${cxone.tenantUrl}/Users?filter=${encodeURIComponent('userName eq "wanda.kim@contoso.com"')}`, {
        headers: { authorization: `Bearer ${cxoneToken}` },
      });
      const user = ((await lookup.json()) as { Resources: Array<Record<string, unknown>> }).Resources[0]!;
      expect(user).toMatchObject({
        userName: 'wanda.kim@contoso.com',
        emails: [{ type: 'work', value: 'wanda.kim@contoso.com', primary: true }],
        externalId: 'wanda.kim',
      });
    } finally {
      await cxone.close();
    }
  });
});
