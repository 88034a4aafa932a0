import { AppError } from '../../../shared/errors';
import { segment, odataString, type GraphClient } from './graph-client';
import { scrubbedText } from './graph-errors';
import { GRAPH_OPERATIONS } from './graph-operations';
import { records, str } from './graph-values';

const jobPath = (servicePrincipalId: string, jobId: string) => `/servicePrincipals/${segment(servicePrincipalId)}/synchronization/jobs/${segment(jobId)}`;

/** provisionOnDemand also waits for the SCIM service; Entra allows it more than an ordinary call. */
const ON_DEMAND_TIMEOUT_MS = 60_000;

/** POST .../jobs/{jobId}/start, 204 (https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-start). */
export async function startJob(client: GraphClient, servicePrincipalId: string, jobId: string): Promise<void> {
  await client.call({ operation: GRAPH_OPERATIONS.startJob, method: 'POST', path: `${jobPath(servicePrincipalId, jobId)}/start` });
}

/** Undo of start: POST .../jobs/{jobId}/pause, 204 (https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-pause). */
export async function pauseJob(client: GraphClient, servicePrincipalId: string, jobId: string): Promise<void> {
  await client.call({ operation: GRAPH_OPERATIONS.pauseJob, method: 'POST', path: `${jobPath(servicePrincipalId, jobId)}/pause` });
}

/** Undo of the set-up: DELETE .../jobs/{jobId}, 204 (https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-delete). */
export async function deleteJob(client: GraphClient, servicePrincipalId: string, jobId: string): Promise<void> {
  await client.call({ operation: GRAPH_OPERATIONS.deleteJob, method: 'DELETE', path: jobPath(servicePrincipalId, jobId) });
}

/** GET .../jobs/{jobId}/schema (https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationschema-get). */
export async function getJobSchema(client: GraphClient, servicePrincipalId: string, jobId: string): Promise<Record<string, unknown>> {
  return (await client.call({ operation: GRAPH_OPERATIONS.getJobSchema, method: 'GET', path: `${jobPath(servicePrincipalId, jobId)}/schema` })) ?? {};
}

/** The rule that provisions users out of Entra ID: the schema's rule with an enabled User object mapping. */
export function userRuleId(schema: Record<string, unknown>): string | null {
  for (const rule of records(schema.synchronizationRules)) {
    const mapsUsers = records(rule.objectMappings).some((mapping) => str(mapping, 'sourceObjectName') === 'User' && mapping.enabled !== false);
    if (mapsUsers && str(rule, 'id')) return str(rule, 'id');
  }
  return null;
}

export interface ProvisioningStep {
  name: string;
  type: string;
  status: string;
  description: string;
}

export interface OnDemandResult {
  status: 'success' | 'skipped' | 'failure';
  errorCode: string | null;
  reason: string | null;
  steps: ProvisioningStep[];
}

function statusOf(raw: string | null): OnDemandResult['status'] {
  const value = (raw ?? '').toLowerCase();
  return value === 'success' ? 'success' : value === 'skipped' ? 'skipped' : 'failure';
}

function parsedObject(text: unknown): Record<string, unknown> {
  if (typeof text !== 'string') return {};
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const stepsFrom = (value: unknown, secrets: readonly string[], typeKey: string): ProvisioningStep[] =>
  records(value).map((step) => ({
    name: scrubbedText(str(step, 'name') ?? '', secrets),
    type: scrubbedText(str(step, typeKey) ?? '', secrets),
    status: scrubbedText(str(step, 'status') ?? '', secrets),
    description: scrubbedText(str(step, 'description') ?? '', secrets),
  }));

/**
 * POST .../jobs/{jobId}/provisionOnDemand with { parameters: [{ ruleId, subjects: [{ objectId, objectTypeName: 'User' }] }] };
 * 200 with a stringKeyStringValuePair: key = JSON {result, details}, value = JSON of the change with its provisioningSteps
 * (https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-provisionondemand, request and response examples).
 * The SCIM side's words may come back in it: every text is scrubbed of the secrets.
 */
export async function provisionUserOnDemand(
  client: GraphClient,
  servicePrincipalId: string,
  jobId: string,
  userId: string,
  secrets: readonly string[],
): Promise<OnDemandResult> {
  const ruleId = userRuleId(await getJobSchema(client, servicePrincipalId, jobId));
  if (!ruleId) throw new AppError('GRAPH_NOT_FOUND', "The job's schema has no rule for users.", { variant: 'sync', graphCode: 'no-user-rule', status: 200 });
  const answer = await client.call({
    operation: GRAPH_OPERATIONS.provisionOnDemand,
    method: 'POST',
    path: `${jobPath(servicePrincipalId, jobId)}/provisionOnDemand`,
    body: { parameters: [{ ruleId, subjects: [{ objectId: userId, objectTypeName: 'User' }] }] },
    timeoutMs: ON_DEMAND_TIMEOUT_MS,
  });
  const key = parsedObject(answer?.key);
  const value = parsedObject(answer?.value);
  const details = typeof key.details === 'object' && key.details !== null ? (key.details as Record<string, unknown>) : {};
  const errorCode = str(details, 'errorCode');
  const reason = str(details, 'errorMessage');
  return {
    status: statusOf(str(key, 'result')),
    errorCode: errorCode ? scrubbedText(errorCode, secrets) : null,
    reason: reason ? scrubbedText(reason, secrets) : null,
    steps: stepsFrom(value.provisioningSteps, secrets, 'type'),
  };
}

export interface ProvisioningLogEntry {
  id: string;
  activityDateTime: string;
  action: string;
  status: string;
  errorCode: string | null;
  reason: string | null;
  steps: ProvisioningStep[];
}

/**
 * The provisioning log for one user of this app: GET /auditLogs/provisioning?$filter=sourceIdentity/id eq '{id}',
 * newest first (https://learn.microsoft.com/en-us/graph/api/provisioningobjectsummary-list: "$filter (eq, contains, gt, lt),
 * $orderby, $top"); entries of other apps are dropped here.
 */
export async function provisioningLogFor(
  client: GraphClient,
  servicePrincipalId: string,
  userId: string,
  secrets: readonly string[],
): Promise<ProvisioningLogEntry[]> {
  const answer = await client.call({
    operation: GRAPH_OPERATIONS.listProvisioningLogs,
    method: 'GET',
    path: '/auditLogs/provisioning',
    query: { $filter: `sourceIdentity/id eq ${odataString(userId)}`, $orderby: 'activityDateTime desc', $top: '20' },
  });
  return records(answer?.value)
    .filter((entry) => {
      const app = entry.servicePrincipal;
      return typeof app !== 'object' || app === null || (app as Record<string, unknown>).id === servicePrincipalId;
    })
    .map((entry) => {
      const statusInfo = (typeof entry.provisioningStatusInfo === 'object' && entry.provisioningStatusInfo) || {};
      const info = statusInfo as Record<string, unknown>;
      const errorInfo = (typeof info.errorInformation === 'object' && info.errorInformation) || {};
      const error = errorInfo as Record<string, unknown>;
      const errorCode = str(error, 'errorCode');
      const reason = str(error, 'reason');
      return {
        id: str(entry, 'id') ?? '',
        activityDateTime: str(entry, 'activityDateTime') ?? '',
        action: str(entry, 'provisioningAction') ?? '',
        status: str(info, 'status') ?? '',
        errorCode: errorCode ? scrubbedText(errorCode, secrets) : null,
        reason: reason ? scrubbedText(reason, secrets) : null,
        steps: stepsFrom(entry.provisioningSteps, secrets, 'provisioningStepType'),
      };
    });
}
