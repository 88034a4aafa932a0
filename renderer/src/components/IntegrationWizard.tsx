import { use } from 'react';
import { loadIntegrationDefinition } from '../../../shared/integrations/load-definition';
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
 * The wizard of a chosen integration. What it shows loads with the first wizard of a profile of that integration,
 * not with the first screen (AppShell) and not with the other integration's wizard: its steps (the definition),
 * its texts and the parts only some integrations' steps show. A failed load shows the slot's Reload message.
 */
export function IntegrationWizard({ integrationId }: { integrationId: string }) {
  // Both requested before waiting on either.
  const definition = loadIntegrationDefinition(integrationId);
  const texts = loadIntegrationTexts(integrationId);
  const integration = use(definition);
  // Started while rendering, not in an effect: a wizard suspended on its first step's part runs no effects yet.
  if (integration) preloadStepParts(integration);
  use(texts);
  // The shell shows the wizard only for an id in the catalogue, and every catalogue entry has its definition (a unit test says so).
  return integration ? <Wizard integration={integration} /> : null;
}
