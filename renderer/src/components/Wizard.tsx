import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationDefinition, Requirement, StepDefinition } from '../../../shared/integrations/types';
import { canSkip, canVisit, currentStep, findField, progressCounts, stepStatus, unmetRequirements } from '../../../shared/engine/step-engine';
import type { ValidationFailure } from '../../../shared/validators/result';
import { call } from '../api/client';
import { useApp } from '../hooks/app-context';
import { useErrorText } from '../hooks/use-error-text';
import { Callout } from '../ui/Callout';
import { ConfirmDialog } from '../ui/Dialog';
import { focusIsKept } from '../ui/focus-keeper';
import { StepStatusIcon } from '../ui/StepStatusIcon';
import { ErrorText } from './ErrorText';
import { FieldProblemsContext, type FieldProblems } from './field-problems';
import { ReportButton } from './ReportButton';
import { SaveStatus } from './SaveStatus';
import { StepView } from './StepView';

export function Wizard({ integration }: { integration: IntegrationDefinition }) {
  const { t } = useTranslation();
  const { profile, setProfile } = useApp();
  const errorText = useErrorText();
  const [error, setError] = useState<unknown>(null);
  const [confirmingChange, setConfirmingChange] = useState(false);
  const [problems, setProblems] = useState<Readonly<Record<string, ValidationFailure>>>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = currentStep(integration, profile);
  const index = step ? integration.steps.indexOf(step) : 0;
  const counts = progressCounts(integration, profile);

  // Keyboard and screen-reader users land on the new step's title, unless they are using the app's
  // header: there a closed profile list switches with each arrow key, and the next key must reach it.
  useEffect(() => {
    if (focusIsKept()) return;
    headingRef.current?.focus();
  }, [step?.id, profile.id]);

  const report = useCallback((fieldId: string, failure: ValidationFailure | null) => {
    setProblems((current) => {
      if ((current[fieldId] ?? null) === failure) return current;
      const next = { ...current };
      if (failure) next[fieldId] = failure;
      else delete next[fieldId];
      return next;
    });
  }, []);
  const fieldProblems: FieldProblems = useMemo(() => ({ problems, report }), [problems, report]);

  if (!step) return null;
  const unmet = unmetRequirements(step, profile);
  const isLast = index === integration.steps.length - 1;

  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    }
  };
  const goTo = (stepId: string) => run(async () => setProfile(await call('profile.goToStep', { profileId: profile.id, stepId })));
  const complete = (skip: boolean) => run(async () => setProfile(await call('profile.completeStep', { profileId: profile.id, stepId: step.id, skip })));
  const changeIntegration = () => {
    setConfirmingChange(false);
    void run(async () => setProfile(await call('profile.reset', { profileId: profile.id })));
  };

  // A long checklist is summed up: five labels in one line say less than "the 5 items above".
  const unmetText =
    unmet.length > 2 && unmet.every((r) => r.kind === 'field' && !Object.hasOwn(problems, r.fieldId))
      ? t('wizard.unmetMany', { count: unmet.length })
      : unmet.map((r) => describeUnmet(r, step, integration, problems, t)).join('; ');
  const allClosed = counts.done + counts.skipped === counts.total;
  const closedAs = (stepId: string) =>
    profile.skippedStepIds.includes(stepId) ? ('skipped' as const) : profile.completedStepIds.includes(stepId) ? ('done' as const) : undefined;
  const skippedTitles = integration.steps.filter((s) => profile.skippedStepIds.includes(s.id)).map((s) => t(s.titleKey));

  return (
    <FieldProblemsContext.Provider value={fieldProblems}>
      <div className="wizard" data-testid="wizard">
        <nav className="step-list" aria-label={t('wizard.steps')} data-testid="step-list">
          <h2 className="integration-title">{t(integration.titleKey)}</h2>
          <progress data-testid="wizard-progress" max={counts.total} value={counts.done} aria-label={progressText(counts, t)} />
          <p className="progress-text">{progressText(counts, t)}</p>
          <ol>
            {integration.steps.map((s, i) => {
              const status = stepStatus(integration, profile, s);
              return (
                <li key={s.id}>
                  <button
                    type="button"
                    className={`step-nav step-${status}`}
                    data-testid={`step-nav-${s.id}`}
                    data-status={status}
                    aria-current={status === 'current' ? 'step' : undefined}
                    disabled={!canVisit(integration, profile, s.id)}
                    onClick={() => void goTo(s.id)}
                  >
                    <StepStatusIcon status={status} number={i + 1} closedAs={closedAs(s.id)} />
                    <span className="step-name">{t(s.titleKey)}</span>
                    {status === 'skipped' && (
                      <span className="step-tag" aria-hidden="true">
                        {t('wizard.status.skipped')}
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ol>
          <button type="button" className="link" data-testid="change-integration" onClick={() => setConfirmingChange(true)}>
            {t('picker.changeIntegration')}
          </button>
          <ReportButton integration={integration} />
        </nav>
        <section className="step" data-testid={`step-${step.id}`} aria-labelledby="step-title">
          <div className="step-header">
            <p className="step-of">{t('wizard.stepOf', { index: index + 1, total: integration.steps.length })}</p>
            <SaveStatus />
          </div>
          <h2 id="step-title" tabIndex={-1} ref={headingRef} data-testid="step-title">
            {t(step.titleKey)}
          </h2>
          {profile.skippedStepIds.includes(step.id) && (
            <p className="step-skipped-note" data-testid="step-skipped-note">
              {t('wizard.skippedNote')}
            </p>
          )}
          <StepView integration={integration} step={step} />
          {step.skippableKey && canSkip(step, profile) && (
            <Callout kind="info" testId="step-skippable">
              {t('wizard.skippableHint', { reason: t(step.skippableKey) })}
            </Callout>
          )}
          {unmet.length > 0 && (
            <p className="unmet" data-testid="step-unmet">
              {t('wizard.unmet', { items: unmetText })}
            </p>
          )}
          {allClosed && (
            <p className="success" role="status" data-testid="wizard-complete" data-skipped={counts.skipped}>
              {counts.skipped > 0 ? t('wizard.completeWithSkipped', { steps: skippedTitles.join(', ') }) : t('wizard.complete')}
            </p>
          )}
          <ErrorText text={error ? errorText(error) : null} testId="step-error" />
          <div className="step-nav-buttons">
            <button type="button" data-testid="nav-back" disabled={index === 0} onClick={() => void goTo(integration.steps[index - 1]!.id)}>
              {t('wizard.back')}
            </button>
            {canSkip(step, profile) && (
              <button type="button" data-testid="nav-skip" onClick={() => void complete(true)}>
                {t('wizard.skip')}
              </button>
            )}
            <button type="button" className="primary" data-testid="nav-next" disabled={unmet.length > 0} onClick={() => void complete(false)}>
              {isLast ? t('wizard.finish') : t('wizard.next')}
            </button>
          </div>
        </section>
        <ConfirmDialog
          open={confirmingChange}
          title={t('picker.changeIntegration')}
          body={<p>{t('picker.confirmChange')}</p>}
          confirmLabel={t('picker.confirmChangeYes')}
          cancelLabel={t('wizard.cancel')}
          testId="confirm-change-integration"
          danger
          onConfirm={changeIntegration}
          onCancel={() => setConfirmingChange(false)}
        />
      </div>
    </FieldProblemsContext.Provider>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function progressText(counts: { done: number; skipped: number; total: number }, t: T): string {
  return counts.skipped > 0 ? t('wizard.progressWithSkipped', counts) : t('wizard.progress', counts);
}

/** Says what to do with the control: tick a box, choose an option, fill in a field, or correct what was refused. */
function describeUnmet(
  requirement: Requirement,
  step: StepDefinition,
  integration: IntegrationDefinition,
  problems: Readonly<Record<string, ValidationFailure>>,
  t: T,
) {
  if (requirement.kind === 'field') {
    const field = findField(integration, requirement.fieldId)?.field;
    const label = t(field?.labelKey ?? requirement.fieldId);
    if (Object.hasOwn(problems, requirement.fieldId)) return t('wizard.unmetFieldRefused', { label });
    const key = field?.kind === 'checkbox' ? 'wizard.unmetCheckbox' : field?.kind === 'choice' ? 'wizard.unmetChoice' : 'wizard.unmetField';
    return t(key, { label });
  }
  if (requirement.kind === 'secret') {
    // Named as the step names it: the secret field that takes it, or the action that fetches it.
    const field = step.fields.find((f) => f.kind === 'secret' && f.secretId === requirement.secretId);
    const action = step.actions.find((a) => a.kind === 'capture-token' && a.secretId === requirement.secretId);
    if (action && !field) return t('wizard.unmetAction', { label: t(action.labelKey) });
    return t('wizard.unmetSecret', { label: t(field?.labelKey ?? requirement.secretId) });
  }
  const action = step.actions.find((a) => a.id === requirement.actionId);
  return t('wizard.unmetAction', { label: action ? t(action.labelKey) : requirement.actionId });
}
