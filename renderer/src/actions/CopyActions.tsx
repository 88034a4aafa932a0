import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { maskOrgIdInText } from '../../../shared/presenting/mask-org-id';
import type { ActionDefinition } from '../../../shared/integrations/types';
import { useApp } from '../hooks/app-context';
import { ErrorText } from '../components/ErrorText';
import { useCopySecret, useCopyText } from './use-copy';

export function CopyFieldAction({ action }: { action: Extract<ActionDefinition, { kind: 'copy-field' }> }) {
  const { t } = useTranslation();
  const { profile, presenting } = useApp();
  const value = profile.fields[action.fieldId];
  // Copy takes the real value (a tenant URL is not a secret); only the screen shows the Org ID masked.
  const feedback = useCopyText(value);
  return (
    <div className="action">
      <button type="button" data-testid={`action-${action.id}`} disabled={!value} onClick={() => void feedback.copy()}>
        {t(action.labelKey)}
      </button>
      {value && (
        <code className="copy-value" data-testid={`action-value-${action.id}`}>
          {presenting ? maskOrgIdInText(value) : value}
        </code>
      )}
      {feedback.status && (
        <span role="status" data-testid={`action-status-${action.id}`}>
          {t(feedback.status.key, feedback.status.values)}
        </span>
      )}
      <ErrorText error={feedback.error} testId={`action-error-${action.id}`} />
    </div>
  );
}

/** The secret is placed by main (Electron) or, in browser mode, by this page; either way it is cleared after a minute. */
export function CopySecretAction({ action }: { action: Extract<ActionDefinition, { kind: 'copy-secret' }> }) {
  const { t } = useTranslation();
  const { profile, presenting } = useApp();
  const secret = useCopySecret(action.secretId);
  const noteId = useId();
  const stored = Boolean(profile.secrets[action.secretId]);
  return (
    <div className="action">
      <button
        type="button"
        data-testid={`action-${action.id}`}
        disabled={!stored || presenting}
        aria-describedby={stored && presenting ? noteId : undefined}
        onClick={() => void secret.copy()}
      >
        {t(action.labelKey)}
      </button>
      <span className="masked" aria-hidden="true">
        ••••••••
      </span>
      {stored && presenting && (
        <span id={noteId} className="presenting-note" data-testid={`action-presenting-${action.id}`}>
          {t('presenting.secretActionsOff')}
        </span>
      )}
      {secret.status && (
        <span role="status" data-testid={`action-status-${action.id}`}>
          {t(secret.status.key, secret.status.values)}
        </span>
      )}
      <ErrorText error={secret.error} testId={`action-error-${action.id}`} />
    </div>
  );
}
