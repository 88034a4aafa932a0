import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NON_GALLERY_TEMPLATE_ID, type GraphServer } from '../../support/graph-server';
import { errorOf, graphCall, instantiateWebex, startPeer, valueOf } from './graph-call';

interface Rule {
  id: string;
  name: string;
  objectMappings: Array<{
    sourceObjectName: string;
    attributeMappings: Array<{ targetAttributeName: string; matchingPriority: number; source: { name: string; expression: string } }>;
  }>;
}

let server: GraphServer;
let spId: string;
beforeAll(async () => {
  server = await startPeer();
  ({ servicePrincipalId: spId } = await instantiateWebex(server));
});
afterAll(() => server.close());

const base = () => `/servicePrincipals/${spId}/synchronization`;

async function createJob(servicePrincipalId = spId): Promise<string> {
  const templates = valueOf<{ id: string }>(await graphCall(server, 'GET', `/servicePrincipals/${servicePrincipalId}/synchronization/templates`));
  const created = await graphCall(server, 'POST', `/servicePrincipals/${servicePrincipalId}/synchronization/jobs`, { body: { templateId: templates[0]!.id } });
  return created.json!.id as string;
}

describe('synchronization templates and jobs', () => {
  it('lists the instance’s synchronization template with its schema', async () => {
    const answer = await graphCall(server, 'GET', `${base()}/templates`);
    expect(answer.status).toBe(200);
    const [template] = valueOf<{ id: string; factoryTag: string; schema: { synchronizationRules: Rule[] } }>(answer);
    expect(template!.id).toBeTruthy();
    expect(template!.schema.synchronizationRules[0]!.name).toBe('USER_TO_USER');
  });

  it('lists no template for an app without provisioning', async () => {
    const templateId = valueOf<{ id: string }>(
      await graphCall(server, 'GET', `/applicationTemplates?$filter=${encodeURIComponent("displayName eq 'Cisco Webex Meetings'")}`),
    )[0]!.id;
    const sp = (await graphCall(server, 'POST', `/applicationTemplates/${templateId}/instantiate`, { body: { displayName: 'Meetings' } })).json!
      .servicePrincipal as { id: string };
    expect(valueOf(await graphCall(server, 'GET', `/servicePrincipals/${sp.id}/synchronization/templates`))).toEqual([]);
  });

  it('creates a job from the template with 201, NotConfigured and Disabled', async () => {
    const templateId = valueOf<{ id: string }>(await graphCall(server, 'GET', `${base()}/templates`))[0]!.id;
    const answer = await graphCall(server, 'POST', `${base()}/jobs`, { body: { templateId } });
    expect(answer.status).toBe(201);
    expect(answer.json).toMatchObject({ templateId, schedule: { state: 'Disabled' }, status: { code: 'NotConfigured', quarantine: null } });
    expect(answer.json!.id).toMatch(new RegExp(`^${templateId}\\.[0-9a-f]{32}\\.[0-9a-f-]{36}$`));
    const read = await graphCall(server, 'GET', `${base()}/jobs/${answer.json!.id as string}`);
    expect(read.status).toBe(200);
    expect(read.json?.id).toBe(answer.json!.id);
  });

  it.each([
    ['an unknown template', { templateId: 'salesforce' }, "The synchronization template 'salesforce' does not exist"],
    ['a missing templateId', {}, "Required property 'templateId' is missing"],
    ['a member synchronizationJob does not have', { templateId: 'ciscoWebex', colour: 'red' }, "Property 'colour' does not exist"],
  ])('refuses a job with %s', async (_what, body, message) => {
    const answer = await graphCall(server, 'POST', `${base()}/jobs`, { body });
    expect(answer.status).toBe(400);
    expect(errorOf(answer).message).toContain(message);
  });

  it('takes the job’s optional members beside templateId', async () => {
    const answer = await graphCall(server, 'POST', `${base()}/jobs`, { body: { templateId: 'ciscoWebex', synchronizationJobSettings: [] } });
    expect(answer.status).toBe(201);
  });

  it('refuses an unknown job and an unknown service principal with 404', async () => {
    expect((await graphCall(server, 'GET', `${base()}/jobs/nope`)).status).toBe(404);
    const unknown = await graphCall(server, 'GET', '/servicePrincipals/00000000-1111-2222-3333-444444444444/synchronization/templates');
    expect(errorOf(unknown).code).toBe('Request_ResourceNotFound');
  });
});

