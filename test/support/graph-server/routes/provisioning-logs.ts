import { applyCollectionQuery } from '../collection-query';
import { requireNoBody, sendJson } from '../http-io';
import type { Route } from '../route-types';

/**
 * https://learn.microsoft.com/en-us/graph/api/provisioningobjectsummary-list: "$filter (eq, contains, gt, lt), $orderby, $top ...
 * The filters are all case sensitive." Entries are those provisionOnDemand recorded; a user's are found with
 * $filter=sourceIdentity/id eq '{user id}' (or sourceIdentity/displayName), an app's with servicePrincipal/id or jobId.
 */
export const provisioningLogRoutes: Route[] = [
  {
    id: 'auditLogs.provisioning.list',
    method: 'GET',
    pattern: '/auditLogs/provisioning',
    handle({ req, body, res, url, store, graphBase }) {
      requireNoBody({ body });
      const { value } = applyCollectionQuery(
        req,
        url,
        {
          entity: 'provisioningObjectSummary',
          filterForms: [
            'sourceIdentity/id eq',
            'sourceIdentity/displayName eq',
            'sourceIdentity/displayName contains',
            'targetIdentity/id eq',
            'targetIdentity/displayName eq',
            'servicePrincipal/id eq',
            'jobId eq',
            'cycleId eq',
            'changeId eq',
            'provisioningAction eq',
            'provisioningStatusInfo/status eq',
            'activityDateTime gt',
            'activityDateTime lt',
          ],
          filterErrorCode: 'BadRequest',
          caseSensitive: true,
          orderable: ['activityDateTime'],
        },
        store.provisioningLog,
      );
      sendJson(res, 200, { '@odata.context': `${graphBase}/$metadata#auditLogs/provisioning`, value });
    },
  },
];
