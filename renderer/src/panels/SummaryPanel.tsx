import { useTranslation } from 'react-i18next';
import { conditionsHold } from '../../../shared/engine/conditions';
import type { IntegrationDefinition, ValueRow } from '../../../shared/integrations/types';
import { useApp } from '../hooks/app-context';
import { shownOrgIdText } from '../../../shared/presenting/mask-org-id';
import { useValueText } from './use-value-text';

/** The closing summary, its rows declared in the step data. */
export function SummaryPanel({ rows, integration }: { rows: readonly ValueRow[]; integration: IntegrationDefinition }) {
  const { t } = useTranslation();
  const { profile, presenting } = useApp();
  const valueText = useValueText(integration);
  return (
    <aside className="panel" data-testid="summary-panel" aria-labelledby="summary-title">
      <h3 id="summary-title">{t('summary.title')}</h3>
      <dl className="summary">
        {rows
          .filter((row) => conditionsHold(row.when, profile))
          .map((row) => {
            const shown = valueText(row.value);
            return (
              <div key={row.id} data-testid={`summary-${row.id}`}>
                <dt>{t(row.labelKey)}</dt>
                <dd className={shown.kind === 'code' ? 'mono' : undefined}>
                  {shown.kind === 'unknown' ? t('summary.notSet') : shownOrgIdText(shown.text, presenting)}
                </dd>
              </div>
            );
          })}
      </dl>
    </aside>
  );
}
