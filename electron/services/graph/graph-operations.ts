/**
 * Every Graph call the wizard makes, with the delegated permission it needs (the same rows as
 * electron/services/graph-sign-in/graph-permissions.ts, which is what the sign-in asks for) and
 * what a 404 from it means. A 403 names `permission`; a 404 picks the sentence `notFound`.
 */
export type GraphNotFoundVariant = 'template' | 'app' | 'job' | 'principal' | 'assignment' | 'sync';

export interface GraphOperation {
  id: string;
  permission: string;
  notFound: GraphNotFoundVariant | null;
}

const op = (id: string, permission: string, notFound: GraphNotFoundVariant | null): GraphOperation => ({ id, permission, notFound });

export const GRAPH_OPERATIONS = {
  listTemplates: op('listTemplates', 'Application.ReadWrite.All', null),
  instantiate: op('instantiate', 'Application.ReadWrite.All', 'template'),
  deleteApplication: op('deleteApplication', 'Application.ReadWrite.All', 'app'),
  listServicePrincipals: op('listServicePrincipals', 'Application.ReadWrite.All', null),
  getServicePrincipal: op('getServicePrincipal', 'Application.ReadWrite.All', 'app'),
  updateServicePrincipal: op('updateServicePrincipal', 'Application.ReadWrite.All', 'app'),
  searchUsers: op('searchUsers', 'User.ReadBasic.All', null),
  searchGroups: op('searchGroups', 'GroupMember.Read.All', null),
  assign: op('assign', 'AppRoleAssignment.ReadWrite.All', 'principal'),
  unassign: op('unassign', 'AppRoleAssignment.ReadWrite.All', 'assignment'),
  listSyncTemplates: op('listSyncTemplates', 'Synchronization.ReadWrite.All', 'app'),
  createJob: op('createJob', 'Synchronization.ReadWrite.All', 'sync'),
  validateCredentials: op('validateCredentials', 'Synchronization.ReadWrite.All', 'job'),
  saveSecrets: op('saveSecrets', 'Synchronization.ReadWrite.All', 'app'),
  startJob: op('startJob', 'Synchronization.ReadWrite.All', 'job'),
  pauseJob: op('pauseJob', 'Synchronization.ReadWrite.All', 'job'),
  deleteJob: op('deleteJob', 'Synchronization.ReadWrite.All', 'job'),
  provisionOnDemand: op('provisionOnDemand', 'Synchronization.ReadWrite.All', 'job'),
  getJobSchema: op('getJobSchema', 'Synchronization.ReadWrite.All', 'job'),
  listProvisioningLogs: op('listProvisioningLogs', 'AuditLog.Read.All', null),
} as const satisfies Record<string, GraphOperation>;
