import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tokenReminder } from '../../../shared/engine/token-reminder';
import { call } from '../api/client';
import { useSecretPresence } from '../hooks/use-secret-presence';
import { useApp } from '../hooks/app-context';
import { useErrorText } from '../hooks/use-error-text';
import { ErrorText } from '../components/ErrorText';
import { formatDateTime } from '../hooks/format-date-time';
import { ConfirmDialog } from '../ui/Dialog';
import type { IntegrationDefinition } from '../../../shared/integrations/types';
import type { SecretId } from '../../../shared/secrets';
import { identitySourceOf } from '../../../shared/token-identity/identity-sources';
import { TokenIdentity } from './TokenIdentity';

/** A captured token's panel: whether the keychain really holds it, when it expires, the renewal reminder, and removing it. */
export function TokenStatusPanel({ secretId, integration }: { secretId: SecretId; integration: IntegrationDefinition }) {
  const { t, i18n } = useTranslation();
  const { profile, setProfile } = useApp();
  const errorText = useErrorText();
  const meta = profile.secrets[secretId];
  const presence = useSecretPresence(secretId);
  const present = presence.present;
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const [removed, setRemoved] = useState(false);

  const remove = async () => {
    setConfirming(false);
    setError(null);
    try {
      const result = await call('secrets.remove', { profileId: profile.id, secretId: secretId });
      setProfile(result.profile);
      setRemoved(true);
    } catch (e) {
      setError(e);
    }
  };

  // Time too: tokens can live hours (test providers) as well as months (Webex).
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  const reminder = tokenReminder(meta?.expiresAt, new Date());
  const identitySource = identitySourceOf(integration, secretId);
  return (
    <aside className="panel" data-testid="token-status" data-present={meta && present !== false ? 'true' : 'false'}>
      {!meta || present === false ? (
        <p>{t('token.none')}</p>
      ) : (
        <>
          <p>{t('token.stored', { date: date(meta.savedAt) })}</p>
          {meta.expiresAt ? (
            <p data-testid="token-expiry" data-expires-at={meta.expiresAt}>
              {t('token.expiresAt', { date: date(meta.expiresAt) })}
            </p>
          ) : (
            <p data-testid="token-expiry">{t('token.expiryUnknown')}</p>
          )}
          {reminder.state === 'soon' && (
            <p className="warning" role="alert" data-testid="token-reminder" data-state="soon">
              {reminder.today
                ? t('token.expiresToday', { date: date(reminder.expiresAt) })
                : t('token.expiresSoon', { date: date(reminder.expiresAt), days: reminder.daysLeft })}
            </p>
          )}
          {reminder.state === 'expired' && (
            <p className="error" role="alert" data-testid="token-reminder" data-state="expired">
              {t('token.expired', { date: date(reminder.expiresAt) })}
            </p>
          )}
        </>
      )}
      {meta && present !== false && identitySource && <TokenIdentity secretId={secretId} source={identitySource} integration={integration} />}
      {meta && (
        <button type="button" className="danger" data-testid="token-remove" onClick={() => setConfirming(true)}>
          {t('token.remove.button')}
        </button>
      )}
      {removed && !meta && (
        <p className="success" role="status" data-testid="token-removed">
          {t('token.remove.done')}
        </p>
      )}
      <ErrorText text={error || presence.error ? errorText(error ?? presence.error) : null} testId="token-status-error" />
      <ConfirmDialog
        open={confirming}
        title={t('token.remove.title')}
        body={<p>{t('token.remove.body')}</p>}
        confirmLabel={t('token.remove.confirm')}
        cancelLabel={t('wizard.cancel')}
        testId="confirm-remove-token"
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </aside>
  );
}
