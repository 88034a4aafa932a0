import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NON_GALLERY_TEMPLATE_ID, type GraphServer } from '../../support/graph-server';
import { errorOf, graphCall, startPeer, valueOf } from './graph-call';

let server: GraphServer;
beforeAll(async () => {
  server = await startPeer();
});
afterAll(() => server.close());

const filter = (expression: string) => `/applicationTemplates?$filter=${encodeURIComponent(expression)}`;

describe('GET /applicationTemplates', () => {
  it("finds exactly Cisco Webex with displayName eq '...', with the documented applicationTemplate members", async () => {
    const answer = await graphCall(server, 'GET', filter("displayName eq 'Cisco Webex'"));
    expect(answer.status).toBe(200);
    expect(answer.json?.['@odata.context']).toBe(`${server.graphBase}/$metadata#applicationTemplates`);
    const templates = valueOf(answer);
    expect(templates).toHaveLength(1);
    expect(Object.keys(templates[0]!).sort()).toEqual(
      [
        'categories',
        'description',
        'displayName',
        'homePageUrl',
        'id',
        'logoUrl',
        'publisher',
        'supportedProvisioningTypes',
        'supportedSingleSignOnModes',
      ].sort(),
    );
    expect(templates[0]).toMatchObject({ displayName: 'Cisco Webex', supportedProvisioningTypes: ['sync'] });
  });

  it('gives Cisco Webex a fresh id per start, so only a lookup by name can find it', async () => {
    const other = await startPeer();
    try {
      const idIn = async (peer: GraphServer) => valueOf<{ id: string }>(await graphCall(peer, 'GET', filter("displayName eq 'Cisco Webex'")))[0]!.id;
      expect(await idIn(other)).not.toBe(await idIn(server));
    } finally {
      await other.close();
    }
  });

  it('serves the documented non-gallery template id', async () => {
    const all = valueOf<{ id: string }>(await graphCall(server, 'GET', '/applicationTemplates'));
    expect(all.map((template) => template.id)).toContain(NON_GALLERY_TEMPLATE_ID);
    expect(NON_GALLERY_TEMPLATE_ID).toBe('8adf8e6e-67b2-4cf2-a259-e3dc5476c621');
  });

  it('takes the documented contains() and categories/any forms', async () => {
    const contains = valueOf<{ displayName: string }>(await graphCall(server, 'GET', filter("contains(displayName, 'webex')")));
    expect(contains.map((template) => template.displayName).sort()).toEqual(['Cisco Webex', 'Cisco Webex Meetings']);
    const category = valueOf<{ displayName: string }>(await graphCall(server, 'GET', filter("categories/any(c:contains(c, 'crm'))")));
    expect(category.map((template) => template.displayName)).toEqual(['Dynamics CRM Online']);
  });

  it('reads a quote inside a string literal written as two quotes', async () => {
    const answer = await graphCall(server, 'GET', filter("displayName eq 'O''Brien'"));
    expect(answer.status).toBe(200);
    expect(valueOf(answer)).toEqual([]);
  });

  it.each([
    ["startswith(displayName, 'Cisco')", 'BadRequest'],
    ["publisher eq 'Cisco Systems, Inc.'", 'BadRequest'],
    ["displayName eq 'Cisco Webex' or displayName eq 'Custom'", 'BadRequest'],
    ['displayName eq Cisco Webex', 'BadRequest'],
  ])('refuses the undocumented filter %s with 400 %s', async (expression, code) => {
    const answer = await graphCall(server, 'GET', filter(expression));
    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe(code);
  });

  it('refuses an unknown query option', async () => {
    const answer = await graphCall(server, 'GET', '/applicationTemplates?$expand=owners');
    expect(answer.status).toBe(400);
  });
});

describe('POST /applicationTemplates/{id}/instantiate', () => {
  it('answers 201 with the application and its service principal', async () => {
    const answer = await graphCall(server, 'POST', `/applicationTemplates/${NON_GALLERY_TEMPLATE_ID}/instantiate`, { body: { displayName: 'NICE CXone' } });
    expect(answer.status).toBe(201);
    const { application, servicePrincipal } = answer.json as { application: Record<string, unknown>; servicePrincipal: Record<string, unknown> };
    expect(application).toMatchObject({ displayName: 'NICE CXone', applicationTemplateId: NON_GALLERY_TEMPLATE_ID });
    expect(servicePrincipal).toMatchObject({
      displayName: 'NICE CXone',
      appId: application.appId,
      applicationTemplateId: NON_GALLERY_TEMPLATE_ID,
      tags: ['WindowsAzureActiveDirectoryIntegratedApp'],
    });
    expect(server.store.servicePrincipals.has(servicePrincipal.id as string)).toBe(true);
  });

  it('refuses an unknown template with 404 Request_ResourceNotFound', async () => {
    const answer = await graphCall(server, 'POST', '/applicationTemplates/11111111-2222-3333-4444-555555555555/instantiate', { body: { displayName: 'x' } });
    expect(answer.status).toBe(404);
    expect(errorOf(answer).code).toBe('Request_ResourceNotFound');
  });

  it.each([
    ['a missing displayName', { body: {} }, 'Request_BadRequest'],
    ['an extra member', { body: { displayName: 'x', owners: [] } }, 'Request_BadRequest'],
    ['an empty displayName', { body: { displayName: ' ' } }, 'Request_BadRequest'],
    ['bad JSON', { rawBody: '{"displayName":' }, 'BadRequest'],
    ['a JSON array', { rawBody: '[]' }, 'BadRequest'],
    ['a body without a JSON content type', { rawBody: '{"displayName":"x"}', headers: { 'content-type': 'text/plain' } }, 'BadRequest'],
  ])('refuses %s with 400 %s', async (_what, options, code) => {
    const answer = await graphCall(server, 'POST', `/applicationTemplates/${NON_GALLERY_TEMPLATE_ID}/instantiate`, options);
    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe(code);
  });
});
