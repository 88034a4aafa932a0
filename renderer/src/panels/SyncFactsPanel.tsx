import { useTranslation } from 'react-i18next';

const k = (key: string) => `integrations.webex-entra.syncFacts.${key}`;

export function SyncFactsPanel() {
  const { t } = useTranslation();
  return (
    <aside className="panel" data-testid="sync-facts" aria-labelledby="sync-facts-title">
      <h3 id="sync-facts-title">{t(k('title'))}</h3>
      <ul>
        <li>{t(k('nulls'))}</li>
        <li>{t(k('groups'))}</li>
        <li>{t(k('notSynced'))}</li>
      </ul>
    </aside>
  );
}
