import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SECRET_ENTRY_RULES } from '../../../shared/secret-entry-rules';
import type { SecretId } from '../../../shared/secrets';
import { VALIDATORS } from '../../../shared/validators';
import type { ValidationFailure } from '../../../shared/validators/result';
import { validateExpiryDate } from '../../../shared/validators/secret-expiry';
import { call } from '../api/client';
import { ErrorText } from '../components/ErrorText';
import { useApp } from '../hooks/app-context';
import { formatDateTime } from '../hooks/format-date-time';
import { useErrorText } from '../hooks/use-error-text';
import { useValidationText } from '../hooks/use-validation-text';
import { useSaveInProgress } from '../ui/use-save-in-progress';

/**
 * "Paste a token instead": the vendor's own method (copy the token from the
 * address bar), for when the loopback capture cannot work or the admin already
 * holds a token. The value goes from this input to main and the keychain; the
 * input is masked (screens are shared) and emptied once saved.
 */
export function PasteSecretForm({ secretId, disabled }: { secretId: SecretId; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const { profile, setProfile } = useApp();
  const errorText = useErrorText();
  const validationText = useValidationText();
  const id = useId();
  const rule = SECRET_ENTRY_RULES[secretId];
  // Only tokens with a vendor-stated lifetime ask for an expiry; the Webex token's is 365 days.
  const lifetime = rule.lifetime;
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [knownDate, setKnownDate] = useState(false);
  const [date, setDate] = useState('');
  const [refused, setRefused] = useState<ValidationFailure | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [savedExpiry, setSavedExpiry] = useState<string | null>(null);
  const { busyShown: saving, runOnce } = useSaveInProgress();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setSavedExpiry(null);
    // The page's own check first (same validators as main), so a refusal needs no round trip.
    const token = VALIDATORS[rule.validator](value, { fields: {}, endpoints: {} });
    if (!token.ok) return setRefused(token);
    const expiry = knownDate && lifetime ? validateExpiryDate(date, new Date(), lifetime.maxDays) : null;
    if (expiry && !expiry.ok) return setRefused(expiry);
    setRefused(null);
    await runOnce(async () => {
      try {
        const result = await call('secrets.save', { profileId: profile.id, secretId, value, expiresAt: knownDate && lifetime ? date : null });
        if (!result.ok) return setRefused(result);
        setProfile(result.profile);
        setValue('');
        setSavedExpiry(result.profile.secrets[secretId]?.expiresAt ?? null);
      } catch (e) {
        setFailure(e);
      }
    });
  };

  if (!open) {
    return (
      <button type="button" className="link" data-testid="token-paste-open" aria-expanded="false" onClick={() => setOpen(true)}>
        {t('token.paste.open')}
      </button>
    );
  }
  const problem = refused ? validationText(refused) : failure ? errorText(failure) : null;
  return (
    <form className="paste-secret" data-testid="token-paste-form" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('token.paste.title')}</h3>
      <p className="help">{t('token.paste.help')}</p>
      <div className="field field-text">
        <label htmlFor={`${id}-value`}>{t('token.paste.label')}</label>
        <input
          id={`${id}-value`}
          type="password"
          className="mono"
          data-testid="token-paste-input"
          value={value}
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          aria-invalid={refused !== null}
          aria-describedby={problem ? `${id}-error` : undefined}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      {lifetime && (
        <fieldset className="field field-choice" disabled={disabled}>
          <legend>{t('token.paste.expiryLabel')}</legend>
          <div className="choice">
            <input
              id={`${id}-default`}
              type="radio"
              name={`${id}-expiry`}
              data-testid="token-paste-expiry-default"
              checked={!knownDate}
              onChange={() => setKnownDate(false)}
            />
            <label htmlFor={`${id}-default`}>{t('token.paste.expiryDefault', { days: lifetime.defaultDays })}</label>
          </div>
          <div className="choice">
            <input
              id={`${id}-known`}
              type="radio"
              name={`${id}-expiry`}
              data-testid="token-paste-expiry-date"
              checked={knownDate}
              onChange={() => setKnownDate(true)}
            />
            <label htmlFor={`${id}-known`}>{t('token.paste.expiryKnown')}</label>
          </div>
          {knownDate && (
            <div className="field field-text">
              <label htmlFor={`${id}-date`}>{t('token.paste.expiryDate')}</label>
              <input id={`${id}-date`} type="date" data-testid="token-paste-expiry-input" value={date} onChange={(e) => setDate(e.target.value)} />
            </div>
          )}
        </fieldset>
      )}
      <ErrorText text={problem} testId="token-paste-error" id={`${id}-error`} />
      <div className="button-row">
        <button type="submit" className="primary" data-testid="token-paste-save" disabled={disabled || saving}>
          {t('token.paste.save')}
        </button>
        <button type="button" data-testid="token-paste-close" onClick={() => setOpen(false)}>
          {t('token.paste.close')}
        </button>
      </div>
      {savedExpiry !== null && (
        <p className="success" role="status" data-testid="token-paste-saved">
          {t('token.paste.saved', { date: formatDateTime(savedExpiry, i18n.language) })}
        </p>
      )}
    </form>
  );
}
