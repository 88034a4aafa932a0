import { AppError } from '../../../shared/errors';
import { analyzeEntraSchema } from '../../../shared/mapping/entra-schema';
import { WEBEX_ACTIONS } from '../../../shared/integrations/webex-entra';
import type { AppServices } from '../app-services';
import type { HandlerTable } from '../dispatch';
import { updateProfile } from './profile-access';

export function mappingHandlers(services: AppServices): Pick<HandlerTable, 'mapping.analyzeEntraSchema'> {
  return {
    'mapping.analyzeEntraSchema': async ({ profileId, json }) => {
      const analysis = analyzeEntraSchema(json);
      // The reason is also the UI's sentence (errors.SCHEMA_REJECTED_<reason>); its params fill it in.
      if (!analysis.ok) throw new AppError('SCHEMA_REJECTED', analysis.message, { ...analysis.params, reason: analysis.code, variant: analysis.code });
      const profile = updateProfile(services, profileId, (current) => ({
        ...current,
        actions: { ...current.actions, [WEBEX_ACTIONS.loadSchema]: { ok: true, at: services.now().toISOString() } },
      }));
      return { findings: analysis.findings, objectMappingName: analysis.objectMappingName, profile };
    },
  };
}
