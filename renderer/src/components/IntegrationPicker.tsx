import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INTEGRATION_CATALOGUE } from '../../../shared/integrations/catalogue';
import { call } from '../api/client';
import { useApp } from '../hooks/app-context';
import { ErrorText } from './ErrorText';

export function IntegrationPicker() {
  const { t } = useTranslation();
  const { profile, setProfile } = useApp();
  const [error, setError] = useState<unknown>(null);

  const start = async (integrationId: string) => {
    setError(null);
    try {
      setProfile(await call('profile.selectIntegration', { profileId: profile.id, integrationId }));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="picker" data-testid="integration-picker" aria-labelledby="picker-title">
      <h2 id="picker-title">{t('picker.title')}</h2>
      <p>{t('picker.intro')}</p>
      <ul className="picker-options">
        {INTEGRATION_CATALOGUE.map((integration) => (
          <li key={integration.id} className="picker-option" data-testid={`integration-option-${integration.id}`}>
            <h3>{t(integration.titleKey)}</h3>
            <p>{t(integration.summaryKey)}</p>
            {integration.available ? (
              <button type="button" className="primary" data-testid={`integration-start-${integration.id}`} onClick={() => void start(integration.id)}>
                {t('picker.start')}
              </button>
            ) : (
              <span className="badge">{t('picker.comingSoon')}</span>
            )}
          </li>
        ))}
      </ul>
      <ErrorText error={error} testId="picker-error" />
    </section>
  );
}
