import { resourceNotFound } from '../graph-error';
import { requireNoBody, sendNoContent } from '../http-io';
import type { Route } from '../route-types';

export const applicationRoutes: Route[] = [
  {
    // https://learn.microsoft.com/en-us/graph/api/application-delete
    // DELETE /applications/{id} (the application's object id), no body: 204 No Content. The app goes to the
    // deleted items (restorable for 30 days); its service principal in the home tenant goes with it, and so do the
    // service principal's app role assignments and provisioning jobs (modelled as removed here).
    id: 'applications.delete',
    method: 'DELETE',
    pattern: '/applications/{id}',
    async handle(context) {
      requireNoBody(context);
      const application = context.store.applications.get(context.params.id ?? '');
      if (!application) throw resourceNotFound(context.params.id ?? '');
      context.store.applications.delete(application.id);
      for (const [id, servicePrincipal] of context.store.servicePrincipals) {
        if (servicePrincipal.appId !== application.appId) continue;
        context.store.servicePrincipals.delete(id);
        context.store.instances.delete(id);
        for (let i = context.store.appRoleAssignments.length - 1; i >= 0; i -= 1) {
          if (context.store.appRoleAssignments[i]!.resourceId === id) context.store.appRoleAssignments.splice(i, 1);
        }
      }
      sendNoContent(context.res);
    },
  },
];
