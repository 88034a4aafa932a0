import { applyCollectionQuery } from '../collection-query';
import { GraphError } from '../graph-error';
import { readJsonObject, requireNoBody, sendJson } from '../http-io';
import { checkMembers, requireString, type Route } from '../route-types';

export const applicationTemplateRoutes: Route[] = [
  {
    // https://learn.microsoft.com/en-us/graph/api/applicationtemplate-list
    // "$filter ... in a limited way. You can only filter by displayName or categories", e.g. contains(displayName, 'salesf')
    // or categories/any(c:contains(c, 'myCategory')); displayName eq '...' is the form of
    // https://learn.microsoft.com/en-us/entra/identity/app-provisioning/application-provisioning-configuration-api (Step 1).
    id: 'applicationTemplates.list',
    method: 'GET',
    pattern: '/applicationTemplates',
    handle({ req, body, res, url, store, graphBase }) {
      requireNoBody({ body });
      const { value } = applyCollectionQuery(
        req,
        url,
        { entity: 'applicationTemplate', filterForms: ['displayName eq', 'displayName contains', 'categories any-contains'], filterErrorCode: 'BadRequest' },
        store.catalog.map((entry) => entry.template),
      );
      sendJson(res, 200, { '@odata.context': `${graphBase}/$metadata#applicationTemplates`, value });
    },
  },
  {
    // https://learn.microsoft.com/en-us/graph/api/applicationtemplate-instantiate
    // Body: { displayName }. Answer: 201 with an applicationServicePrincipal { application, servicePrincipal }.
    id: 'applicationTemplates.instantiate',
    method: 'POST',
    pattern: '/applicationTemplates/{id}/instantiate',
    handle(context) {
      const { res, params, store } = context;
      const body = readJsonObject(context);
      checkMembers(body, 'applicationTemplate.instantiate', ['displayName']);
      const displayName = requireString(body.displayName, 'displayName');
      const entry = store.catalog.find((candidate) => candidate.template.id === params.id);
      if (!entry)
        throw new GraphError(
          404,
          'Request_ResourceNotFound',
          `Resource '${params.id}' does not exist or one of its queried reference-property objects are not present.`,
        );
      const { application, servicePrincipal } = store.instantiate(entry, displayName);
      sendJson(res, 201, { '@odata.context': '$metadata#microsoft.graph.applicationServicePrincipal', application, servicePrincipal });
    },
  },
];
