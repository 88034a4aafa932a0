/**
 * The delegated Microsoft Graph permissions the admin's app registration needs, one row per
 * wizard action of issue 11 §2, each the least-privileged delegated permission Microsoft lists
 * for that call ("Permissions" table of each API page on learn.microsoft.com, checked 2026-11-26).
 * All are admin-consent permissions; the signed-in admin also needs an Entra role that allows
 * the call (Application Administrator or Cloud Application Administrator).
 */
export interface GraphPermissionRow {
  action: string;
  calls: string[];
  scopes: string[];
  source: string;
}

export const GRAPH_PERMISSIONS: readonly GraphPermissionRow[] = [
  {
    action: 'find and instantiate the gallery or non-gallery template',
    calls: ['GET /applicationTemplates', 'POST /applicationTemplates/{id}/instantiate'],
    scopes: ['Application.ReadWrite.All'],
    source: 'https://learn.microsoft.com/en-us/graph/api/applicationtemplate-instantiate?view=graph-rest-1.0',
  },
  {
    action: 'hide the app from users (HideApp tag)',
    calls: ['PATCH /servicePrincipals/{id}'],
    scopes: ['Application.ReadWrite.All'],
    source: 'https://learn.microsoft.com/en-us/graph/api/serviceprincipal-update?view=graph-rest-1.0',
  },
  {
    action: 'search users and groups, assign the test user or group',
    calls: ['GET /users?$search', 'GET /groups?$search', 'POST /servicePrincipals/{id}/appRoleAssignedTo'],
    scopes: ['User.ReadBasic.All', 'GroupMember.Read.All', 'AppRoleAssignment.ReadWrite.All'],
    source: 'https://learn.microsoft.com/en-us/graph/api/serviceprincipal-post-approleassignedto?view=graph-rest-1.0',
  },
  {
    action: 'create the provisioning job, validate and save the credentials, notification e-mail',
    calls: [
      'POST /servicePrincipals/{id}/synchronization/jobs',
      'POST .../jobs/{jobId}/validateCredentials',
      'PUT /servicePrincipals/{id}/synchronization/secrets',
    ],
    scopes: ['Synchronization.ReadWrite.All'],
    source: 'https://learn.microsoft.com/en-us/graph/api/synchronization-synchronization-post-jobs?view=graph-rest-1.0',
  },
  {
    action: 'start the job, provision on demand, read the provisioning log',
    calls: ['POST .../jobs/{jobId}/start', 'POST .../jobs/{jobId}/provisionOnDemand', 'GET /auditLogs/provisioning'],
    scopes: ['Synchronization.ReadWrite.All', 'AuditLog.Read.All'],
    source: 'https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-provisionondemand?view=graph-rest-1.0',
  },
  {
    action: "read back the job's schema",
    calls: ['GET .../jobs/{jobId}/schema'],
    scopes: ['Synchronization.Read.All'],
    source: 'https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationschema-get?view=graph-rest-1.0',
  },
];

/**
 * What the sign-in asks for: every row's permissions at once, so the admin consents once.
 * Synchronization.ReadWrite.All covers Synchronization.Read.All. msal-node adds openid, profile
 * and offline_access itself (the refresh token that keeps the sign-in across restarts).
 */
export const GRAPH_SIGN_IN_SCOPES: readonly string[] = [
  ...new Set(GRAPH_PERMISSIONS.flatMap((row) => row.scopes).filter((scope) => scope !== 'Synchronization.Read.All')),
].map((scope) => `https://graph.microsoft.com/${scope}`);
