import type { GraphClient } from './graph-client';
import { GRAPH_OPERATIONS } from './graph-operations';
import { records, str } from './graph-values';

export interface GraphPrincipal {
  id: string;
  type: 'User' | 'Group';
  displayName: string;
  /** The user's sign-in name, or the group's mail or description: what tells two namesakes apart. */
  detail: string | null;
}

const PAGE = '10';

/**
 * Users and groups whose name starts with the words typed: $search="displayName:term" with the
 * `ConsistencyLevel: eventual` header Graph requires for $search on directory objects
 * (https://learn.microsoft.com/en-us/graph/search-query-parameter; https://learn.microsoft.com/en-us/graph/api/user-list,
 * .../group-list, example "Use $search to get users with display names that contain the letters 'wa'").
 */
export async function searchPrincipals(client: GraphClient, query: string): Promise<GraphPrincipal[]> {
  // Double quotes and backslashes would end the $search clause; Graph tokenizes on them anyway.
  const term = query.replace(/["\\]/g, ' ').trim();
  if (!term) return [];
  const common = { $search: `"displayName:${term}"`, $top: PAGE };
  const headers = { ConsistencyLevel: 'eventual' };
  const [users, groups] = await Promise.all([
    client.call({
      operation: GRAPH_OPERATIONS.searchUsers,
      method: 'GET',
      path: '/users',
      headers,
      query: { ...common, $select: 'id,displayName,userPrincipalName' },
    }),
    client.call({
      operation: GRAPH_OPERATIONS.searchGroups,
      method: 'GET',
      path: '/groups',
      headers,
      query: { ...common, $select: 'id,displayName,mail,description' },
    }),
  ]);
  const principals: GraphPrincipal[] = [];
  for (const user of records(users?.value)) {
    const id = str(user, 'id');
    if (id) principals.push({ id, type: 'User', displayName: str(user, 'displayName') ?? '', detail: str(user, 'userPrincipalName') });
  }
  for (const group of records(groups?.value)) {
    const id = str(group, 'id');
    if (id) principals.push({ id, type: 'Group', displayName: str(group, 'displayName') ?? '', detail: str(group, 'mail') ?? str(group, 'description') });
  }
  return principals;
}
