import { AppError } from '../../../shared/errors';
import type { ActionDefinition, IntegrationDefinition } from '../../../shared/integrations/types';

export function errorCode(error: unknown): string {
  return error instanceof AppError ? error.code : 'INTERNAL';
}

/** The action of this kind in the integration's steps; the page names it, main takes its definition from the data. */
export function findAction(integration: IntegrationDefinition, actionId: string, kind: ActionDefinition['kind']): ActionDefinition {
  for (const step of integration.steps) {
    const action = step.actions.find((a) => a.id === actionId && a.kind === kind);
    if (action) return action;
  }
  throw new AppError('NOT_FOUND', `Action ${actionId} is not part of ${integration.id}.`, { actionId });
}
