import { findIntegration } from '../../../shared/integrations';
import { Wizard } from './Wizard';

/** The wizard of a chosen integration: its steps load with this chunk, not with the first screen (AppShell). */
export function IntegrationWizard({ integrationId }: { integrationId: string }) {
  const integration = findIntegration(integrationId);
  // The shell shows the wizard only for an id in the catalogue, and every catalogue entry has its definition (a unit test says so).
  return integration ? <Wizard integration={integration} /> : null;
}
