import { useTranslation } from 'react-i18next';
import { Info } from '../ui/icons';

const k = (key: string) => `integrations.webex-entra.syncFacts.${key}`;

export function SyncFactsPanel() {
  const { t } = useTranslation();
  return (
    <aside className="panel" data-testid="sync-facts" aria-labelledby="sync-facts-title">
      <h3 id="sync-facts-title" className="panel-title">
        <Info size={18} aria-hidden="true" />
        {t(k('title'))}
      </h3>
      <ul>
        <li>{t(k('nulls'))}</li>
        <li>{t(k('groups'))}</li>
        <li>{t(k('notSynced'))}</li>
      </ul>
    </aside>
  );
}
