import { AppError } from '../../../shared/errors';
import { findIntegration } from '../../../shared/integrations';
import { completeStep, findField, goToStep, invalidateActions } from '../../../shared/engine/step-engine';
import { emptyProfile } from '../../../shared/settings/schema';
import type { AppServices } from '../app-services';
import type { HandlerTable } from '../dispatch';
import { validateFieldValue } from './field-validation';
import { profileIntegration, readProfile, updateProfile } from './profile-access';

type ProfileHandlers = Pick<HandlerTable, 'profile.selectIntegration' | 'profile.saveField' | 'profile.goToStep' | 'profile.completeStep' | 'profile.reset'>;

export function profileHandlers(services: AppServices): ProfileHandlers {
  return {
    'profile.selectIntegration': async ({ profileId, integrationId }) => {
      const integration = findIntegration(integrationId);
      if (!integration) throw new AppError('NOT_FOUND', `Unknown integration "${integrationId}".`, { integrationId });
      if (!integration.available) throw new AppError('VALIDATION_FAILED', 'This integration is not available yet.', { integrationId, reason: 'not-available' });
      return updateProfile(services, profileId, (profile) => {
        if (profile.integrationId === integrationId) return profile;
        // A different procedure starts from its first step; keychain entries are kept (they belong to the profile).
        const fresh = emptyProfile(profile.id, profile.name, services.now());
        return { ...fresh, secrets: profile.secrets, integrationId, currentStepId: integration.steps[0]?.id ?? null };
      });
    },

    'profile.saveField': async ({ profileId, fieldId, value }) => {
      const profile = readProfile(services, profileId);
      const integration = profileIntegration(profile);
      const found = findField(integration, fieldId);
      if (!found) throw new AppError('NOT_FOUND', `Field ${fieldId} is not part of ${integration.id}.`, { fieldId });
      const endpoints = services.endpointFacts(integration.id);
      const result = validateFieldValue(found.field, value, { fields: { ...profile.fields }, endpoints });
      // An invalid value is reported and not saved: the value saved before stays as it was.
      if (!result.ok) return result;
      const saved = updateProfile(services, profileId, (current) => {
        const fields = { ...current.fields, [fieldId]: result.value };
        const derived = integration.deriveFields?.(fields, endpoints) ?? {};
        const nextFields = { ...fields, ...derived };
        const changed = Object.keys(nextFields).filter((key) => nextFields[key] !== current.fields[key]);
        return invalidateActions(integration, { ...current, fields: nextFields }, changed);
      });
      return { ok: true, value: saved.fields[fieldId] ?? result.value, notes: result.notes ?? [], profile: saved };
    },

    'profile.goToStep': async ({ profileId, stepId }) => {
      const integration = profileIntegration(readProfile(services, profileId));
      return updateProfile(services, profileId, (profile) => goToStep(integration, profile, stepId, services.now()));
    },

    'profile.completeStep': async ({ profileId, stepId, skip }) => {
      const integration = profileIntegration(readProfile(services, profileId));
      return updateProfile(services, profileId, (profile) => completeStep(integration, profile, stepId, skip === true, services.now()));
    },

    'profile.reset': async ({ profileId }) =>
      updateProfile(services, profileId, (profile) => ({ ...emptyProfile(profile.id, profile.name, services.now()), secrets: profile.secrets })),
  };
}
