import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDefinition } from '../../../shared/integrations/types';
import { useApp } from '../hooks/app-context';
import { useErrorText } from '../hooks/use-error-text';
import { ErrorText } from '../components/ErrorText';
import { Callout } from '../ui/Callout';
import { PasteSecretForm } from './PasteSecretForm';
import { SignInWaiting } from './SignInWaiting';
import { useSignIn } from './use-sign-in';

type Props = { action: Extract<ActionDefinition, { kind: 'capture-token' }> };
/** Desktop: the app's private window or the default browser. Browser mode: a new tab, or the admin opens the link in a private window. */
type Opener = 'in-app-private' | 'system-browser' | 'new-tab' | 'copy-link';

/**
 * "Get token" / "Renew token": main listens on the loopback redirect, the
 * admin signs in, and the token goes straight to the keychain. The page only
 * learns that it worked and when the token expires. Where the redirect cannot
 * be caught, the admin pastes the token instead (the vendor's own method).
 */
export function CaptureTokenAction({ action }: Props) {
  const { t } = useTranslation();
  const { info } = useApp();
  const errorText = useErrorText();
  const name = useId();
  const desktop = info.host === 'electron';
  const [opener, setOpener] = useState<Opener>(desktop ? 'in-app-private' : 'new-tab');
  const signIn = useSignIn(action.id);
  const openers: Opener[] = desktop ? ['in-app-private', 'system-browser'] : ['new-tab', 'copy-link'];

  const start = () =>
    opener === 'in-app-private' || opener === 'system-browser' ? signIn.start(opener, false) : signIn.start('system-browser', opener === 'new-tab');

  return (
    <div className="action action-capture">
      <Callout kind="tip" testId="token-facts">
        {t('token.facts')}
      </Callout>
      <fieldset className="field field-choice" disabled={signIn.pending !== null}>
        <legend>{t('token.openerLabel')}</legend>
        {openers.map((mode) => (
          <div key={mode} className="choice">
            <input
              id={`${name}-${mode}`}
              type="radio"
              name={name}
              data-testid={`token-opener-${mode}`}
              checked={opener === mode}
              onChange={() => setOpener(mode)}
            />
            <label htmlFor={`${name}-${mode}`}>{t(`token.opener.${mode}`)}</label>
          </div>
        ))}
        {!desktop && (
          <p className="help" data-testid="token-browser-mode-note">
            {t('token.browserModeNote')}
          </p>
        )}
      </fieldset>
      <button type="button" className="primary" data-testid={`action-${action.id}`} disabled={signIn.pending !== null} onClick={() => void start()}>
        {t(action.labelKey)}
      </button>
      {signIn.pending && <SignInWaiting pending={signIn.pending} linkFirst={opener === 'copy-link'} onCancel={() => void signIn.cancel()} />}
      {signIn.done && (
        <p className="success" role="status" data-testid="token-captured">
          {t('token.captured')}
        </p>
      )}
      <ErrorText text={signIn.error ? errorText(signIn.error) : null} testId="token-error" />
      <PasteSecretForm secretId={action.secretId} disabled={signIn.pending !== null} />
    </div>
  );
}
