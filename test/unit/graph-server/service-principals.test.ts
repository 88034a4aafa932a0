import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NON_GALLERY_TEMPLATE_ID, type GraphServer } from '../../support/graph-server';
import { errorOf, graphCall, instantiateWebex, startPeer, valueOf } from './graph-call';

let server: GraphServer;
let webex: { servicePrincipalId: string; appRoleId: string };
beforeAll(async () => {
  server = await startPeer({
    users: [{ userPrincipalName: 'wanda@contoso.com', displayName: 'Wanda Kim' }],
    groups: [{ displayName: 'Webex pilot', members: ['wanda@contoso.com'] }],
    instances: [{ templateDisplayName: 'Custom', displayName: 'CXone (existing)' }],
  });
  webex = await instantiateWebex(server);
});
afterAll(() => server.close());

const wanda = () => server.store.userByPrincipalName('wanda@contoso.com')!;

describe('GET /servicePrincipals', () => {
  it("finds an existing instance with $filter=applicationTemplateId eq '{id}'", async () => {
    const answer = await graphCall(server, 'GET', `/servicePrincipals?$filter=${encodeURIComponent(`applicationTemplateId eq '${NON_GALLERY_TEMPLATE_ID}'`)}`);
    expect(answer.status).toBe(200);
    expect(valueOf(answer).map((sp) => sp.displayName)).toEqual(['CXone (existing)']);
  });

  it('takes startswith(displayName) and $select', async () => {
    const answer = await graphCall(
      server,
      'GET',
      `/servicePrincipals?$filter=${encodeURIComponent("startswith(displayName,'cisco')")}&$select=displayName,appId`,
    );
    expect(valueOf(answer)).toEqual([{ id: webex.servicePrincipalId, displayName: 'Cisco Webex', appId: expect.any(String) }]);
  });

  it('refuses an unsupported filter with 400 Request_UnsupportedQuery', async () => {
    const answer = await graphCall(server, 'GET', `/servicePrincipals?$filter=${encodeURIComponent("contains(displayName,'Webex')")}`);
    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe('Request_UnsupportedQuery');
  });
});

describe('GET /servicePrincipals/{id}', () => {
  it('answers the service principal', async () => {
    const answer = await graphCall(server, 'GET', `/servicePrincipals/${webex.servicePrincipalId}`);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ id: webex.servicePrincipalId, displayName: 'Cisco Webex', appRoleAssignmentRequired: true });
  });

  it('takes $select, always keeping the id', async () => {
    const answer = await graphCall(server, 'GET', `/servicePrincipals/${webex.servicePrincipalId}?$select=tags`);
    expect(Object.keys(answer.json!).sort()).toEqual(['@odata.context', 'id', 'tags']);
  });

  it('refuses an unknown id with 404 Request_ResourceNotFound', async () => {
    const answer = await graphCall(server, 'GET', '/servicePrincipals/00000000-1111-2222-3333-444444444444');
    expect(answer.status).toBe(404);
    expect(errorOf(answer)).toMatchObject({
      code: 'Request_ResourceNotFound',
      message: "Resource '00000000-1111-2222-3333-444444444444' does not exist or one of its queried reference-property objects are not present.",
    });
  });
});

describe('PATCH /servicePrincipals/{id}', () => {
  it('sets the HideApp tag with 204 and keeps it', async () => {
    const tags = ['WindowsAzureActiveDirectoryIntegratedApp', 'HideApp'];
    const answer = await graphCall(server, 'PATCH', `/servicePrincipals/${webex.servicePrincipalId}`, { body: { tags } });
    expect(answer.status).toBe(204);
    expect(answer.json).toBeUndefined();
    const read = await graphCall(server, 'GET', `/servicePrincipals/${webex.servicePrincipalId}`);
    expect(read.json?.tags).toEqual(tags);
    const hidden = await graphCall(server, 'GET', `/servicePrincipals?$filter=${encodeURIComponent("tags/any(t:t eq 'HideApp')")}`);
    expect(valueOf(hidden).map((sp) => sp.id)).toEqual([webex.servicePrincipalId]);
  });

  it.each([
    ['an unknown property', { tagz: ['HideApp'] }],
    ['tags that are not strings', { tags: [1] }],
    ['tags that are not a list', { tags: 'HideApp' }],
    ['a read-only property', { appId: 'x' }],
  ])('refuses %s with 400 Request_BadRequest', async (_what, body) => {
    const answer = await graphCall(server, 'PATCH', `/servicePrincipals/${webex.servicePrincipalId}`, { body });
    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe('Request_BadRequest');
  });
});

describe('POST /servicePrincipals/{id}/appRoleAssignedTo', () => {
  const path = () => `/servicePrincipals/${webex.servicePrincipalId}/appRoleAssignedTo`;

  it('assigns a user with 201 and the appRoleAssignment', async () => {
    const answer = await graphCall(server, 'POST', path(), {
      body: { principalId: wanda().id, resourceId: webex.servicePrincipalId, appRoleId: webex.appRoleId },
    });
    expect(answer.status).toBe(201);
    expect(answer.json).toMatchObject({
      principalId: wanda().id,
      principalType: 'User',
      principalDisplayName: 'Wanda Kim',
      resourceId: webex.servicePrincipalId,
      appRoleId: webex.appRoleId,
    });
    expect(answer.json!.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(answer.json!['@odata.context']).toBe(`${server.graphBase}/$metadata#servicePrincipals('${webex.servicePrincipalId}')/appRoleAssignedTo/$entity`);
  });

  it('assigns a group', async () => {
    const group = [...server.store.groups.values()][0]!;
    const answer = await graphCall(server, 'POST', path(), {
      body: { principalId: group.id, resourceId: webex.servicePrincipalId, appRoleId: webex.appRoleId },
    });
    expect(answer.status).toBe(201);
    expect(answer.json?.principalType).toBe('Group');
  });

  it('refuses the same assignment twice', async () => {
    const answer = await graphCall(server, 'POST', path(), {
      body: { principalId: wanda().id, resourceId: webex.servicePrincipalId, appRoleId: webex.appRoleId },
    });
    expect(answer.status).toBe(400);
    expect(errorOf(answer)).toMatchObject({ code: 'Request_BadRequest', message: 'Permission being assigned already exists on the object' });
  });

  it.each([
    [
      'a resourceId of another service principal',
      () => ({ principalId: wanda().id, resourceId: '00000000-1111-2222-3333-444444444444', appRoleId: webex.appRoleId }),
      400,
    ],
    [
      'an app role the application does not have',
      () => ({ principalId: wanda().id, resourceId: webex.servicePrincipalId, appRoleId: '99999999-1111-2222-3333-444444444444' }),
      400,
    ],
    ['a missing appRoleId', () => ({ principalId: wanda().id, resourceId: webex.servicePrincipalId }), 400],
    [
      'an unknown principal',
      () => ({ principalId: '00000000-1111-2222-3333-444444444444', resourceId: webex.servicePrincipalId, appRoleId: webex.appRoleId }),
      404,
    ],
  ])('refuses %s', async (_what, body, status) => {
    const answer = await graphCall(server, 'POST', path(), { body: body() });
    expect(answer.status).toBe(status);
  });
});