describe('GET .../jobs/{jobId}/schema', () => {
  it('has the Cisco Webex default user mappings, userName from userPrincipalName as the matching attribute', async () => {
    const jobId = await createJob();
    const answer = await graphCall(server, 'GET', `${base()}/jobs/${jobId}/schema`);
    expect(answer.status).toBe(200);
    const rule = (answer.json as unknown as { synchronizationRules: Rule[] }).synchronizationRules[0]!;
    const userMappings = rule.objectMappings.find((mapping) => mapping.sourceObjectName === 'User')!.attributeMappings;
    const bySource = Object.fromEntries(userMappings.map((mapping) => [mapping.targetAttributeName, mapping.source.name]));
    expect(bySource).toEqual({
      userName: 'userPrincipalName',
      active: 'Switch',
      displayName: 'displayName',
      'name.familyName': 'surname',
      'name.givenName': 'givenName',
      externalId: 'objectId',
    });
    expect(userMappings.find((mapping) => mapping.matchingPriority === 1)?.targetAttributeName).toBe('userName');
  });

  it('has the non-gallery SCIM defaults for a Custom instance', async () => {
    const sp = (await graphCall(server, 'POST', `/applicationTemplates/${NON_GALLERY_TEMPLATE_ID}/instantiate`, { body: { displayName: 'CXone' } })).json!
      .servicePrincipal as { id: string };
    const jobId = await createJob(sp.id);
    const schema = (await graphCall(server, 'GET', `/servicePrincipals/${sp.id}/synchronization/jobs/${jobId}/schema`)).json as unknown as {
      synchronizationRules: Rule[];
    };
    const targets = schema.synchronizationRules[0]!.objectMappings[0]!.attributeMappings.map((mapping) => mapping.targetAttributeName);
    expect(targets).toEqual(expect.arrayContaining(['userName', 'active', 'emails[type eq "work"].value', 'name.givenName', 'externalId']));
  });
});

describe('PUT .../synchronization/secrets', () => {
  const put = (value: unknown) => graphCall(server, 'PUT', `${base()}/secrets`, { body: { value } });

  it('saves BaseAddress, SecretToken and the notification settings with 204, replacing what was saved', async () => {
    const answer = await put([
      { key: 'BaseAddress', value: 'https://api.ciscospark.com/v1/scim/a35bfbc6-ccbd-4a17-a488-72ef46c5420c' },
      { key: 'SecretToken', value: 'token' },
      { key: 'SyncNotificationSettings', value: JSON.stringify({ Enabled: true, Recipients: 'admin@contoso.com', DeleteThresholdEnabled: false }) },
    ]);
    expect(answer.status).toBe(204);
    expect(server.store.instances.get(spId)!.secrets.map((pair) => pair.key)).toEqual(['BaseAddress', 'SecretToken', 'SyncNotificationSettings']);
    expect((await put([{ key: 'SyncAll', value: 'false' }])).status).toBe(204);
    expect(server.store.instances.get(spId)!.secrets.map((pair) => pair.key)).toEqual(['SyncAll']);
  });

  it.each([
    ['NotificationEmail, which is no synchronizationSecret', [{ key: 'NotificationEmail', value: 'admin@contoso.com' }]],
    ['SyncNotificationSettings that is not JSON', [{ key: 'SyncNotificationSettings', value: 'admin@contoso.com' }]],
    ['notifications enabled without a recipient', [{ key: 'SyncNotificationSettings', value: '{"Enabled":true}' }]],
    ['a recipient that is not an address', [{ key: 'SyncNotificationSettings', value: '{"Enabled":true,"Recipients":"admin"}' }]],
    ['an unknown notification member', [{ key: 'SyncNotificationSettings', value: '{"Enabled":false,"Email":"a@b.co"}' }]],
    ['a pair without value', [{ key: 'SecretToken' }]],
    ['a pair with an extra member', [{ key: 'SecretToken', value: 'x', type: 'string' }]],
    ['a value that is not a list', { key: 'SecretToken', value: 'x' }],
  ])('refuses %s with 400', async (_what, value) => {
    const answer = await put(value);
    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe('Request_BadRequest');
  });

  it('refuses the documented members under another name', async () => {
    const answer = await graphCall(server, 'PUT', `${base()}/secrets`, { body: { credentials: [{ key: 'SecretToken', value: 'x' }] } });
    expect(answer.status).toBe(400);
  });
});

describe('POST .../jobs/{jobId}/start', () => {
  it('starts a job with saved credentials: 204, then Active', async () => {
    const jobId = await createJob();
    await graphCall(server, 'PUT', `${base()}/secrets`, {
      body: {
        value: [
          { key: 'BaseAddress', value: 'https://scim.example.com' },
          { key: 'SecretToken', value: 't' },
        ],
      },
    });
    const answer = await graphCall(server, 'POST', `${base()}/jobs/${jobId}/start`);
    expect(answer.status).toBe(204);
    const job = (await graphCall(server, 'GET', `${base()}/jobs/${jobId}`)).json!;
    expect(job).toMatchObject({ schedule: { state: 'Active' }, status: { code: 'Active' } });
  });

  it('puts a job started without credentials in quarantine', async () => {
    await graphCall(server, 'PUT', `${base()}/secrets`, { body: { value: [] } });
    const jobId = await createJob();
    expect((await graphCall(server, 'POST', `${base()}/jobs/${jobId}/start`)).status).toBe(204);
    const job = (await graphCall(server, 'GET', `${base()}/jobs/${jobId}`)).json!;
    expect(job).toMatchObject({ status: { code: 'Quarantine', quarantine: { reason: 'EncounteredQuarantineException' } } });
  });

  it('refuses a body and an unknown job', async () => {
    const jobId = await createJob();
    expect((await graphCall(server, 'POST', `${base()}/jobs/${jobId}/start`, { body: { now: true } })).status).toBe(400);
    expect((await graphCall(server, 'POST', `${base()}/jobs/nope/start`)).status).toBe(404);
  });
});
