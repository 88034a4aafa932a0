import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrationDefinition } from '../../../shared/integrations/types';
import { canVisit, currentStep, findField, progressRatio, stepStatus, unmetRequirements } from '../../../shared/engine/step-engine';
import { call } from '../api/client';
import { useApp } from '../hooks/app-context';
import { useErrorText } from '../hooks/use-error-text';
import { ErrorText } from './ErrorText';
import { StepView } from './StepView';

export function Wizard({ integration }: { integration: IntegrationDefinition }) {
  const { t } = useTranslation();
  const { profile, setProfile } = useApp();
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = currentStep(integration, profile);
  const index = step ? integration.steps.indexOf(step) : 0;
  const closedCount = Math.round(progressRatio(integration, profile) * integration.steps.length);

  // Keyboard and screen-reader users land on the new step's title.
  useEffect(() => headingRef.current?.focus(), [step?.id]);

  if (!step) return null;
  const unmet = unmetRequirements(step, profile);
  const isLast = index === integration.steps.length - 1;

  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const goTo = (stepId: string) => run(async () => setProfile(await call('profile.goToStep', { profileId: profile.id, stepId })));
  const complete = (skip: boolean) => run(async () => setProfile(await call('profile.completeStep', { profileId: profile.id, stepId: step.id, skip })));
  const changeIntegration = () =>
    window.confirm(t('picker.confirmChange')) && run(async () => setProfile(await call('profile.reset', { profileId: profile.id })));

  const unmetText = unmet
    .map((r) => {
      if (r.kind === 'field') {
        const field = findField(integration, r.fieldId)?.field;
        // Say what to do with the control: tick a box, choose an option, fill in a field.
        const key = field?.kind === 'checkbox' ? 'wizard.unmetCheckbox' : field?.kind === 'choice' ? 'wizard.unmetChoice' : 'wizard.unmetField';
        return t(key, { label: t(field?.labelKey ?? r.fieldId) });
      }
      if (r.kind === 'secret') return t('wizard.unmetSecret');
      const action = step.actions.find((a) => a.id === r.actionId);
      return t('wizard.unmetAction', { label: action ? t(action.labelKey) : r.actionId });
    })
    .join('; ');

  return (
    <div className="wizard" data-testid="wizard">
      <nav className="step-list" aria-label={t('wizard.steps')} data-testid="step-list">
        <h2 className="integration-title">{t(integration.titleKey)}</h2>
        <progress
          data-testid="wizard-progress"
          max={integration.steps.length}
          value={closedCount}
          aria-label={t('wizard.progress', { done: closedCount, total: integration.steps.length })}
        />
        <p className="progress-text">{t('wizard.progress', { done: closedCount, total: integration.steps.length })}</p>
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
                  <span className="step-number">{i + 1}</span> {t(s.titleKey)} <span className="visually-hidden">({t(`wizard.status.${status}`)})</span>
                </button>
              </li>
            );
          })}
        </ol>
        <button type="button" className="link" data-testid="change-integration" onClick={() => void changeIntegration()}>
          {t('picker.changeIntegration')}
        </button>
      </nav>
      <section className="step" data-testid={`step-${step.id}`} aria-labelledby="step-title">
        <p className="step-of">{t('wizard.stepOf', { index: index + 1, total: integration.steps.length })}</p>
        <h2 id="step-title" tabIndex={-1} ref={headingRef} data-testid="step-title">
          {t(step.titleKey)}
        </h2>
        <StepView integration={integration} step={step} />
        {unmet.length > 0 && (
          <p className="unmet" data-testid="step-unmet">
            {t('wizard.unmet', { items: unmetText })}
          </p>
        )}
        {closedCount === integration.steps.length && (
          <p className="success" role="status" data-testid="wizard-complete">
            {t('wizard.complete')}
          </p>
        )}
        <ErrorText text={error} testId="step-error" />
        <div className="step-nav-buttons">
          <button type="button" data-testid="nav-back" disabled={index === 0} onClick={() => void goTo(integration.steps[index - 1]!.id)}>
            {t('wizard.back')}
          </button>
          {step.skippableKey && (
            <button type="button" data-testid="nav-skip" onClick={() => void complete(true)}>
              {t('wizard.skip')}
            </button>
          )}
          <button type="button" className="primary" data-testid="nav-next" disabled={unmet.length > 0} onClick={() => void complete(false)}>
            {isLast ? t('wizard.finish') : t('wizard.next')}
          </button>
        </div>
        {step.skippableKey && <p className="hint">{t('wizard.skippableHint', { reason: t(step.skippableKey) })}</p>}
      </section>
    </div>
  );
}
