import { randomUUID } from 'node:crypto';
import type { DirectoryStore, DirectoryUser, ServicePrincipal, SynchronizationJob } from '../directory-store';
import { badRequest, resourceNotFound } from '../graph-error';
import { tooManyRequests } from '../faults';
import { readJsonObject, sendJson } from '../http-io';
import { checkMembers, requireString, type Route } from '../route-types';
import { createScimUser, credentialsFrom, findScimUser, type ScimCredentials } from '../scim-calls';
import { scimUserFor } from '../scim-user-from-mappings';
import type { SynchronizationRule } from '../sync-schemas';
import { jobOf } from './synchronization';

/**
 * POST .../synchronization/jobs/{jobId}/provisionOnDemand
 * (https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-provisionondemand):
 * body { parameters: [{ ruleId, subjects: [{ objectId, objectTypeName: 'User' }] }] }, ruleId from the job's schema;
 * 200 with a stringKeyStringValuePair whose key is {"result","details"} and value the change, both as JSON text.
 * "The rate limit for this API is 5 requests per 10 seconds" (counted here per job). Provisions for real: looks the user up in the SCIM
 * service by the matching attribute, creates it there if absent, and records a provisioningObjectSummary.
 */

const RATE_LIMIT = { requests: 5, windowMs: 10_000 };
const recentCalls = new WeakMap<SynchronizationJob, number[]>();

function overRateLimit(job: SynchronizationJob): number | undefined {
  const now = Date.now();
  const calls = (recentCalls.get(job) ?? []).filter((at) => now - at < RATE_LIMIT.windowMs);
  if (calls.length >= RATE_LIMIT.requests) {
    recentCalls.set(job, calls);
    return Math.ceil((RATE_LIMIT.windowMs - (now - calls[0]!)) / 1000);
  }
  recentCalls.set(job, [...calls, now]);
  return undefined;
}

interface Subject {
  user: DirectoryUser;
  rule: SynchronizationRule;
}

function readSubject(body: Record<string, unknown>, rules: SynchronizationRule[], store: DirectoryStore): Subject {
  checkMembers(body, 'provisionOnDemand', ['parameters']);
  const parameters = body.parameters;
  if (!Array.isArray(parameters) || parameters.length !== 1)
    throw badRequest("Property 'parameters' must hold exactly one synchronizationJobApplicationParameters.");
  const parameter = parameters[0] as unknown;
  if (!parameter || typeof parameter !== 'object' || Array.isArray(parameter)) throw badRequest("Each entry of 'parameters' must be an object.");
  const applicationParameters = parameter as Record<string, unknown>;
  checkMembers(applicationParameters, 'synchronizationJobApplicationParameters', ['ruleId', 'subjects']);
  const ruleId = requireString(applicationParameters.ruleId, 'ruleId');
  const rule = rules.find((candidate) => candidate.id === ruleId);
  if (!rule) throw badRequest(`The synchronization rule '${ruleId}' is not defined in the job's schema.`);
  const subjects = applicationParameters.subjects;
  if (!Array.isArray(subjects) || subjects.length !== 1) throw badRequest("Property 'subjects' must hold exactly one synchronizationJobSubject for a user.");
  const subject = subjects[0] as unknown;
  if (!subject || typeof subject !== 'object' || Array.isArray(subject)) throw badRequest("Each entry of 'subjects' must be an object.");
  const jobSubject = subject as Record<string, unknown>;
  checkMembers(jobSubject, 'synchronizationJobSubject', ['objectId', 'objectTypeName'], ['links']);
  const objectId = requireString(jobSubject.objectId, 'objectId');
  // "User for synchronizing a user between Microsoft Entra ID and a third-party application" (synchronizationJobSubject).
  if (jobSubject.objectTypeName !== 'User')
    throw badRequest(`objectTypeName '${String(jobSubject.objectTypeName)}' is not supported here; provision a user with 'User'.`);
  const user = store.users.get(objectId);
  if (!user) throw resourceNotFound(objectId);
  return { user, rule };
}

interface Outcome {
  result: 'Success' | 'Skipped' | 'Failure';
  details: Record<string, string>;
  action: 'Create' | 'Other';
  steps: Array<{ name: string; type: string; status: 'Success' | 'Skipped' | 'Failure'; description: string; details: Record<string, string> }>;
  targetId: string | null;
  modified: Array<{ displayName: string; oldValue: null; newValue: string }>;
}

