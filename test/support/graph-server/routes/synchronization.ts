import { randomUUID } from 'node:crypto';
import type { InstanceState, SecretPair, SynchronizationJob } from '../directory-store';
import { badRequest, GraphError, resourceNotFound } from '../graph-error';
import { readJsonObject, requireNoBody, sendJson, sendNoContent } from '../http-io';
import { checkMembers, requireString, type Route, type RouteContext } from '../route-types';
import { credentialsFrom, testScimConnection } from '../scim-calls';
import { defaultSchemaFor } from '../sync-schemas';

/**
 * The keys a synchronizationSecretKeyStringValuePair may carry
 * (https://learn.microsoft.com/en-us/graph/api/resources/synchronization-synchronizationsecretkeystringvaluepair).
 * There is no "NotificationEmail" key: the notification e-mail travels inside SyncNotificationSettings.
 */
const SECRET_KEYS = new Set(
  'None UserName Password SecretToken AppKey BaseAddress ClientIdentifier ClientSecret SingleSignOnType Sandbox Url Domain ConsumerKey ConsumerSecret TokenKey TokenExpiration Oauth2AccessToken Oauth2AccessTokenCreationTime Oauth2RefreshToken SyncAll InstanceName Oauth2ClientId Oauth2ClientSecret CompanyId UpdateKeyOnSoftDelete SynchronizationSchedule SystemOfRecord SandboxName EnforceDomain SyncNotificationSettings SkipOutOfScopeDeletions Oauth2AuthorizationCode Oauth2RedirectUri ApplicationTemplateIdentifier Oauth2TokenExchangeUri Oauth2AuthorizationUri AuthenticationType Server PerformInboundEntitlementGrants HardDeletesEnabled SyncAgentCompatibilityKey SyncAgentADContainer ValidateDomain TestReferences ConnectionString'.split(
    ' ',
  ),
);

/**
 * SyncNotificationSettings' value is itself JSON. The secrets page's example sends {"Enabled":false,"DeleteThresholdEnabled":false}
 * (https://learn.microsoft.com/en-us/graph/api/synchronization-serviceprincipal-put-synchronization); the portal's
 * "Notification Email" adds "Recipients" (addresses separated by ';'), which no reference page spells out.
 */
const NOTIFICATION_MEMBERS: Record<string, 'boolean' | 'string' | 'number'> = {
  Enabled: 'boolean',
  Recipients: 'string',
  DeleteThresholdEnabled: 'boolean',
  DeleteThresholdValue: 'number',
  HealthCheckEnabled: 'boolean',
};

function checkNotificationSettings(value: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw badRequest('The value of SyncNotificationSettings is not valid JSON.');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw badRequest('The value of SyncNotificationSettings must be a JSON object.');
  const settings = parsed as Record<string, unknown>;
  for (const [key, member] of Object.entries(settings)) {
    const kind = NOTIFICATION_MEMBERS[key];
    if (!kind) throw badRequest(`SyncNotificationSettings has no member '${key}'.`);
    if (typeof member !== kind) throw badRequest(`SyncNotificationSettings.${key} must be a ${kind}.`);
  }
  if (typeof settings.Enabled !== 'boolean') throw badRequest('SyncNotificationSettings.Enabled is required.');
  if (settings.Enabled === true) {
    const recipients = typeof settings.Recipients === 'string' ? settings.Recipients.split(';').map((address) => address.trim()) : [];
    if (recipients.length === 0 || recipients.some((address) => !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)))
      throw badRequest('SyncNotificationSettings.Recipients must hold one or more e-mail addresses separated by semicolons.');
  }
}

/** A collection of { key, value } pairs with documented keys, as validateCredentials and PUT secrets take. */
export function readSecretPairs(value: unknown, name: string): SecretPair[] {
  if (!Array.isArray(value)) throw badRequest(`Property '${name}' must be a collection of synchronizationSecretKeyStringValuePair.`);
  return value.map((entry: unknown) => {
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) throw badRequest(`Each entry of '${name}' must be an object with key and value.`);
    const pair = entry as Record<string, unknown>;
    checkMembers(pair, 'synchronizationSecretKeyStringValuePair', ['key', 'value']);
    if (typeof pair.key !== 'string' || !SECRET_KEYS.has(pair.key)) throw badRequest(`Requested value '${String(pair.key)}' was not found.`);
    if (typeof pair.value !== 'string') throw badRequest(`The value of secret '${pair.key}' must be a string.`);
    if (pair.key === 'SyncNotificationSettings') checkNotificationSettings(pair.value);
    return { key: pair.key, value: pair.value };
  });
}

export function instanceOf({ store, params }: RouteContext): InstanceState {
  const id = params.id ?? '';
  const instance = store.instances.get(id);
  if (!store.servicePrincipals.has(id) || !instance) throw resourceNotFound(id);
  return instance;
}

export function jobOf(context: RouteContext) {
  const instance = instanceOf(context);
  const entry = instance.jobs.get(context.params.jobId ?? '');
  if (!entry) throw new GraphError(404, 'Request_ResourceNotFound', `Synchronization job '${context.params.jobId}' does not exist.`);
  return { instance, ...entry };
}

