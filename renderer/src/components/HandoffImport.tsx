import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../hooks/use-error-text';
import { useValidationText } from '../hooks/use-validation-text';
import { ApiError } from '../api/client';
import { CircleX } from '../ui/icons';
import type { HandoffImportOutcome, HandoffImportState } from './HandoffImportState';

/** The code a refusal or an error is known by, for `data-code` (README: `handoff-import-error`). */
function outcomeCode(outcome: Extract<HandoffImportOutcome, { kind: 'refused' | 'error' }>): string {
  if (outcome.kind === 'refused') return outcome.failure.code;
  return outcome.error instanceof ApiError ? outcome.error.shape.code : 'INTERNAL';
}

/**
 * "Import a hand-off file" in the profiles dialog: a file input drawn as a drop zone (the browser's own
 * button would speak the browser's language), the reason of a refusal in an error call-out, and the
 * outcome as a status line. The question about a name already taken is HandoffImportReplaceDialog.
 */
export function HandoffImport({ state }: { state: HandoffImportState }) {
  const { t } = useTranslation();
  const validationText = useValidationText();
  const errorText = useErrorText();
  const ids = useId();
  const { outcome, busy } = state;
  const failed = outcome?.kind === 'refused' || outcome?.kind === 'error' ? outcome : null;

  return (
    <section className="handoff-import" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t('handoff.import.heading')}</h3>
      <p className="help" id={`${ids}-help`}>
        {t('handoff.import.help')}
      </p>
      <div className="handoff-file-picker">
        <label htmlFor={`${ids}-input`} className="file-label">
          {t('handoff.import.choose')}
        </label>
        <input
          ref={state.inputRef}
          id={`${ids}-input`}
          type="file"
          accept=".json,application/json"
          data-testid="handoff-import-input"
          disabled={busy}
          aria-describedby={failed ? `${ids}-help ${ids}-error` : `${ids}-help`}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared at once, so choosing the same file again (after fixing it) is a change too.
            event.target.value = '';
            void state.choose(file);
          }}
        />
      </div>
      {busy && (
        <p className="help" role="status">
          {t('handoff.import.busy')}
        </p>
      )}
      {failed && (
        <div
          className="callout callout-error handoff-import-error"
          role="alert"
          id={`${ids}-error`}
          data-testid="handoff-import-error"
          data-code={outcomeCode(failed)}
        >
          <span className="callout-icon">
            <CircleX size={20} aria-hidden="true" />
          </span>
          <div className="callout-body">
            <p className="handoff-import-error-title">{t('handoff.import.refusedTitle')}</p>
            <p>{failed.kind === 'refused' ? validationText(failed.failure) : errorText(failed.error)}</p>
          </div>
        </div>
      )}
      {outcome?.kind === 'done' && (
        <p className="note" role="status" data-testid="handoff-import-status">
          {t(outcome.key, { name: outcome.name })}
        </p>
      )}
    </section>
  );
}
