import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelDefinition } from '../../../shared/integrations/types';
import { Info } from '../ui/icons';

/** Facts worth knowing before starting (e.g. what Webex does not sync), declared in the step data. */
export function FactsPanel({ panel }: { panel: Extract<PanelDefinition, { kind: 'facts' }> }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <aside className="panel" data-testid={panel.id} aria-labelledby={titleId}>
      <h3 id={titleId} className="panel-title">
        <Info size={18} aria-hidden="true" />
        {t(panel.titleKey)}
      </h3>
      <ul>
        {panel.itemKeys.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </aside>
  );
}