/**
 * The portal's Test Connection failure reads "You appear to have entered invalid credentials..." with error code
 * SystemForCrossDomainIdentityManagementCredentialValidationUnavailable and the SCIM side's answer as details;
 * the validateCredentials reference page documents only the 204 success.
 */
async function validate(context: RouteContext, body: Record<string, unknown>, instance: InstanceState): Promise<void> {
  let pairs: SecretPair[];
  if (body.useSavedCredentials !== undefined && typeof body.useSavedCredentials !== 'boolean')
    throw badRequest("Property 'useSavedCredentials' must be a boolean.");
  if (body.useSavedCredentials === true) {
    pairs = instance.secrets;
  } else {
    if (body.credentials === undefined) throw badRequest("Required property 'credentials' is missing from the request body.");
    pairs = readSecretPairs(body.credentials, 'credentials');
  }
  const { baseAddress, secretToken } = credentialsFrom(pairs);
  if (baseAddress === undefined || secretToken === undefined) throw badRequest('The credentials must include BaseAddress and SecretToken.');
  const answer = await testScimConnection({ baseAddress, secretToken });
  if (!answer.ok)
    throw new GraphError(
      400,
      'SystemForCrossDomainIdentityManagementCredentialValidationUnavailable',
      `You appear to have entered invalid credentials. Please confirm you are using the correct information for an administrative account. Details: ${answer.detail}`,
    );
  sendNoContent(context.res);
}

