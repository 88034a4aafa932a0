import { randomBytes } from 'node:crypto';
import { applyCollectionQuery } from '../collection-query';
import { DEFAULT_ACCESS_ROLE_ID, type AppRoleAssignment, type ServicePrincipal } from '../directory-store';
import { badRequest, resourceNotFound } from '../graph-error';
import { readJsonObject, requireNoBody, sendJson, sendNoContent } from '../http-io';
import { checkMembers, requireString, type Route, type RouteContext } from '../route-types';

function servicePrincipalOf({ store, params }: RouteContext): ServicePrincipal {
  const servicePrincipal = store.servicePrincipals.get(params.id ?? '');
  if (!servicePrincipal) throw resourceNotFound(params.id ?? '');
  return servicePrincipal;
}

/** The servicePrincipal properties a PATCH may set here (https://learn.microsoft.com/en-us/graph/api/serviceprincipal-update, "Request body"). */
const UPDATABLE: Record<string, 'string' | 'boolean' | 'string[]'> = {
  accountEnabled: 'boolean',
  appRoleAssignmentRequired: 'boolean',
  displayName: 'string',
  homepage: 'string',
  loginUrl: 'string',
  notes: 'string',
  notificationEmailAddresses: 'string[]',
  preferredSingleSignOnMode: 'string',
  tags: 'string[]',
};

