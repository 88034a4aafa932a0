import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDefinition } from '../../../shared/integrations/types';
import type { ResponseOf, ScimOutcome } from '../../../shared/ipc/contract';
import { call, newRequestId } from '../api/client';
import { useApp } from '../hooks/app-context';
import { formatDateTime } from '../hooks/format-date-time';
import { useErrorText } from '../hooks/use-error-text';
import { ErrorText } from '../components/ErrorText';
import { outcomeText, warningText } from './test-connection-text';

type Props = { action: Extract<ActionDefinition, { kind: 'test-connection' }> };
type TestResult = Omit<ResponseOf<'checks.run'>, 'profile'>;

/** The refusals a SCIM server explains in its own Error `detail`, worth showing word for word. */
const SERVER_EXPLAINS: ReadonlySet<ScimOutcome> = new Set(['unauthorized', 'forbidden', 'not-found', 'http-error']);

/**
 * A live SCIM check named in the step data (Entra's or Okta's own test request, after an
 * access-key exchange where the credential is a key pair); shows elapsed time and can be cancelled.
 * Test ids start with the action's id (`test-connection-result` for Webex's check).
 * The result and any error are kept as codes and values and translated while rendering,
 * so switching the language rewrites them.
 */
export function TestConnectionAction({ action }: Props) {
  const { t, i18n } = useTranslation();
  const { profile, setProfile } = useApp();
  const errorText = useErrorText();
  const [requestId, setRequestId] = useState<string | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [result, setResult] = useState<TestResult | null>(null);
  const [error, setError] = useState<unknown>(null);
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
      const { profile: saved, ...outcome } = await call('checks.run', { profileId: profile.id, actionId: action.id, requestId: id });
      setProfile(saved);
      setResult(outcome);
    } catch (e) {
      setError(e ?? new Error('unknown'));
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
        <div className="pending" role="status" data-testid={`${action.id}-progress`}>
          <span className="spinner" aria-hidden="true" />
          {t('test.running', { seconds: elapsed })}
          <button type="button" data-testid={`${action.id}-cancel`} onClick={() => void call('actions.cancel', { requestId })}>
            {t('test.cancel')}
          </button>
        </div>
      )}
      {result && (
        <p
          className={result.ok ? 'success' : 'error'}
          role={result.ok ? 'status' : 'alert'}
          data-testid={`${action.id}-result`}
          data-outcome={result.outcome}
          data-stage={result.stage}
        >
          {t(...outcomeText(result, profile.integrationId))}
        </p>
      )}
      {result?.ok && result.warning && (
        <p className="warning" role="note" data-testid={`${action.id}-warning`} data-code={result.warning.code}>
          {t(...warningText(result.warning))}
        </p>
      )}
      {result && !result.ok && result.serverDetail && SERVER_EXPLAINS.has(result.outcome) && (
        <figure className="server-detail" data-testid={`${action.id}-server-detail`}>
          <figcaption>{t('test.serverSaid')}</figcaption>
          {/* The server's own words, verbatim (main removed the token): not translated. */}
          <blockquote translate="no">{result.serverDetail}</blockquote>
        </figure>
      )}
      {!result && last && (
        <p className="hint" data-testid={`${action.id}-last`} data-outcome={last.code}>
          {t('test.lastRun', { result: last.ok ? t('test.passed') : t('test.failed'), time: formatDateTime(last.at, i18n.language) })}
        </p>
      )}
      <ErrorText text={error === null ? null : errorText(error)} testId={`${action.id}-error`} />
    </div>
  );
}