async function provision(store: DirectoryStore, servicePrincipal: ServicePrincipal, credentials: ScimCredentials, { user, rule }: Subject): Promise<Outcome> {
  const upn = user.userPrincipalName;
  const steps: Outcome['steps'] = [
    {
      name: 'EntryImport',
      type: 'Import',
      status: 'Success',
      description: `Retrieved User '${upn}' from Azure Active Directory`,
      details: { objectId: user.id, userPrincipalName: upn },
    },
  ];
  const entitlement = store.provisioningAssignment(servicePrincipal.id, user.id);
  if (entitlement !== 'assigned') {
    const reason =
      entitlement === 'not-assigned'
        ? 'The user is not assigned to the application.'
        : 'The user is assigned only with the Default Access role, which is not provisioned.';
    steps.push({
      name: 'EntrySynchronizationScoping',
      type: 'Scoping',
      status: 'Skipped',
      description: reason,
      details: { Assigned: String(entitlement !== 'not-assigned') },
    });
    return { result: 'Skipped', details: { errorCode: 'NotEffectivelyEntitled', errorMessage: reason }, action: 'Other', steps, targetId: null, modified: [] };
  }
  const userMapping = rule.objectMappings.find((mapping) => mapping.sourceObjectName === 'User' && mapping.enabled);
  if (!userMapping) throw badRequest('The rule has no enabled user mapping.');
  const { body, modified } = scimUserFor(user, userMapping.attributeMappings);
  const matching = userMapping.attributeMappings.find((mapping) => mapping.matchingPriority === 1)?.targetAttributeName ?? 'userName';
  const matchValue = typeof body[matching] === 'string' ? (body[matching] as string) : upn;
  const targetName = rule.targetDirectoryName;

  const found = await findScimUser(credentials, matchValue);
  if (!found.ok) {
    steps.push({
      name: 'EntryImport',
      type: 'Matching',
      status: 'Failure',
      description: `Failed to query '${matchValue}' from ${targetName}. ${found.detail}`,
      details: {},
    });
    return {
      result: 'Failure',
      details: { errorCode: 'SystemForCrossDomainIdentityManagementBadResponse', errorMessage: found.detail },
      action: 'Other',
      steps,
      targetId: null,
      modified,
    };
  }
  const existing = Array.isArray(found.body.Resources) ? (found.body.Resources as Array<Record<string, unknown>>) : [];
  if (existing.length > 0) {
    const message = 'The state of the user in both the source and target systems already match.';
    const targetId = typeof existing[0]!.id === 'string' ? (existing[0]!.id as string) : null;
    steps.push({
      name: 'EntryImport',
      type: 'Matching',
      status: 'Success',
      description: `Retrieved '${matchValue}' from ${targetName}`,
      details: { id: targetId ?? '' },
    });
    steps.push({
      name: 'EntrySynchronizationSkip',
      type: 'Export',
      status: 'Skipped',
      description: `${message} No change to the User '${upn}' currently needs to be made.`,
      details: { SkipReason: 'RedundantExport' },
    });
    return { result: 'Skipped', details: { errorCode: 'RedundantExport', errorMessage: message }, action: 'Other', steps, targetId, modified };
  }
  steps.push({
    name: 'EntryImport',
    type: 'Matching',
    status: 'Success',
    description: `No '${matchValue}' found in ${targetName}: it will be created`,
    details: {},
  });
  const created = await createScimUser(credentials, body);
  if (!created.ok) {
    steps.push({
      name: 'EntryExportAdd',
      type: 'Export',
      status: 'Failure',
      description: `Failed to create User '${upn}' in ${targetName}. ${created.detail}`,
      details: { ReportableIdentifier: upn },
    });
    return {
      result: 'Failure',
      details: { errorCode: 'SystemForCrossDomainIdentityManagementBadResponse', errorMessage: created.detail },
      action: 'Create',
      steps,
      targetId: null,
      modified,
    };
  }
  const targetId = typeof created.body.id === 'string' ? created.body.id : null;
  steps.push({
    name: 'EntryExportAdd',
    type: 'Export',
    status: 'Success',
    description: `User '${upn}' was created in ${targetName}`,
    details: { ReportableIdentifier: upn, id: targetId ?? '' },
  });
  return { result: 'Success', details: {}, action: 'Create', steps, targetId, modified };
}

