import { useTranslation } from 'react-i18next';
import type { ActionDefinition } from '../../../shared/integrations/types';
import { useApp } from '../hooks/app-context';
import { ErrorText } from '../components/ErrorText';
import { useCopySecret, useCopyText } from './use-copy';

export function CopyFieldAction({ action }: { action: Extract<ActionDefinition, { kind: 'copy-field' }> }) {
  const { t } = useTranslation();
  const { profile } = useApp();
  const value = profile.fields[action.fieldId];
  const feedback = useCopyText(value);
  return (
    <div className="action">
      <button type="button" data-testid={`action-${action.id}`} disabled={!value} onClick={() => void feedback.copy()}>
        {t(action.labelKey)}
      </button>
      {value && (
        <code className="copy-value" data-testid={`action-value-${action.id}`}>
          {value}
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
  const { profile } = useApp();
  const secret = useCopySecret(action.secretId);
  return (
    <div className="action">
      <button type="button" data-testid={`action-${action.id}`} disabled={!profile.secrets[action.secretId]} onClick={() => void secret.copy()}>
        {t(action.labelKey)}
      </button>
      <span className="masked" aria-hidden="true">
        ••••••••
      </span>
      {secret.status && (
        <span role="status" data-testid={`action-status-${action.id}`}>
          {t(secret.status.key, secret.status.values)}
        </span>
      )}
      <ErrorText error={secret.error} testId={`action-error-${action.id}`} />
    </div>
  );
}
