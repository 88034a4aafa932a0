import { AppError } from '../../../shared/errors';
import { plainValue } from '../../../shared/engine/value-source';
import type { ActionDefinition, ProbeStyle, ScimCheckDefinition } from '../../../shared/integrations/types';
import { ownValue } from '../../../shared/own-property';
import type { Profile } from '../../../shared/settings/schema';
import type { AppServices } from '../app-services';
import { runScimCheck, type ResolvedCredential } from '../checks/run-scim-check';
import type { HandlerTable } from '../dispatch';
import { findAction } from './action-lookup';
import { profileIntegration, readProfile, updateProfile } from './profile-access';

type CheckHandlers = Pick<HandlerTable, 'checks.run' | 'actions.cancel'>;

/** The probe style in force: fixed, or picked by an answer (the IdP). */
export function probeStyle(probe: ScimCheckDefinition['probe'], fields: Readonly<Record<string, string>>): ProbeStyle {
  if (typeof probe === 'string') return probe;
  const answer = ownValue(fields, probe.byField);
  return (answer !== undefined ? ownValue(probe.styles, answer) : undefined) ?? probe.otherwise;
}

export function checkHandlers(services: AppServices): CheckHandlers {
  const secretOrRefuse = async (profileId: string, secretId: Parameters<AppServices['secrets']['get']>[1]) => {
    const value = await services.secrets.get(profileId, secretId);
    if (value === null) throw new AppError('VALIDATION_FAILED', 'A secret this check needs is not stored yet.', { reason: 'no-secret', secretId });
    return value;
  };

  const resolveCredential = async (profile: Profile, check: ScimCheckDefinition, tokenUrl: string | undefined): Promise<ResolvedCredential> => {
    const credential = check.credential;
    if (credential.kind === 'bearer') return { kind: 'bearer', token: await secretOrRefuse(profile.id, credential.secretId) };
    if (!tokenUrl) throw new AppError('VALIDATION_FAILED', 'The token endpoint is not known yet.', { reason: 'no-token-url' });
    return {
      kind: 'access-key',
      accessKeyId: await secretOrRefuse(profile.id, credential.keyIdSecretId),
      accessKeySecret: await secretOrRefuse(profile.id, credential.keySecretSecretId),
      tokenUrl,
    };
  };

  return {
    'checks.run': async ({ profileId, actionId, requestId }) => {
      const profile = readProfile(services, profileId);
      const integration = profileIntegration(profile);
      const action = findAction(integration, actionId, 'test-connection') as Extract<ActionDefinition, { kind: 'test-connection' }>;
      const endpoints = services.endpointFacts(integration.id);
      const baseUrl = plainValue(integration, action.check.baseUrl, profile.fields, endpoints);
      if (!baseUrl) throw new AppError('VALIDATION_FAILED', 'The SCIM base URL is not known yet.', { reason: 'no-base-url', actionId });
      const tokenUrl =
        action.check.credential.kind === 'access-key' ? plainValue(integration, action.check.credential.tokenUrl, profile.fields, endpoints) : undefined;
      const credential = await resolveCredential(profile, action.check, tokenUrl);
      const controller = new AbortController();
      services.running.set(requestId, controller);
      try {
        const result = await runScimCheck({ baseUrl, credential, probe: probeStyle(action.check.probe, profile.fields), signal: controller.signal });
        // A cancelled run proves nothing either way: the last real result (maybe a pass the next step needs) stays.
        if (result.outcome === 'cancelled') return { ...result, profile: readProfile(services, profileId) };
        const saved = updateProfile(services, profileId, (current) => ({
          ...current,
          actions: { ...current.actions, [actionId]: { ok: result.ok, at: services.now().toISOString(), code: result.outcome } },
        }));
        services.log.info(
          `check ${actionId} for profile ${profileId}: ${result.outcome}${result.status ? ` (${result.status})` : ''} at the ${result.stage} stage`,
        );
        return { ...result, profile: saved };
      } finally {
        services.running.delete(requestId);
      }
    },

    'actions.cancel': async ({ requestId }) => {
      const controller = services.running.get(requestId);
      controller?.abort();
      return { cancelled: controller !== undefined };
    },
  };
}
