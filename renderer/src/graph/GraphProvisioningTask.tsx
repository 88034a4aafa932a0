import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { validateEmail } from '../../../shared/validators/email';
import type { ValidationFailure } from '../../../shared/validators/result';
import { ApiError, call } from '../api/client';
import { ErrorText } from '../components/ErrorText';
import { ConfirmDialog } from '../ui/Dialog';
import { useApp } from '../hooks/app-context';
import { formatDateTime } from '../hooks/format-date-time';
import { useValidationText } from '../hooks/use-validation-text';
import { GraphBusy } from './GraphBusy';
import { useGraphCall } from './use-graph-call';

type OnDemand = ResponseOf<'graph.provisionOnDemand'>;
const SETUP_STEPS = ['create-job', 'validate-credentials', 'save-credentials'] as const;

/** Which part of the set-up a failure stopped at (main names it in the error's params). */
function failedStep(error: unknown): (typeof SETUP_STEPS)[number] | null {
  const step = error instanceof ApiError ? error.shape.params?.step : undefined;
  return SETUP_STEPS.find((known) => known === step) ?? null;
}

/**
 * Provisioning through Graph: the job from the app's synchronization template,
 * the tenant URL and token tested by Entra against the SCIM service and saved
 * with the notification e-mail (the token goes from the keychain to Graph in
 * main), then start, and provision the test user now with its log entries.
 */
