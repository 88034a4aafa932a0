import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findCatalogueEntry } from '../../../shared/integrations/catalogue';
import { useAppInfo, useProfileSelector } from '../hooks/app-context';
import { KEEPS_FOCUS } from '../ui/focus-keeper';
import { FlaskConical, Stethoscope } from '../ui/icons';
import { IntegrationPicker } from './IntegrationPicker';
import { LanguageSelect } from './LanguageSelect';
import { Notices } from './Notices';
import { PresentingControl } from './PresentingControl';
import { ProfileSwitcher } from './ProfileSwitcher';
import { lazyScreen } from '../ui/lazy-screen';
import { LazySlot } from '../ui/LazySlot';
import { useOnceOpened } from '../ui/use-once-opened';

// The diagnostics (and their keychain probe) load when first opened, not at start-up.
const DiagnosticsDialog = lazyScreen(() => import('./DiagnosticsDialog').then((module) => module.DiagnosticsDialog));
// The steps, their fields, validators and texts load once an integration is chosen: the picker needs none of them.
const IntegrationWizard = lazyScreen(() => import('./IntegrationWizard').then((module) => module.IntegrationWizard));

export function AppShell({ osLocale }: { osLocale: string }) {
  const { t } = useTranslation();
  const info = useAppInfo();
  const profileId = useProfileSelector((profile) => profile.id);
  const integrationId = useProfileSelector((profile) => profile.integrationId);
  const [diagnosticsOpen, setDiagnosticsOpen] = useState(false);
  const diagnosticsMounted = useOnceOpened(diagnosticsOpen);
  const integration = findCatalogueEntry(integrationId);
  const closeDiagnostics = () => setDiagnosticsOpen(false);

  return (
    <div className="app" data-testid="app-root">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header" {...KEEPS_FOCUS}>
        <div className="app-brand">
          {/* The same mark as the favicon and the desktop icon (renderer/public/app-icon.svg); decorative next to the name. */}
          <img className="app-mark" src="./app-icon.svg" alt="" width={28} height={28} />
          <h1>{t('app.title')}</h1>
        </div>
        <div className="header-tools">
          <ProfileSwitcher />
          <PresentingControl />
          <LanguageSelect osLocale={osLocale} />
          <button type="button" className="ghost" data-testid="open-diagnostics" aria-haspopup="dialog" onClick={() => setDiagnosticsOpen(true)}>
            <Stethoscope size={18} aria-hidden="true" />
            {t('app.diagnostics')}
          </button>
        </div>
      </header>
      {info.testEndpoints && (
        <div className="banner banner-test" role="status" data-testid="test-endpoints-banner">
          <FlaskConical className="banner-icon" size={18} aria-hidden="true" />
          <span>{t('app.testEndpointsBanner', { file: info.testEndpoints.file })}</span>
        </div>
      )}
      <Notices />
      <main id="main">
        {integration?.available ? (
          <LazySlot screen="wizard">
            <IntegrationWizard key={profileId} integrationId={integration.id} />
          </LazySlot>
        ) : (
          <IntegrationPicker />
        )}
      </main>
      {diagnosticsMounted && (
        <LazySlot screen="diagnostics">
          <DiagnosticsDialog open={diagnosticsOpen} onClose={closeDiagnostics} />
        </LazySlot>
      )}
    </div>
  );
}
