import { useTranslation } from 'react-i18next';
import type { StepStatus } from '../../../shared/engine/step-engine';
import { Check, Redo2 } from './icons';

interface Props {
  status: StepStatus;
  number: number;
  /** The current step may already be closed (e.g. the last one after Finish): show that inside the current mark. */
  closedAs?: 'done' | 'skipped';
}

/**
 * The step list's mark: the step number while the step is ahead or current, a
 * check when done, a curved "skip" arrow in a dashed ring when skipped (closed
 * but not carried out), "!" when it needs attention. Its accessible name is the
 * status ("done", "skipped"...), so the button reads "done, Before you start".
 * Styled by `.step-icon-<status>` in styles.css.
 */
export function StepStatusIcon({ status, number, closedAs }: Props) {
  const { t } = useTranslation();
  const shown = status === 'current' && closedAs ? closedAs : status;
  const label = shown === status ? t(`wizard.status.${status}`) : `${t('wizard.status.current')}, ${t(`wizard.status.${shown}`)}`;
  return (
    <span className={`step-icon step-icon-${status}`} role="img" aria-label={label}>
      {shown === 'done' ? (
        <Check size={15} strokeWidth={3} aria-hidden="true" />
      ) : shown === 'skipped' ? (
        <Redo2 size={14} strokeWidth={2.5} aria-hidden="true" />
      ) : shown === 'attention' ? (
        '!'
      ) : (
        number
      )}
    </span>
  );
}
