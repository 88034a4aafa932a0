import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphServer } from '../../support/graph-server';
import { errorOf, graphCall, startPeer, valueOf } from './graph-call';

let server: GraphServer;
beforeAll(async () => {
  server = await startPeer({
    users: [
      { userPrincipalName: 'wanda.kim@contoso.com', displayName: 'Wanda Kim', givenName: 'Wanda', surname: 'Kim' },
      { userPrincipalName: 'walter@contoso.com', displayName: 'Walter Park' },
      { userPrincipalName: 'jisoo@contoso.com', displayName: '이지수' },
    ],
    groups: [
      { displayName: 'Webex pilot', description: 'First users', members: ['wanda.kim@contoso.com'] },
      { displayName: 'Sales', members: [] },
    ],
  });
});
afterAll(() => server.close());

const eventual = { headers: { ConsistencyLevel: 'eventual' } };
const names = (answer: Awaited<ReturnType<typeof graphCall>>) => valueOf<{ displayName: string }>(answer).map((entry) => entry.displayName);

describe('$search on users and groups', () => {
  it('refuses $search without ConsistencyLevel: eventual with the documented error', async () => {
    const answer = await graphCall(server, 'GET', `/users?$search=${encodeURIComponent('"displayName:wa"')}`);
    expect(answer.status).toBe(400);
    expect(errorOf(answer)).toMatchObject({
      code: 'Request_UnsupportedQuery',
      message: "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    });
  });

  it('matches the start of any word of the property with the header', async () => {
    expect(names(await graphCall(server, 'GET', `/users?$search=${encodeURIComponent('"displayName:wa"')}`, eventual))).toEqual(['Wanda Kim', 'Walter Park']);
    expect(names(await graphCall(server, 'GET', `/users?$search=${encodeURIComponent('"displayName:kim"')}`, eventual))).toEqual(['Wanda Kim']);
    expect(names(await graphCall(server, 'GET', `/users?$search=${encodeURIComponent('"displayName:이지"')}`, eventual))).toEqual(['이지수']);
    expect(names(await graphCall(server, 'GET', `/groups?$search=${encodeURIComponent('"displayName:pilot"')}`, eventual))).toEqual(['Webex pilot']);
  });

  it('joins clauses with OR and AND', async () => {
    const either = `/users?$search=${encodeURIComponent('"displayName:walter" OR "mail:jisoo"')}`;
    expect(names(await graphCall(server, 'GET', either, eventual))).toEqual(['Walter Park', '이지수']);
    const both = `/users?$search=${encodeURIComponent('"displayName:wa" AND "userPrincipalName:walter"')}`;
    expect(names(await graphCall(server, 'GET', both, eventual))).toEqual(['Walter Park']);
  });

  it('counts with $count=true and the header, and silently ignores $count without it, as documented', async () => {
    const answer = await graphCall(server, 'GET', `/users?$search=${encodeURIComponent('"displayName:wa"')}&$count=true`, eventual);
    expect(answer.json?.['@odata.count']).toBe(2);
    const withoutHeader = await graphCall(server, 'GET', `/users?$filter=${encodeURIComponent("startswith(displayName,'wa')")}&$count=true`);
    expect(withoutHeader.status).toBe(200);
    expect(withoutHeader.json).not.toHaveProperty('@odata.count');
  });

  it.each([
    ['a clause without quotes', 'displayName:wa', 'Request_BadRequest'],
    ['a property that is not searchable', '"jobTitle:x"', 'Request_UnsupportedQuery'],
  ])('refuses %s', async (_what, search, code) => {
    const answer = await graphCall(server, 'GET', `/users?$search=${encodeURIComponent(search)}`, eventual);
    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe(code);
  });
});

describe('$filter on users and groups', () => {
  it("takes startswith(displayName,'x') without the header, ignoring case", async () => {
    expect(names(await graphCall(server, 'GET', `/users?$filter=${encodeURIComponent("startswith(displayName,'wa')")}`))).toEqual(['Wanda Kim', 'Walter Park']);
    expect(names(await graphCall(server, 'GET', `/groups?$filter=${encodeURIComponent("startswith(displayName,'web')")}`))).toEqual(['Webex pilot']);
  });

  it('takes userPrincipalName eq and $top', async () => {
    expect(names(await graphCall(server, 'GET', `/users?$filter=${encodeURIComponent("userPrincipalName eq 'walter@contoso.com'")}`))).toEqual(['Walter Park']);
    expect(names(await graphCall(server, 'GET', '/users?$top=1'))).toEqual(['Wanda Kim']);
  });

  it.each([
    ["contains(displayName,'an')", 'Request_UnsupportedQuery'],
    ["jobTitle eq 'x'", 'Request_UnsupportedQuery'],
    ["startswith(displayName,'wa'", 'BadRequest'],
  ])('refuses %s', async (expression, code) => {
    const answer = await graphCall(server, 'GET', `/users?$filter=${encodeURIComponent(expression)}`);
    expect(answer.status).toBe(400);
    expect(errorOf(answer).code).toBe(code);
  });

  it('refuses a $top out of range', async () => {
    expect((await graphCall(server, 'GET', '/users?$top=0')).status).toBe(400);
    expect((await graphCall(server, 'GET', '/users?$top=1000')).status).toBe(400);
  });
});