function record(
  store: DirectoryStore,
  servicePrincipal: ServicePrincipal,
  job: SynchronizationJob,
  user: DirectoryUser,
  outcome: Outcome,
  started: Date,
  changeId: string,
): void {
  const ended = new Date();
  store.provisioningLog.push({
    id: randomUUID(),
    activityDateTime: ended.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    tenantId: store.tenantId,
    jobId: job.id,
    cycleId: randomUUID(),
    changeId,
    provisioningAction: outcome.action === 'Create' ? 'create' : 'other',
    durationInMilliseconds: ended.getTime() - started.getTime(),
    provisioningStatusInfo: {
      status: outcome.result === 'Success' ? 'success' : outcome.result === 'Skipped' ? 'skipped' : 'failure',
      errorInformation:
        outcome.result === 'Success'
          ? null
          : {
              errorCode: outcome.details.errorCode ?? null,
              reason: outcome.details.errorMessage ?? null,
              additionalDetails: null,
              errorCategory: outcome.result === 'Failure' ? 'nonServiceFailure' : null,
              recommendedAction: null,
            },
    },
    provisioningSteps: outcome.steps.map((step) => ({
      name: step.name,
      provisioningStepType: step.type.toLowerCase(),
      status: step.status.toLowerCase(),
      description: step.description,
      details: step.details,
    })),
    modifiedProperties: outcome.modified,
    servicePrincipal: { id: servicePrincipal.id, displayName: servicePrincipal.displayName },
    sourceSystem: { id: randomUUID(), displayName: 'Azure Active Directory', details: {} },
    targetSystem: {
      id: randomUUID(),
      displayName: servicePrincipal.displayName,
      details: { ApplicationId: servicePrincipal.appId, ServicePrincipalId: servicePrincipal.id, ServicePrincipalDisplayName: servicePrincipal.displayName },
    },
    initiatedBy: { id: '', displayName: 'Azure AD Provisioning Service', initiatingType: 'system' },
    sourceIdentity: { identityType: 'User', id: user.id, displayName: user.displayName, details: {} },
    targetIdentity: { identityType: 'urn:ietf:params:scim:schemas:core:2.0:User', id: outcome.targetId ?? '', displayName: '', details: {} },
  });
}

export const provisionOnDemandRoutes: Route[] = [
  {
    id: 'synchronization.jobs.provisionOnDemand',
    method: 'POST',
    pattern: '/servicePrincipals/{id}/synchronization/jobs/{jobId}/provisionOnDemand',
    async handle(context) {
      const { instance, job, schema } = jobOf(context);
      const body = readJsonObject(context);
      const subject = readSubject(body, schema.synchronizationRules, context.store);
      const { baseAddress, secretToken } = credentialsFrom(instance.secrets);
      if (baseAddress === undefined || secretToken === undefined) throw badRequest('The job has no saved credentials: save BaseAddress and SecretToken first.');
      const retryAfter = overRateLimit(job);
      if (retryAfter !== undefined) throw tooManyRequests(retryAfter);
      const servicePrincipal = context.store.servicePrincipals.get(context.params.id ?? '')!;
      const started = new Date();
      const changeId = randomUUID();
      const outcome = await provision(context.store, servicePrincipal, { baseAddress, secretToken }, subject);
      record(context.store, servicePrincipal, job, subject.user, outcome, started, changeId);
      const ended = new Date();
      sendJson(context.res, 200, {
        '@odata.context': `${context.graphBase}/$metadata#microsoft.graph.stringKeyStringValuePair`,
        key: JSON.stringify({ result: outcome.result, details: outcome.details }),
        value: JSON.stringify({
          action: outcome.action,
          changeId,
          endTime: ended.toISOString(),
          modifiedProperties: outcome.modified,
          provisioningSteps: outcome.steps.map((step) => ({ ...step, timestamp: ended.toISOString() })),
          reportableIdentifier: subject.user.userPrincipalName,
          startTime: started.toISOString(),
          statusInfo: {
            status: outcome.result,
            errorCode: outcome.details.errorCode ?? null,
            reason: outcome.details.errorMessage ?? null,
            additionalDetails: null,
            errorCategory: null,
            recommendedAction: null,
          },
          sourceIdentity: { id: subject.user.id, type: 'User', displayName: subject.user.displayName, details: null },
          sourceSystem: { id: null, name: 'Azure Active Directory', details: null },
          targetIdentity: { id: outcome.targetId, type: 'urn:ietf:params:scim:schemas:core:2.0:User', displayName: null, details: null },
          targetSystem: { id: null, name: subject.rule.targetDirectoryName, details: null },
        }),
      });
    },
  },
];