export const servicePrincipalRoutes: Route[] = [
  {
    // https://learn.microsoft.com/en-us/graph/api/serviceprincipal-list; filterable properties per
    // https://learn.microsoft.com/en-us/graph/api/resources/serviceprincipal ("applicationTemplateId ... Supports $filter (eq, not, ne)").
    // Picking an existing instance: $filter=applicationTemplateId eq '{templateId}'.
    id: 'servicePrincipals.list',
    method: 'GET',
    pattern: '/servicePrincipals',
    handle({ req, body, res, url, store, graphBase }) {
      requireNoBody({ body });
      const { value, count } = applyCollectionQuery(
        req,
        url,
        {
          entity: 'ServicePrincipal',
          filterForms: [
            'displayName eq',
            'displayName startswith',
            'appId eq',
            'appId startswith',
            'applicationTemplateId eq',
            'applicationTemplateId ne',
            'id eq',
            'tags any-eq',
          ],
          filterErrorCode: 'Request_UnsupportedQuery',
          directoryObject: true,
          searchable: ['displayName'],
        },
        [...store.servicePrincipals.values()],
      );
      sendJson(res, 200, { '@odata.context': `${graphBase}/$metadata#servicePrincipals`, ...(count === undefined ? {} : { '@odata.count': count }), value });
    },
  },
  {
    // https://learn.microsoft.com/en-us/graph/api/serviceprincipal-get
    id: 'servicePrincipals.get',
    method: 'GET',
    pattern: '/servicePrincipals/{id}',
    async handle(context) {
      requireNoBody(context);
      const servicePrincipal = servicePrincipalOf(context);
      for (const name of context.url.searchParams.keys()) if (name !== '$select') throw badRequest(`Query option '${name}' is not supported on this request.`);
      const select = context.url.searchParams
        .get('$select')
        ?.split(',')
        .map((field) => field.trim());
      const record = servicePrincipal as unknown as Record<string, unknown>;
      const body = select ? Object.fromEntries(['id', ...select].filter((field) => field in record).map((field) => [field, record[field]])) : record;
      sendJson(context.res, 200, { '@odata.context': `${context.graphBase}/$metadata#servicePrincipals/$entity`, ...body });
    },
  },
  {
    // https://learn.microsoft.com/en-us/graph/api/serviceprincipal-update: 204 No Content. Hiding the app from users is the
    // HideApp tag (https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/hide-application-from-user-portal, Graph tab),
    // which warns that tags not sent are overwritten: a PATCH of tags replaces the whole list here too.
    id: 'servicePrincipals.update',
    method: 'PATCH',
    pattern: '/servicePrincipals/{id}',
    async handle(context) {
      const servicePrincipal = servicePrincipalOf(context);
      const body = readJsonObject(context);
      checkMembers(body, 'servicePrincipal', [], Object.keys(UPDATABLE));
      for (const [key, value] of Object.entries(body)) {
        const kind = UPDATABLE[key];
        const fits =
          kind === 'string[]'
            ? Array.isArray(value) && value.every((entry) => typeof entry === 'string')
            : kind === 'boolean'
              ? typeof value === 'boolean'
              : typeof value === 'string';
        if (!fits) throw badRequest(`Invalid value for property '${key}': a ${kind} is expected.`);
      }
      Object.assign(servicePrincipal, body);
      sendNoContent(context.res);
    },
  },
  {
    // https://learn.microsoft.com/en-us/graph/api/serviceprincipal-post-approleassignedto
    // Body: principalId, resourceId (this service principal), appRoleId (one of its appRoles, or the Default Access role
    // 00000000-0000-0000-0000-000000000000). Answer: 201 with the appRoleAssignment.
    id: 'servicePrincipals.appRoleAssignedTo.create',
    method: 'POST',
    pattern: '/servicePrincipals/{id}/appRoleAssignedTo',
    async handle(context) {
      const servicePrincipal = servicePrincipalOf(context);
      const body = readJsonObject(context);
      checkMembers(body, 'appRoleAssignment', ['principalId', 'resourceId', 'appRoleId']);
      const principalId = requireString(body.principalId, 'principalId');
      const resourceId = requireString(body.resourceId, 'resourceId');
      const appRoleId = requireString(body.appRoleId, 'appRoleId');
      if (resourceId !== servicePrincipal.id) throw badRequest(`Resource '${resourceId}' does not match the service principal in the request URL.`);
      if (appRoleId !== DEFAULT_ACCESS_ROLE_ID && !servicePrincipal.appRoles.some((role) => role.id === appRoleId && role.isEnabled))
        throw badRequest('Permission being assigned was not found on application');
      const user = context.store.users.get(principalId);
      const group = context.store.groups.get(principalId);
      if (!user && !group) throw resourceNotFound(principalId);
      const duplicate = context.store.appRoleAssignments.some((a) => a.principalId === principalId && a.resourceId === resourceId && a.appRoleId === appRoleId);
      if (duplicate) throw badRequest('Permission being assigned already exists on the object');
      const assignment: AppRoleAssignment = {
        // Assignment ids are 43-character base64url strings, as in the documented example ("-WmtM5na7Uus0D8kI1yylpU9Mdo0Pb9OoBJvd3T5eKc").
        id: randomBytes(32).toString('base64url').slice(0, 43),
        appRoleId,
        createdDateTime: new Date().toISOString(),
        deletedDateTime: null,
        principalDisplayName: (user ?? group)!.displayName,
        principalId,
        principalType: user ? 'User' : 'Group',
        resourceDisplayName: servicePrincipal.displayName,
        resourceId,
      };
      context.store.appRoleAssignments.push(assignment);
      sendJson(context.res, 201, {
        '@odata.context': `${context.graphBase}/$metadata#servicePrincipals('${servicePrincipal.id}')/appRoleAssignedTo/$entity`,
        ...assignment,
      });
    },
  },
  {
    // https://learn.microsoft.com/en-us/graph/api/serviceprincipal-delete-approleassignedto
    // DELETE /servicePrincipals/{resource-SP-id}/appRoleAssignedTo/{appRoleAssignment-id}, no body: 204 No Content.
    id: 'servicePrincipals.appRoleAssignedTo.delete',
    method: 'DELETE',
    pattern: '/servicePrincipals/{id}/appRoleAssignedTo/{assignmentId}',
    async handle(context) {
      const servicePrincipal = servicePrincipalOf(context);
      requireNoBody(context);
      const assignmentId = context.params.assignmentId ?? '';
      const index = context.store.appRoleAssignments.findIndex((a) => a.id === assignmentId && a.resourceId === servicePrincipal.id);
      if (index < 0) throw resourceNotFound(assignmentId);
      context.store.appRoleAssignments.splice(index, 1);
      sendNoContent(context.res);
    },
  },
];
