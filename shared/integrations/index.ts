import { cxoneIntegration } from './cxone';
import type { IntegrationDefinition, StepDefinition } from './types';
import { webexEntraIntegration } from './webex-entra';

export const INTEGRATIONS: readonly IntegrationDefinition[] = [webexEntraIntegration, cxoneIntegration];

export function findIntegration(id: string | null | undefined): IntegrationDefinition | undefined {
  return INTEGRATIONS.find((i) => i.id === id);
}

export function findStep(integration: IntegrationDefinition, stepId: string | null | undefined): StepDefinition | undefined {
  return integration.steps.find((s) => s.id === stepId);
}
