import { AppError } from '../../../shared/errors';
import type { GraphSetupDefinition } from '../../../shared/integrations/types';
import { odataString, segment, type GraphClient } from './graph-client';
import { GRAPH_OPERATIONS } from './graph-operations';
import { records, str, strings } from './graph-values';

/** The enterprise app (service principal) the provisioning is set up on. */
export interface GraphApp {
  servicePrincipalId: string;
  appId: string;
  displayName: string;
  hidden: boolean;
}

export interface GraphTemplate {
  id: string;
  displayName: string;
}

/** Hiding from users is the HideApp tag (https://learn.microsoft.com/en-us/entra/identity/enterprise-apps/hide-application-from-user-portal). */
export const HIDE_APP_TAG = 'HideApp';

export function appFrom(servicePrincipal: Record<string, unknown>): GraphApp {
  const id = str(servicePrincipal, 'id');
  const appId = str(servicePrincipal, 'appId');
  if (!id || !appId)
    throw new AppError('GRAPH_REQUEST_FAILED', 'Microsoft Graph answered without the service principal ids.', { status: 200, graphCode: 'missing-ids' });
  return {
    servicePrincipalId: id,
    appId,
    displayName: str(servicePrincipal, 'displayName') ?? '',
    hidden: strings(servicePrincipal.tags).includes(HIDE_APP_TAG),
  };
}

/**
 * The integration's template. By name: GET /applicationTemplates?$filter=displayName eq '...'
 * (Step 1 of https://learn.microsoft.com/en-us/entra/identity/app-provisioning/application-provisioning-configuration-api).
 * By id: the non-gallery template's documented id needs no lookup
 * (https://learn.microsoft.com/en-us/graph/api/applicationtemplate-instantiate).
 */
export async function findTemplate(client: GraphClient, template: GraphSetupDefinition['template']): Promise<GraphTemplate> {
  if ('id' in template) return { id: template.id, displayName: template.id };
  const answer = await client.call({
    operation: GRAPH_OPERATIONS.listTemplates,
    method: 'GET',
    path: '/applicationTemplates',
    query: { $filter: `displayName eq ${odataString(template.displayName)}` },
  });
  const found = records(answer?.value).find((entry) => str(entry, 'displayName') === template.displayName && str(entry, 'id'));
  if (!found) {
    throw new AppError('GRAPH_NOT_FOUND', `No application template named ${template.displayName}.`, {
      variant: 'template',
      template: template.displayName,
      graphCode: 'no-template',
      status: 200,
    });
  }
  return { id: str(found, 'id')!, displayName: str(found, 'displayName')! };
}

/**
 * POST /applicationTemplates/{id}/instantiate with { displayName }; 201 with { application, servicePrincipal }
 * (https://learn.microsoft.com/en-us/graph/api/applicationtemplate-instantiate, "Response").
 */
export async function instantiateTemplate(
  client: GraphClient,
  templateId: string,
  displayName: string,
): Promise<GraphApp & { applicationObjectId: string | null }> {
  const answer = await client.call({
    operation: GRAPH_OPERATIONS.instantiate,
    method: 'POST',
    path: `/applicationTemplates/${segment(templateId)}/instantiate`,
    body: { displayName },
  });
  const servicePrincipal = answer?.servicePrincipal;
  if (typeof servicePrincipal !== 'object' || servicePrincipal === null) {
    throw new AppError('GRAPH_REQUEST_FAILED', 'The instantiate answer has no servicePrincipal.', { status: 201, graphCode: 'missing-service-principal' });
  }
  const application = answer?.application;
  const applicationObjectId = typeof application === 'object' && application !== null ? (str(application as Record<string, unknown>, 'id') ?? null) : null;
  return { ...appFrom(servicePrincipal as Record<string, unknown>), applicationObjectId };
}

/**
 * Undo of an app the wizard created: DELETE /applications/{id} with the application's object id, 204
 * (https://learn.microsoft.com/en-us/graph/api/application-delete). Entra keeps it in the deleted items for 30
 * days, and its service principal (assignments, provisioning) goes with it.
 */
export async function deleteApplication(client: GraphClient, applicationObjectId: string): Promise<void> {
  await client.call({ operation: GRAPH_OPERATIONS.deleteApplication, method: 'DELETE', path: `/applications/${segment(applicationObjectId)}` });
}

/**
 * The tenant's instances of the template, for "use the app I already have":
 * GET /servicePrincipals?$filter=applicationTemplateId eq '{id}' ("applicationTemplateId ... Supports $filter (eq, not, ne)",
 * https://learn.microsoft.com/en-us/graph/api/resources/serviceprincipal), narrowed by the start of the display name.
 */
export async function listInstances(client: GraphClient, templateId: string, nameStartsWith: string): Promise<GraphApp[]> {
  const name = nameStartsWith.trim();
  const filter = `applicationTemplateId eq ${odataString(templateId)}${name ? ` and startswith(displayName,${odataString(name)})` : ''}`;
  const answer = await client.call({
    operation: GRAPH_OPERATIONS.listServicePrincipals,
    method: 'GET',
    path: '/servicePrincipals',
    query: { $filter: filter, $select: 'id,appId,displayName,tags', $top: '50' },
  });
  return records(answer?.value).map(appFrom);
}

/** GET /servicePrincipals/{id} (https://learn.microsoft.com/en-us/graph/api/serviceprincipal-get). */
export async function getServicePrincipal(client: GraphClient, servicePrincipalId: string): Promise<Record<string, unknown>> {
  const answer = await client.call({
    operation: GRAPH_OPERATIONS.getServicePrincipal,
    method: 'GET',
    path: `/servicePrincipals/${segment(servicePrincipalId)}`,
    query: { $select: 'id,appId,displayName,tags,appRoles' },
  });
  return answer ?? {};
}
