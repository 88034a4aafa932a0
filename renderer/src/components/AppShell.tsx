import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findIntegration } from '../../../shared/integrations';
import { useApp } from '../hooks/app-context';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { IntegrationPicker } from './IntegrationPicker';
import { LanguageSelect } from './LanguageSelect';
import { Notices } from './Notices';
import { Wizard } from './Wizard';

export function AppShell({ osLocale }: { osLocale: string }) {
  const { t } = useTranslation();
  const { info, profile } = useApp();
  const [diagnosticsOpen, setDiagnosticsOpen] = useState(false);
  const integration = findIntegration(profile.integrationId);

  return (
    <div className="app" data-testid="app-root">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <div className="header-tools">
          <LanguageSelect osLocale={osLocale} />
          <button type="button" data-testid="open-diagnostics" aria-expanded={diagnosticsOpen} onClick={() => setDiagnosticsOpen((open) => !open)}>
            {t('app.diagnostics')}
          </button>
        </div>
      </header>
      {info.testEndpoints && (
        <div className="banner banner-test" role="status" data-testid="test-endpoints-banner">
          {t('app.testEndpointsBanner', { file: info.testEndpoints.file })}
        </div>
      )}
      <Notices />
      {diagnosticsOpen && <DiagnosticsPanel onClose={() => setDiagnosticsOpen(false)} />}
      <main id="main">{integration?.available ? <Wizard integration={integration} /> : <IntegrationPicker />}</main>
    </div>
  );
}
