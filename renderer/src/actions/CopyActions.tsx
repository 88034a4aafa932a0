import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDefinition } from '../../../shared/integrations/types';
import { call } from '../api/client';
import { useApp } from '../hooks/app-context';
import { UiMessage } from '../hooks/use-error-text';
import { ErrorText } from '../components/ErrorText';
import { scheduleClipboardClear } from './clipboard';

/** Status and error are kept as keys and values, so both follow a language change while on screen. */
function useCopyFeedback() {
  const [status, setStatus] = useState<UiMessage | null>(null);
  const [error, setError] = useState<unknown>(null);
  return { status, error, setStatus, setError };
}

/** The browser's own reason (DOMException) is in its language, not the admin's: only the fact is shown. */
const COPY_FAILED = new UiMessage('copy.failed');

export function CopyFieldAction({ action }: { action: Extract<ActionDefinition, { kind: 'copy-field' }> }) {
  const { t } = useTranslation();
  const { profile } = useApp();
  const feedback = useCopyFeedback();
  const value = profile.fields[action.fieldId];
  const copy = async () => {
    feedback.setError(null);
    try {
      await navigator.clipboard.writeText(value ?? '');
      feedback.setStatus(new UiMessage('copy.copied'));
    } catch {
      feedback.setError(COPY_FAILED);
    }
  };
  return (
    <div className="action">
      <button type="button" data-testid={`action-${action.id}`} disabled={!value} onClick={() => void copy()}>
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
  const feedback = useCopyFeedback();
  const copy = async () => {
    feedback.setError(null);
    try {
      const placed = await call('secrets.copyToClipboard', { profileId: profile.id, secretId: action.secretId });
      if (placed.placedBy === 'renderer') {
        await navigator.clipboard.writeText(placed.value);
        scheduleClipboardClear(placed.value, placed.clearAfterMs);
      }
      feedback.setStatus(new UiMessage('copy.secretCopied', { seconds: Math.round(placed.clearAfterMs / 1000) }));
    } catch (e) {
      feedback.setError(e instanceof DOMException ? COPY_FAILED : e);
    }
  };
  return (
    <div className="action">
      <button type="button" data-testid={`action-${action.id}`} disabled={!profile.secrets[action.secretId]} onClick={() => void copy()}>
        {t(action.labelKey)}
      </button>
      <span className="masked" aria-hidden="true">
        ••••••••
      </span>
      {feedback.status && (
        <span role="status" data-testid={`action-status-${action.id}`}>
          {t(feedback.status.key, feedback.status.values)}
        </span>
      )}
      <ErrorText error={feedback.error} testId={`action-error-${action.id}`} />
    </div>
  );
}
