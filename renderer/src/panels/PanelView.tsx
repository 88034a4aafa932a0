import type { IntegrationDefinition, PanelDefinition } from '../../../shared/integrations/types';
import { onDemand } from '../ui/on-demand';
import { SummaryPanel } from './SummaryPanel';

// Only the summary closes every integration's steps; the other kinds load with the first wizard that shows them.
const facts = onDemand(() => import('./FactsPanel').then((module) => module.FactsPanel));
const tenantUrlPreview = onDemand(() => import('./TenantUrlPreviewPanel').then((module) => module.TenantUrlPreviewPanel));
const tokenStatus = onDemand(() => import('./TokenStatusPanel').then((module) => module.TokenStatusPanel));
const mappingTable = onDemand(() => import('./MappingTablePanel').then((module) => module.MappingTablePanel));
const values = onDemand(() => import('./ValuesPanel').then((module) => module.ValuesPanel));
const graph = onDemand(() => import('../graph/GraphPanel').then((module) => module.GraphPanel));

const ON_DEMAND: Partial<Record<PanelDefinition['kind'], { preload: () => void }>> = {
  facts,
  'tenant-url-preview': tenantUrlPreview,
  'token-status': tokenStatus,
  'mapping-table': mappingTable,
  values,
  graph,
};

/** Starts loading the component of a panel kind that is not in the wizard's own chunk. */
export function preloadPanelKind(kind: PanelDefinition['kind']): void {
  ON_DEMAND[kind]?.preload();
}

export function PanelView({ panel, integration }: { panel: PanelDefinition; integration: IntegrationDefinition }) {
  switch (panel.kind) {
    case 'facts':
      return <facts.Component panel={panel} />;
    case 'tenant-url-preview':
      return <tenantUrlPreview.Component />;
    case 'token-status':
      return <tokenStatus.Component secretId={panel.secretId} integration={integration} />;
    case 'mapping-table':
      return <mappingTable.Component />;
    case 'values':
      return <values.Component panel={panel} integration={integration} />;
    case 'summary':
      return <SummaryPanel rows={panel.rows} integration={integration} />;
    case 'graph':
      return <graph.Component panel={panel} integration={integration} />;
  }
}
