import { AppError } from '../../../shared/errors';
import { segment, type GraphClient } from './graph-client';
import { GRAPH_OPERATIONS } from './graph-operations';
import { getServicePrincipal } from './app-instances';
import { records, str, strings } from './graph-values';

/**
 * The Default Access role: "If the app hasn't defined any app roles, use 00000000-0000-0000-0000-000000000000"
 * (https://learn.microsoft.com/en-us/graph/api/serviceprincipal-post-approleassignedto, request body).
 */
export const DEFAULT_ACCESS_ROLE_ID = '00000000-0000-0000-0000-000000000000';

export interface GraphAssignmentResult {
  id: string;
  principalId: string;
  principalType: 'User' | 'Group';
  displayName: string;
  appRoleId: string;
}

/**
 * The role to assign: the app's own enabled "User" role when it has one, since Entra's provisioning skips
 * users assigned only with Default Access (Entra gallery tutorials, "Important tips for assigning users":
 * https://learn.microsoft.com/en-us/entra/identity/saas-apps/cisco-webex-provisioning-tutorial);
 * any other enabled role for users; Default Access when the app defines none. allowedMemberTypes "User"
 * covers users and groups (https://learn.microsoft.com/en-us/graph/api/resources/approle).
 */
export function roleToAssign(appRoles: unknown): string {
  const usable = records(appRoles).filter((role) => role.isEnabled !== false && strings(role.allowedMemberTypes).includes('User') && str(role, 'id'));
  const userRole = usable.find((role) => str(role, 'displayName') === 'User' || str(role, 'value') === 'User');
  const otherRole = usable.find((role) => str(role, 'displayName') !== 'msiam_access') ?? usable[0];
  return str(userRole ?? otherRole ?? {}, 'id') ?? DEFAULT_ACCESS_ROLE_ID;
}

/**
 * POST /servicePrincipals/{id}/appRoleAssignedTo with principalId, resourceId and appRoleId; 201 with the
 * appRoleAssignment (https://learn.microsoft.com/en-us/graph/api/serviceprincipal-post-approleassignedto).
 */
export async function assignPrincipal(
  client: GraphClient,
  servicePrincipalId: string,
  principal: { id: string; type: 'User' | 'Group' },
): Promise<GraphAssignmentResult> {
  const appRoleId = roleToAssign((await getServicePrincipal(client, servicePrincipalId)).appRoles);
  const answer = await client.call({
    operation: GRAPH_OPERATIONS.assign,
    method: 'POST',
    path: `/servicePrincipals/${segment(servicePrincipalId)}/appRoleAssignedTo`,
    body: { principalId: principal.id, resourceId: servicePrincipalId, appRoleId },
  });
  const id = answer ? str(answer, 'id') : null;
  if (!id) throw new AppError('GRAPH_REQUEST_FAILED', 'The assignment answer has no id.', { status: 201, graphCode: 'missing-id' });
  const type = answer && str(answer, 'principalType') === 'Group' ? 'Group' : principal.type;
  return { id, principalId: principal.id, principalType: type, displayName: (answer && str(answer, 'principalDisplayName')) ?? '', appRoleId };
}

/**
 * Undo: DELETE /servicePrincipals/{id}/appRoleAssignedTo/{appRoleAssignment-id}, 204
 * (https://learn.microsoft.com/en-us/graph/api/serviceprincipal-delete-approleassignedto).
 */
export async function unassignPrincipal(client: GraphClient, servicePrincipalId: string, assignmentId: string): Promise<void> {
  await client.call({
    operation: GRAPH_OPERATIONS.unassign,
    method: 'DELETE',
    path: `/servicePrincipals/${segment(servicePrincipalId)}/appRoleAssignedTo/${segment(assignmentId)}`,
  });
}
