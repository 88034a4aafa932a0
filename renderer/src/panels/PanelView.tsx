import type { IntegrationDefinition, PanelDefinition } from '../../../shared/integrations/types';
import { MappingTablePanel } from './MappingTablePanel';
import { SummaryPanel } from './SummaryPanel';
import { FactsPanel } from './FactsPanel';
import { GraphPanel } from '../graph/GraphPanel';
import { TenantUrlPreviewPanel } from './TenantUrlPreviewPanel';
import { TokenStatusPanel } from './TokenStatusPanel';
import { ValuesPanel } from './ValuesPanel';

export function PanelView({ panel, integration }: { panel: PanelDefinition; integration: IntegrationDefinition }) {
  switch (panel.kind) {
    case 'facts':
      return <FactsPanel panel={panel} />;
    case 'tenant-url-preview':
      return <TenantUrlPreviewPanel />;
    case 'token-status':
      return <TokenStatusPanel secretId={panel.secretId} />;
    case 'mapping-table':
      return <MappingTablePanel />;
    case 'values':
      return <ValuesPanel panel={panel} integration={integration} />;
    case 'summary':
      return <SummaryPanel rows={panel.rows} integration={integration} />;
    case 'graph':
      return <GraphPanel panel={panel} integration={integration} />;
  }
}
