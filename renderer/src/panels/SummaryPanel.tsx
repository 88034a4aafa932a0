import { useTranslation } from 'react-i18next';
import type { IntegrationDefinition } from '../../../shared/integrations/types';
import { WEBEX_ACTIONS, WEBEX_FIELDS } from '../../../shared/integrations/webex-entra';
import { useApp } from '../hooks/app-context';
import { formatDateTime } from '../hooks/format-date-time';

const k = (key: string) => `integrations.webex-entra.summaryPanel.${key}`;

export function SummaryPanel({ integration }: { integration: IntegrationDefinition }) {
  const { t, i18n } = useTranslation();
  const { profile } = useApp();
  const offer = profile.fields[WEBEX_FIELDS.offer] ?? 'commercial';
  const token = profile.secrets['webex-bearer-token'];
  const test = profile.actions[WEBEX_ACTIONS.testConnection];
  const skipped = integration.steps.filter((s) => profile.skippedStepIds.includes(s.id)).map((s) => t(s.titleKey));
  const rows: Array<[string, string, string]> = [
    ['offer', t(k('offer')), t(`integrations.webex-entra.fields.offer.${offer}`)],
    ['tenant-url', t(k('tenantUrl')), profile.fields[WEBEX_FIELDS.tenantUrl] ?? '—'],
    [
      'token',
      t(k('token')),
      token ? (token.expiresAt ? t('token.expiresAt', { date: formatDateTime(token.expiresAt, i18n.language) }) : t('token.stored')) : t('token.none'),
    ],
    ['test', t(k('test')), test ? (test.ok ? t('test.passed') : t('test.failed')) : '—'],
    ['skipped', t(k('skipped')), skipped.length ? skipped.join(', ') : t(k('none'))],
  ];
  return (
    <aside className="panel" data-testid="summary-panel" aria-labelledby="summary-title">
      <h3 id="summary-title">{t(k('title'))}</h3>
      <dl className="summary">
        {rows.map(([id, label, value]) => (
          <div key={id} data-testid={`summary-${id}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
