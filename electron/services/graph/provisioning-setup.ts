import { AppError } from '../../../shared/errors';
import { segment, type GraphClient } from './graph-client';
import { GRAPH_OPERATIONS } from './graph-operations';
import { records, str } from './graph-values';

/** What Entra's provisioning sends to the SCIM service: the tenant or base URL and the bearer token. */
export interface ProvisioningCredentials {
  baseAddress: string;
  secretToken: string;
}

const jobsPath = (servicePrincipalId: string) => `/servicePrincipals/${segment(servicePrincipalId)}/synchronization/jobs`;

/** The credentials as synchronizationSecretKeyStringValuePair entries (keys BaseAddress and SecretToken). */
const credentialPairs = ({ baseAddress, secretToken }: ProvisioningCredentials) => [
  { key: 'BaseAddress', value: baseAddress },
  { key: 'SecretToken', value: secretToken },
];

/**
 * The app's synchronization template: GET /servicePrincipals/{id}/synchronization/templates
 * (https://learn.microsoft.com/en-us/graph/api/synchronization-synchronization-list-templates); the default one, else the first.
 */
export async function synchronizationTemplateId(client: GraphClient, servicePrincipalId: string): Promise<string> {
  const answer = await client.call({
    operation: GRAPH_OPERATIONS.listSyncTemplates,
    method: 'GET',
    path: `/servicePrincipals/${segment(servicePrincipalId)}/synchronization/templates`,
  });
  const templates = records(answer?.value).filter((template) => str(template, 'id'));
  const chosen = templates.find((template) => template.default === true) ?? templates[0];
  if (!chosen)
    throw new AppError('GRAPH_NOT_FOUND', 'The app has no synchronization template.', { variant: 'sync', graphCode: 'no-sync-template', status: 200 });
  return str(chosen, 'id')!;
}

/**
 * POST /servicePrincipals/{id}/synchronization/jobs with { templateId }; 201 with the job, created disabled
 * (https://learn.microsoft.com/en-us/graph/api/synchronization-synchronization-post-jobs).
 */
export async function createJob(client: GraphClient, servicePrincipalId: string, templateId: string): Promise<string> {
  const answer = await client.call({ operation: GRAPH_OPERATIONS.createJob, method: 'POST', path: jobsPath(servicePrincipalId), body: { templateId } });
  const id = answer ? str(answer, 'id') : null;
  if (!id) throw new AppError('GRAPH_REQUEST_FAILED', 'The job answer has no id.', { status: 201, graphCode: 'missing-id' });
  return id;
}

/**
 * "Test connection": POST .../jobs/{jobId}/validateCredentials with { useSavedCredentials: false, credentials }; 204 when
 * the SCIM service accepts them (https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-validatecredentials).
 * A refusal is GRAPH_CREDENTIALS_REJECTED with the SCIM side's words, token cut out.
 */
export async function validateCredentials(client: GraphClient, servicePrincipalId: string, jobId: string, credentials: ProvisioningCredentials): Promise<void> {
  await client.call({
    operation: GRAPH_OPERATIONS.validateCredentials,
    method: 'POST',
    path: `${jobsPath(servicePrincipalId)}/${segment(jobId)}/validateCredentials`,
    body: { useSavedCredentials: false, credentials: credentialPairs(credentials) },
    secrets: [credentials.secretToken],
  });
}

/**
 * Saves the credentials and the notification e-mail: PUT /servicePrincipals/{id}/synchronization/secrets with
 * { value: [{ key, value }] }, 204 (https://learn.microsoft.com/en-us/graph/api/synchronization-serviceprincipal-put-synchronization;
 * Step 4 of https://learn.microsoft.com/en-us/entra/identity/app-provisioning/application-provisioning-configuration-api).
 * The e-mail travels in SyncNotificationSettings, whose value is JSON; Recipients is what the portal's
 * "Notification Email" sets. Everything goes in one PUT, since it may replace the whole set.
 */
export async function saveCredentials(
  client: GraphClient,
  servicePrincipalId: string,
  credentials: ProvisioningCredentials,
  notificationEmail: string | null,
): Promise<void> {
  const notification = notificationEmail
    ? { Enabled: true, Recipients: notificationEmail, DeleteThresholdEnabled: false }
    : { Enabled: false, DeleteThresholdEnabled: false };
  await client.call({
    operation: GRAPH_OPERATIONS.saveSecrets,
    method: 'PUT',
    path: `/servicePrincipals/${segment(servicePrincipalId)}/synchronization/secrets`,
    body: { value: [...credentialPairs(credentials), { key: 'SyncNotificationSettings', value: JSON.stringify(notification) }] },
    secrets: [credentials.secretToken],
  });
}
