import { useTranslation } from 'react-i18next';
import { WEBEX_RECOMMENDED_MAPPINGS } from '../../../shared/mapping/webex-recommended-mappings';
import { useMappingComparison } from './mapping-findings-store';

/** The vendor's mapping table, with what a loaded Entra schema actually does beside each row. */
export function MappingTablePanel() {
  const { t } = useTranslation();
  const comparison = useMappingComparison();
  return (
    <table className="mapping-table" data-testid="mapping-table">
      <caption>{t('mapping.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('mapping.source')}</th>
          <th scope="col">{t('mapping.target')}</th>
          <th scope="col">{t('mapping.kind')}</th>
          <th scope="col">{t('mapping.status')}</th>
        </tr>
      </thead>
      <tbody>
        {WEBEX_RECOMMENDED_MAPPINGS.map((mapping) => {
          const finding = comparison?.findings.find((f) => f.target === mapping.target);
          const status = finding?.status ?? 'unknown';
          return (
            <tr key={mapping.target} data-testid={`mapping-row-${mapping.target}`} data-status={status} className={`mapping-${status}`}>
              <td>
                <code>{mapping.source}</code>
              </td>
              <td>
                <code>{mapping.target}</code>
              </td>
              <td>{mapping.kind === 'default' ? t('mapping.kindDefault') : t('mapping.kindOptional')}</td>
              <td>
                {status === 'ok' && t('mapping.statusOk')}
                {status === 'missing' && t('mapping.statusMissing')}
                {status === 'different-source' && t('mapping.statusDifferent', { source: finding?.actualSource ?? '?' })}
                {status === 'unknown' && t('mapping.statusUnknown')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
