import { segment, type GraphClient } from './graph-client';
import { GRAPH_OPERATIONS } from './graph-operations';
import { HIDE_APP_TAG, getServicePrincipal } from './app-instances';
import { strings } from './graph-values';

/**
 * Hide the app from users, or show it again: PATCH /servicePrincipals/{id} with its tags plus or minus
 * HideApp (https://learn.microsoft.com/en-us/graph/api/serviceprincipal-update, 204). The PATCH replaces
 * the whole list, so the tags are read first and every other tag is sent back
 * (https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/hide-application-from-user-portal, Graph tab).
 */
export async function setAppHidden(client: GraphClient, servicePrincipalId: string, hidden: boolean): Promise<string[]> {
  const current = strings((await getServicePrincipal(client, servicePrincipalId)).tags);
  const others = current.filter((tag) => tag !== HIDE_APP_TAG);
  const tags = hidden ? [...others, HIDE_APP_TAG] : others;
  await client.call({
    operation: GRAPH_OPERATIONS.updateServicePrincipal,
    method: 'PATCH',
    path: `/servicePrincipals/${segment(servicePrincipalId)}`,
    body: { tags },
  });
  return tags;
}
