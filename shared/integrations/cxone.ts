import type { IntegrationDefinition } from './types';

/**
 * NICE CXone Mpower with any IdP (seed 000). Listed so admins see it is
 * coming; its steps arrive with their own issue on the same engine.
 */
export const cxoneIntegration: IntegrationDefinition = {
  id: 'cxone',
  titleKey: 'integrations.cxone.title',
  summaryKey: 'integrations.cxone.summary',
  available: false,
  steps: [],
};
