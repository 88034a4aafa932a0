import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { expiryState } from '../../../shared/engine/token-expiry';
import { call } from '../api/client';
import { useApp } from '../hooks/app-context';
import { useErrorText } from '../hooks/use-error-text';
import { ErrorText } from '../components/ErrorText';
import { formatDateTime } from '../hooks/format-date-time';

const SECRET = 'webex-bearer-token' as const;

/** Whether the keychain really holds the token, when it expires, and the renewal reminder. */
export function TokenStatusPanel() {
  const { t, i18n } = useTranslation();
  const { profile } = useApp();
  const errorText = useErrorText();
  const meta = profile.secrets[SECRET];
  const [present, setPresent] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!meta) return;
    call('secrets.status', { profileId: profile.id })
      .then((status) => setPresent(status.secrets[SECRET]?.present ?? false))
      .catch((e: unknown) => setError(errorText(e)));
    // errorText is stable in behaviour; re-check only when the stored token changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [profile.id, meta?.savedAt]);

  // Time too: tokens can live hours (test providers) as well as months (Webex).
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  const expiry = expiryState(meta?.expiresAt ?? null, new Date());
  return (
    <aside className="panel" data-testid="token-status" data-present={meta && present !== false ? 'true' : 'false'}>
      {!meta || present === false ? (
        <p>{t('token.none')}</p>
      ) : (
        <>
          <p>{t('token.stored')}</p>
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
      <ErrorText text={error} testId="token-status-error" />
    </aside>
  );
}
