import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDefinition } from '../../../shared/integrations/types';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { ApiError, call } from '../api/client';
import { useApp } from '../hooks/app-context';
import { useErrorText } from '../hooks/use-error-text';
import { ErrorText } from '../components/ErrorText';

type Props = { action: Extract<ActionDefinition, { kind: 'capture-token' }> };
type Opener = 'in-app-private' | 'system-browser';
type Pending = ResponseOf<'webex.startTokenCapture'>;

/**
 * "Get token" / "Renew token": main listens on the loopback redirect, the
 * admin signs in, and the token goes straight to the keychain. The page only
 * learns that it worked and when the token expires.
 */
export function CaptureTokenAction({ action }: Props) {
  const { t, i18n } = useTranslation();
  const { info, profile, setProfile } = useApp();
  const errorText = useErrorText();
  const name = useId();
  const [opener, setOpener] = useState<Opener>(info.host === 'electron' ? 'in-app-private' : 'system-browser');
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const busy = useRef(false);

  const start = async () => {
    if (busy.current) return;
    busy.current = true;
    setError(null);
    setDone(false);
    try {
      const started = await call('webex.startTokenCapture', { profileId: profile.id, opener });
      setPending(started);
      if (started.openedBy === 'renderer') window.open(started.authorizeUrl, '_blank');
      const result = await call('webex.awaitTokenCapture', { captureId: started.captureId });
      setProfile(result.profile);
      setDone(true);
    } catch (e) {
      const cancelled = e instanceof ApiError && e.shape.code === 'CAPTURE_CANCELLED';
      if (!cancelled) setError(errorText(e));
    } finally {
      busy.current = false;
      setPending(null);
    }
  };

  const cancel = async () => {
    if (pending) await call('webex.cancelTokenCapture', { captureId: pending.captureId }).catch(() => undefined);
  };

  return (
    <div className="action action-capture">
      {info.host === 'electron' && (
        <fieldset className="field field-choice" disabled={pending !== null}>
          <legend>{t('token.openerLabel')}</legend>
          {(['in-app-private', 'system-browser'] as const).map((mode) => (
            <div key={mode} className="choice">
              <input
                id={`${name}-${mode}`}
                type="radio"
                name={name}
                data-testid={`token-opener-${mode}`}
                checked={opener === mode}
                onChange={() => setOpener(mode)}
              />
              <label htmlFor={`${name}-${mode}`}>{mode === 'in-app-private' ? t('token.openerInApp') : t('token.openerSystem')}</label>
            </div>
          ))}
        </fieldset>
      )}
      <button type="button" className="primary" data-testid={`action-${action.id}`} disabled={pending !== null} onClick={() => void start()}>
        {t(action.labelKey)}
      </button>
      {pending && (
        <div className="pending" role="status" data-testid="token-waiting">
          <span className="spinner" aria-hidden="true" />
          {t('token.waiting', { redirectUri: pending.redirectUri, time: new Date(pending.timeoutAt).toLocaleTimeString(i18n.language) })}
          <p>
            {t('token.openLinkHint')}{' '}
            <a href={pending.authorizeUrl} target="_blank" rel="noopener noreferrer" data-testid="token-signin-link">
              {t('token.openLink')}
            </a>
          </p>
          <button type="button" data-testid="token-cancel" onClick={() => void cancel()}>
            {t('token.cancel')}
          </button>
        </div>
      )}
      {done && (
        <p className="success" role="status" data-testid="token-captured">
          {t('token.captured')}
        </p>
      )}
      <ErrorText text={error} testId="token-error" />
    </div>
  );
}
