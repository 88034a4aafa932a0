import type { IntegrationDefinition, PanelId } from '../../../shared/integrations/types';
import { MappingTablePanel } from './MappingTablePanel';
import { SummaryPanel } from './SummaryPanel';
import { SyncFactsPanel } from './SyncFactsPanel';
import { TenantUrlPreviewPanel } from './TenantUrlPreviewPanel';
import { TokenStatusPanel } from './TokenStatusPanel';

export function PanelView({ panel, integration }: { panel: PanelId; integration: IntegrationDefinition }) {
  switch (panel) {
    case 'sync-facts':
      return <SyncFactsPanel />;
    case 'tenant-url-preview':
      return <TenantUrlPreviewPanel />;
    case 'token-status':
      return <TokenStatusPanel />;
    case 'mapping-table':
      return <MappingTablePanel />;
    case 'summary':
      return <SummaryPanel integration={integration} />;
  }
}