export function GraphProvisioningTask({
  onDone,
  onUndone,
}: {
  onDone: (outcome: 'provisioning' | 'notified' | 'started') => void;
  /** The job was removed: the boxes its set-up ticked no longer hold. */
  onUndone: (outcomes: Array<'provisioning' | 'notified' | 'started'>) => void;
}) {
  const { t, i18n } = useTranslation();
  const { profile } = useApp();
  const id = useId();
  const graph = useGraphCall();
  const validationText = useValidationText();
  const progress = profile.graphProgress;
  const [email, setEmail] = useState(progress?.notificationEmail ?? '');
  const [refused, setRefused] = useState<ValidationFailure | null>(null);
  const [onDemand, setOnDemand] = useState<OnDemand | null>(null);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const [undoneNote, setUndoneNote] = useState<'paused' | 'removed' | null>(null);
  const date = (iso: string) => formatDateTime(iso, i18n.language);

  const setUp = () => {
    const typed = email.trim();
    const checked = typed === '' ? null : validateEmail(typed);
    if (checked && !checked.ok) return setRefused(checked);
    setRefused(null);
    void graph
      .run(() => call('graph.setUpProvisioning', { profileId: profile.id, notificationEmail: checked?.ok ? checked.value : null }))
      .then((r) => {
        if (!r) return;
        onDone('provisioning');
        if (r.profile.graphProgress?.notificationEmail) onDone('notified');
      });
  };
  const start = () => graph.run(() => call('graph.startProvisioning', { profileId: profile.id })).then((r) => r && onDone('started'));
  const pause = () =>
    graph
      .run(() => call('graph.pauseProvisioning', { profileId: profile.id }))
      .then((r) => {
        if (!r) return;
        setUndoneNote('paused');
        onUndone(['started']);
      });
  const remove = () => {
    setConfirmingRemove(false);
    void graph
      .run(() => call('graph.removeProvisioning', { profileId: profile.id }))
      .then((r) => {
        if (!r) return;
        setUndoneNote('removed');
        setOnDemand(null);
        onUndone(['provisioning', 'notified', 'started']);
      });
  };
  const provisionNow = () => graph.run(() => call('graph.provisionOnDemand', { profileId: profile.id, userId: null })).then((r) => r && setOnDemand(r));

  const ready = progress?.jobId && progress.credentialsSavedAt;
  const state = !ready ? 'none' : progress.startedAt ? 'started' : 'set-up';
  const stoppedAt = failedStep(graph.error);
  return (
    <section className="graph-card" data-testid="graph-provisioning" data-state={state} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('graph.provisioning.title')}</h4>
      {!progress ? (
        <p className="help" data-testid="graph-provisioning-need-app">
          {t('graph.assign.needApp')}
        </p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-email`}>{t('graph.provisioning.emailLabel')}</label>
            <p id={`${id}-email-help`} className="help">
              {t('graph.provisioning.emailHelp')}
            </p>
            <input
              id={`${id}-email`}
              type="email"
              data-testid="graph-provisioning-email"
              value={email}
              autoComplete="email"
              aria-describedby={`${id}-email-help${refused ? ` ${id}-email-error` : ''}`}
              aria-invalid={refused ? true : undefined}
              onChange={(e) => setEmail(e.target.value)}
            />
            <ErrorText id={`${id}-email-error`} text={refused ? validationText(refused) : null} testId="graph-provisioning-email-error" />
          </div>
          <button type="button" className={ready ? undefined : 'primary'} data-testid="graph-provisioning-set-up" disabled={graph.busy} onClick={setUp}>
            {t('graph.provisioning.setUp')}
          </button>
          {ready && (
            <p className="success" data-testid="graph-provisioning-set-up-done">
              {t('graph.provisioning.setUpDone', { jobId: progress.jobId, date: date(progress.credentialsSavedAt!) })}
            </p>
          )}
          {ready && (
            <div className="actions-row">
              <button
                type="button"
                className={progress.startedAt ? undefined : 'primary'}
                data-testid="graph-provisioning-start"
                disabled={graph.busy}
                onClick={() => void start()}
              >
                {t('graph.provisioning.start')}
              </button>
              <button
                type="button"
                data-testid="graph-provision-on-demand"
                disabled={graph.busy || progress.assignments.length === 0}
                onClick={() => void provisionNow()}
              >
                {t('graph.provisioning.onDemand')}
              </button>
            </div>
          )}
          {progress.startedAt && (
            <p className="success" data-testid="graph-provisioning-started">
              {t('graph.provisioning.started', { date: date(progress.startedAt) })}
            </p>
          )}
          {ready && (
            <div className="actions-row">
              {progress.startedAt && (
                <button type="button" data-testid="graph-provisioning-pause" disabled={graph.busy} onClick={() => void pause()}>
                  {t('graph.provisioning.pause')}
                </button>
              )}
              <button type="button" className="danger" data-testid="graph-provisioning-remove" disabled={graph.busy} onClick={() => setConfirmingRemove(true)}>
                {t('graph.provisioning.remove')}
              </button>
            </div>
          )}
          {undoneNote && !(undoneNote === 'paused' && progress.startedAt) && (
            <p className="success" role="status" data-testid="graph-provisioning-undone" data-undone={undoneNote}>
              {t(`graph.provisioning.${undoneNote}`)}
            </p>
          )}
          <ConfirmDialog
            open={confirmingRemove}
            title={t('graph.provisioning.removeTitle')}
            body={<p>{t('graph.provisioning.removeBody')}</p>}
            confirmLabel={t('graph.provisioning.removeConfirm')}
            cancelLabel={t('graph.provisioning.removeCancel')}
            testId="confirm-graph-provisioning-remove"
            danger
            onConfirm={remove}
            onCancel={() => setConfirmingRemove(false)}
          />
          {onDemand && <OnDemandResult result={onDemand} />}
        </>
      )}
      <GraphBusy busy={graph.busy} testId="graph-provisioning-busy" />
      {stoppedAt && (
        <p className="help" data-testid="graph-provisioning-failed-at" data-step={stoppedAt}>
          {t('graph.provisioning.failedAt', { step: t(`graph.provisioning.step.${stoppedAt}`) })}
        </p>
      )}
      <ErrorText error={graph.error} testId="graph-provisioning-error" />
    </section>
  );
}

/** Entra's own words for what happened to the test user, step by step, and its provisioning log. */
function OnDemandResult({ result }: { result: OnDemand }) {
  const { t, i18n } = useTranslation();
  const kind = result.result.status === 'success' ? 'success' : result.result.status === 'skipped' ? 'warning' : 'error';
  return (
    <div data-testid="graph-provision-result" data-status={result.result.status}>
      <p className={kind}>
        {t('graph.provisioning.onDemandResult', { status: t(`graph.provisioning.status.${result.result.status}`) })}
        {result.result.errorCode && <span className="mono"> ({result.result.errorCode})</span>}
      </p>
      {result.result.reason && <p className="help">{result.result.reason}</p>}
      <ol className="graph-steps">
        {result.result.steps.map((step) => (
          <li key={step.name} data-status={step.status}>
            <strong>{step.name}</strong> ({step.status}): {step.description}
          </li>
        ))}
      </ol>
      <h5>{t('graph.provisioning.logTitle')}</h5>
      {result.logEntries.length === 0 ? (
        <p data-testid="graph-provision-log">{t('graph.provisioning.logEmpty')}</p>
      ) : (
        <ul className="graph-list" data-testid="graph-provision-log">
          {result.logEntries.map((entry) => (
            <li key={entry.id}>
              <span>
                {formatDateTime(entry.activityDateTime, i18n.language)}: {entry.action}, {entry.status}
                {entry.errorCode && <span className="mono"> ({entry.errorCode})</span>}
                {entry.reason && <span className="help"> {entry.reason}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
