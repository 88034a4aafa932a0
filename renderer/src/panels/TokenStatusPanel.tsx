import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { expiryState } from '../../../shared/engine/token-expiry';
import { call } from '../api/client';
import { useApp } from '../hooks/app-context';
import { useErrorText } from '../hooks/use-error-text';
import { ErrorText } from '../components/ErrorText';
import { formatDateTime } from '../hooks/format-date-time';
import { ConfirmDialog } from '../ui/Dialog';
import type { SecretId } from '../../../shared/secrets';

/** A captured token's panel: whether the keychain really holds it, when it expires, the renewal reminder, and removing it. */
export function TokenStatusPanel({ secretId }: { secretId: SecretId }) {
  const { t, i18n } = useTranslation();
  const { profile, setProfile } = useApp();
  const errorText = useErrorText();
  const meta = profile.secrets[secretId];
  const [present, setPresent] = useState<boolean | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState(false);
  const [removed, setRemoved] = useState(false);

  useEffect(() => {
    if (!meta) return;
    let live = true;
    call('secrets.status', { profileId: profile.id })
      .then((status) => live && setPresent(status.secrets[secretId]?.present ?? false))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [profile.id, secretId, meta?.savedAt, meta]);

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
  const expiry = expiryState(meta?.expiresAt ?? null, new Date());
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
          {expiry.state === 'soon' && meta.expiresAt && (
            <p className="warning" role="alert" data-testid="token-reminder" data-state="soon">
              {expiry.lessThanADay
                ? t('token.expiresToday', { date: date(meta.expiresAt) })
                : t('token.expiresSoon', { date: date(meta.expiresAt), days: expiry.daysLeft })}
            </p>
          )}
          {expiry.state === 'expired' && meta.expiresAt && (
            <p className="error" role="alert" data-testid="token-reminder" data-state="expired">
              {t('token.expired', { date: date(meta.expiresAt) })}
            </p>
          )}
        </>
      )}
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
      <ErrorText text={error ? errorText(error) : null} testId="token-status-error" />
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
