import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingSignIn } from './use-sign-in';

interface Props {
  pending: PendingSignIn;
  /** The admin chose to open the link in a private window: offer the copy first. */
  linkFirst: boolean;
  onCancel: () => void;
}

/** What the page shows while main listens for the redirect: where, until when, the link, and Cancel. */
export function SignInWaiting({ pending, linkFirst, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copyLink = () =>
    navigator.clipboard.writeText(pending.authorizeUrl).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  return (
    <div className="pending" role="status" data-testid="token-waiting">
      <span className="spinner" aria-hidden="true" />
      {t('token.waiting', { redirectUri: pending.redirectUri, time: new Date(pending.timeoutAt).toLocaleTimeString(i18n.language) })}
      <p>
        {linkFirst ? t('token.copyLinkHint') : t('token.openLinkHint')}{' '}
        <a href={pending.authorizeUrl} target="_blank" rel="noopener noreferrer" data-testid="token-signin-link">
          {t('token.openLink')}
        </a>
      </p>
      <div className="button-row">
        <button type="button" className={linkFirst ? 'primary' : undefined} data-testid="token-copy-link" onClick={() => void copyLink()}>
          {t('token.copyLink')}
        </button>
        <button type="button" data-testid="token-cancel" onClick={onCancel}>
          {t('token.cancel')}
        </button>
      </div>
      {copied && (
        <p className={copied === 'yes' ? 'note' : 'error'} data-testid="token-copy-link-status">
          {copied === 'yes' ? t('token.linkCopied') : t('token.linkCopyFailed')}
        </p>
      )}
    </div>
  );
}
