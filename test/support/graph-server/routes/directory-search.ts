import { applyCollectionQuery } from '../collection-query';
import { requireNoBody, sendJson } from '../http-io';
import type { Route } from '../route-types';

/**
 * Finding the test user or group by name:
 * - $search="displayName:wa" needs `ConsistencyLevel: eventual` (https://learn.microsoft.com/en-us/graph/search-query-parameter);
 * - $filter=startswith(displayName,'wa') does not (https://learn.microsoft.com/en-us/graph/api/user-list, .../group-list).
 */
export const directorySearchRoutes: Route[] = [
  {
    id: 'users.list',
    method: 'GET',
    pattern: '/users',
    handle({ req, body, res, url, store, graphBase }) {
      requireNoBody({ body });
      const { value, count } = applyCollectionQuery(
        req,
        url,
        {
          entity: 'User',
          filterForms: [
            'displayName eq',
            'displayName startswith',
            'userPrincipalName eq',
            'userPrincipalName startswith',
            'mail eq',
            'mail startswith',
            'id eq',
            'accountEnabled eq',
          ],
          filterErrorCode: 'Request_UnsupportedQuery',
          directoryObject: true,
          searchable: ['displayName', 'givenName', 'surname', 'mail', 'userPrincipalName', 'mailNickname'],
        },
        [...store.users.values()],
      );
      sendJson(res, 200, { '@odata.context': `${graphBase}/$metadata#users`, ...(count === undefined ? {} : { '@odata.count': count }), value });
    },
  },
  {
    id: 'groups.list',
    method: 'GET',
    pattern: '/groups',
    handle({ req, body, res, url, store, graphBase }) {
      requireNoBody({ body });
      const { value, count } = applyCollectionQuery(
        req,
        url,
        {
          entity: 'Group',
          filterForms: ['displayName eq', 'displayName startswith', 'mail eq', 'id eq', 'securityEnabled eq'],
          filterErrorCode: 'Request_UnsupportedQuery',
          directoryObject: true,
          searchable: ['displayName', 'description', 'mail'],
        },
        [...store.groups.values()],
      );
      sendJson(res, 200, { '@odata.context': `${graphBase}/$metadata#groups`, ...(count === undefined ? {} : { '@odata.count': count }), value });
    },
  },
];
