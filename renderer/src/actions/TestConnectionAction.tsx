import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDefinition } from '../../../shared/integrations/types';
import type { ScimOutcome } from '../../../shared/ipc/contract';
import { call, newRequestId } from '../api/client';
import { useApp } from '../hooks/app-context';
import { formatDateTime } from '../hooks/format-date-time';
import { useErrorText } from '../hooks/use-error-text';
import { ErrorText } from '../components/ErrorText';

type Props = { action: Extract<ActionDefinition, { kind: 'test-connection' }> };

/** Sends Entra's own "Test Connection" request; shows elapsed time and can be cancelled. */
export function TestConnectionAction({ action }: Props) {
  const { t, i18n } = useTranslation();
  const { profile, setProfile } = useApp();
  const errorText = useErrorText();
  const [requestId, setRequestId] = useState<string | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [result, setResult] = useState<{ ok: boolean; outcome: ScimOutcome; detail?: string | undefined } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const last = profile.actions[action.id];

  useEffect(() => {
    if (!requestId) return;
    const started = Date.now();
    const tick = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(tick);
  }, [requestId]);

  const run = async () => {
    const id = newRequestId();
    setRequestId(id);
    setElapsed(0);
    setError(null);
    setResult(null);
    try {
      const outcome = await call('webex.testConnection', { profileId: profile.id, requestId: id });
      setProfile(outcome.profile);
      setResult(outcome);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setRequestId(null);
    }
  };

  return (
    <div className="action action-test">
      <button type="button" className="primary" data-testid={`action-${action.id}`} disabled={requestId !== null} onClick={() => void run()}>
        {t(action.labelKey)}
      </button>
      {requestId && (
        <div className="pending" role="status" data-testid="test-connection-progress">
          <span className="spinner" aria-hidden="true" />
          {t('test.running', { seconds: elapsed })}
          <button type="button" data-testid="test-connection-cancel" onClick={() => void call('actions.cancel', { requestId })}>
            {t('test.cancel')}
          </button>
        </div>
      )}
      {result && (
        <p className={result.ok ? 'success' : 'error'} role={result.ok ? 'status' : 'alert'} data-testid="test-connection-result" data-outcome={result.outcome}>
          {t(`test.outcome.${result.outcome}`, { detail: result.detail ?? '' })}
        </p>
      )}
      {!result && last && (
        <p className="hint" data-testid="test-connection-last" data-outcome={last.code}>
          {t('test.lastRun', { result: last.ok ? t('test.passed') : t('test.failed'), time: formatDateTime(last.at, i18n.language) })}
        </p>
      )}
      <ErrorText text={error} testId="test-connection-error" />
    </div>
  );
}
