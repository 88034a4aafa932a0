import { cxoneIntegration } from './cxone';
import type { IntegrationDefinition } from './types';
import { webexEntraIntegration } from './webex-entra';

export const INTEGRATIONS: readonly IntegrationDefinition[] = [webexEntraIntegration, cxoneIntegration];

export function findIntegration(id: string | null | undefined): IntegrationDefinition | undefined {
  return INTEGRATIONS.find((i) => i.id === id);
}
