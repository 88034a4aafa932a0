import { use } from 'react';
import { findIntegration } from '../../../shared/integrations';
import type { IntegrationDefinition } from '../../../shared/integrations/types';
import { preloadActionKind } from '../actions/ActionView';
import { loadIntegrationTexts } from '../hooks/use-locale-i18n';
import { preloadPanelKind } from '../panels/PanelView';
import { Wizard } from './Wizard';

/** Every action and panel kind the integration's steps show starts loading now; each kind loads once per page. */
function preloadStepParts(integration: IntegrationDefinition): void {
  for (const step of integration.steps) {
    for (const action of step.actions) preloadActionKind(action.kind);
    for (const panel of step.panels ?? []) preloadPanelKind(panel.kind);
  }
}

/**
 * The wizard of a chosen integration: its steps load with this chunk, not with the first screen (AppShell); its
 * texts and the parts only some integrations' steps show load with the first wizard that needs them.
 */
export function IntegrationWizard({ integrationId }: { integrationId: string }) {
  const integration = findIntegration(integrationId);
  // Started while rendering, not in an effect: a wizard suspended on its first step's part runs no effects yet.
  if (integration) preloadStepParts(integration);
  // Its own texts, fetched with the first wizard of a profile of it (a failed fetch shows the slot's Reload message).
  use(loadIntegrationTexts(integrationId));
  // The shell shows the wizard only for an id in the catalogue, and every catalogue entry has its definition (a unit test says so).
  return integration ? <Wizard integration={integration} /> : null;
}