export const synchronizationRoutes: Route[] = [
  {
    // https://learn.microsoft.com/en-us/graph/api/synchronization-synchronization-list-templates
    id: 'synchronization.templates.list',
    method: 'GET',
    pattern: '/servicePrincipals/{id}/synchronization/templates',
    async handle(context) {
      requireNoBody(context);
      const instance = instanceOf(context);
      const servicePrincipal = context.store.servicePrincipals.get(context.params.id ?? '')!;
      const value =
        instance.connector === null || instance.synchronizationTemplateId === null
          ? []
          : [
              {
                id: instance.synchronizationTemplateId,
                applicationId: servicePrincipal.appId,
                default: true,
                description: null,
                discoverable: true,
                factoryTag: instance.synchronizationTemplateId,
                metadata: [],
                schema: defaultSchemaFor(instance.connector),
              },
            ];
      sendJson(context.res, 200, {
        '@odata.context': `${context.graphBase}/$metadata#servicePrincipals('${servicePrincipal.id}')/synchronization/templates`,
        value,
      });
    },
  },
  {
    // https://learn.microsoft.com/en-us/graph/api/synchronization-synchronization-post-jobs: body { templateId }, 201 with the job,
    // "created in a disabled state" (status code NotConfigured, schedule Disabled, as in that page's example).
    id: 'synchronization.jobs.create',
    method: 'POST',
    pattern: '/servicePrincipals/{id}/synchronization/jobs',
    async handle(context) {
      const instance = instanceOf(context);
      const body = readJsonObject(context);
      // "The only required property is templateId"; the job's other writable members may come along.
      checkMembers(body, 'synchronizationJob', ['templateId'], ['schedule', 'synchronizationJobSettings']);
      const templateId = requireString(body.templateId, 'templateId');
      if (instance.connector === null || templateId !== instance.synchronizationTemplateId)
        throw badRequest(`The synchronization template '${templateId}' does not exist for this application.`);
      const job: SynchronizationJob = {
        id: `${templateId}.${context.store.tenantId.replace(/-/g, '')}.${randomUUID()}`,
        templateId,
        schedule: { expiration: null, interval: 'P10675199DT2H48M5.4775807S', state: 'Disabled' },
        status: {
          code: 'NotConfigured',
          countSuccessiveCompleteFailures: 0,
          escrowsPruned: false,
          lastExecution: null,
          lastSuccessfulExecution: null,
          lastSuccessfulExecutionWithExports: null,
          progress: [],
          quarantine: null,
          steadyStateFirstAchievedTime: '0001-01-01T00:00:00Z',
          steadyStateLastAchievedTime: '0001-01-01T00:00:00Z',
          synchronizedEntryCountByType: [],
          troubleshootingUrl: null,
        },
        synchronizationJobSettings: Array.isArray(body.synchronizationJobSettings)
          ? (body.synchronizationJobSettings as Array<{ name: string; value: string }>)
          : [{ name: 'QuarantineTooManyDeletesThreshold', value: '500' }],
      };
      instance.jobs.set(job.id, { job, schema: defaultSchemaFor(instance.connector) });
      sendJson(context.res, 201, {
        '@odata.context': `${context.graphBase}/$metadata#servicePrincipals('${context.params.id}')/synchronization/jobs/$entity`,
        ...job,
      });
    },
  },
  {
    // https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-get
    id: 'synchronization.jobs.get',
    method: 'GET',
    pattern: '/servicePrincipals/{id}/synchronization/jobs/{jobId}',
    async handle(context) {
      requireNoBody(context);
      const { job } = jobOf(context);
      sendJson(context.res, 200, {
        '@odata.context': `${context.graphBase}/$metadata#servicePrincipals('${context.params.id}')/synchronization/jobs/$entity`,
        ...job,
      });
    },
  },
  {
    // https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-start: 204. Without saved credentials the
    // job cannot reach the target and goes into quarantine, as a real one does.
    id: 'synchronization.jobs.start',
    method: 'POST',
    pattern: '/servicePrincipals/{id}/synchronization/jobs/{jobId}/start',
    async handle(context) {
      requireNoBody(context);
      const { instance, job } = jobOf(context);
      const { baseAddress, secretToken } = credentialsFrom(instance.secrets);
      job.schedule.state = 'Active';
      if (baseAddress !== undefined && secretToken !== undefined) {
        job.status.code = 'Active';
        job.status.quarantine = null;
      } else {
        const now = new Date().toISOString();
        job.status.code = 'Quarantine';
        job.status.quarantine = { currentBegan: now, nextAttempt: now, reason: 'EncounteredQuarantineException', seriesBegan: now, seriesCount: 1 };
      }
      sendNoContent(context.res);
    },
  },
  {
    // https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-pause: no body, 204. The job keeps
    // its state and settings; start resumes it.
    id: 'synchronization.jobs.pause',
    method: 'POST',
    pattern: '/servicePrincipals/{id}/synchronization/jobs/{jobId}/pause',
    async handle(context) {
      requireNoBody(context);
      const { job } = jobOf(context);
      job.schedule.state = 'Paused';
      job.status.code = 'Paused';
      sendNoContent(context.res);
    },
  },
  {
    // https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-delete: no body, 204.
    id: 'synchronization.jobs.delete',
    method: 'DELETE',
    pattern: '/servicePrincipals/{id}/synchronization/jobs/{jobId}',
    async handle(context) {
      requireNoBody(context);
      const { instance } = jobOf(context);
      instance.jobs.delete(context.params.jobId ?? '');
      sendNoContent(context.res);
    },
  },
  {
    // https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationschema-get
    id: 'synchronization.jobs.schema.get',
    method: 'GET',
    pattern: '/servicePrincipals/{id}/synchronization/jobs/{jobId}/schema',
    async handle(context) {
      requireNoBody(context);
      const { schema } = jobOf(context);
      sendJson(context.res, 200, {
        '@odata.context': `${context.graphBase}/$metadata#servicePrincipals('${context.params.id}')/synchronization/jobs('${context.params.jobId}')/schema/$entity`,
        ...schema,
      });
    },
  },
  {
    // https://learn.microsoft.com/en-us/graph/api/synchronization-synchronizationjob-validatecredentials
    // Body: useSavedCredentials (Boolean), credentials (synchronizationSecretKeyStringValuePair collection). 204 when valid.
    id: 'synchronization.jobs.validateCredentials',
    method: 'POST',
    pattern: '/servicePrincipals/{id}/synchronization/jobs/{jobId}/validateCredentials',
    async handle(context) {
      const { instance } = jobOf(context);
      const body = readJsonObject(context);
      checkMembers(body, 'validateCredentials', [], ['useSavedCredentials', 'credentials']);
      await validate(context, body, instance);
    },
  },
  {
    // The same action bound to the jobs collection, before a job exists (Graph SDKs: ServicePrincipals.Item.Synchronization.Jobs.ValidateCredentials,
    // with applicationIdentifier and templateId beside the two members above).
    id: 'synchronization.jobs.validateCredentials',
    method: 'POST',
    pattern: '/servicePrincipals/{id}/synchronization/jobs/validateCredentials',
    async handle(context) {
      const instance = instanceOf(context);
      const body = readJsonObject(context);
      checkMembers(body, 'validateCredentials', [], ['useSavedCredentials', 'credentials', 'templateId', 'applicationIdentifier']);
      if (body.templateId !== undefined && body.templateId !== instance.synchronizationTemplateId)
        throw badRequest(`The synchronization template '${String(body.templateId)}' does not exist for this application.`);
      await validate(context, body, instance);
    },
  },
  {
    // https://learn.microsoft.com/en-us/graph/api/synchronization-serviceprincipal-put-synchronization: body { value: [{ key, value }] }, 204.
    id: 'synchronization.secrets.put',
    method: 'PUT',
    pattern: '/servicePrincipals/{id}/synchronization/secrets',
    async handle(context) {
      const instance = instanceOf(context);
      const body = readJsonObject(context);
      checkMembers(body, 'synchronizationSecrets', ['value']);
      const pairs = readSecretPairs(body.value, 'value');
      // PUT replaces the whole set: a client saving the notification e-mail alone would lose the tenant URL and token.
      // Strict on purpose: a client that sends every key together works whether Graph merges or replaces.
      instance.secrets = pairs;
      sendNoContent(context.res);
    },
  },
];
