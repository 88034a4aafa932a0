import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useValidationText } from '../hooks/use-validation-text';
import { Dialog } from '../ui/Dialog';
import { ErrorText } from './ErrorText';
import type { HandoffImportState } from './HandoffImportState';

const ID = 'confirm-handoff-replace';

/**
 * The question when a hand-off file's name is another profile's: replace that profile's answers and
 * progress (it says what is replaced, what is kept and what is cleared), import the file as a new
 * profile under a name the admin may edit, or cancel. Nothing changes until a choice is made;
 * focus starts on Cancel, the safe answer.
 */
export function HandoffImportReplaceDialog({ state }: { state: HandoffImportState }) {
  const { t } = useTranslation();
  const validationText = useValidationText();
  const ids = useId();
  const { pending, nameRefusal, busy } = state;
  const [newName, setNewName] = useState('');

  // A fresh suggestion for each file asked about.
  useEffect(() => {
    if (pending) setNewName(t('handoff.replace.newNameDefault', { name: pending.name }));
    // The suggestion is made once per question, in the language on screen then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending]);

  const name = pending?.name ?? '';
  return (
    <Dialog
      open={pending !== null}
      title={t('handoff.replace.title', { name })}
      testId={ID}
      size="medium"
      onClose={state.cancel}
      footer={
        <button type="button" data-testid={`${ID}-cancel`} onClick={state.cancel} data-autofocus>
          {t('handoff.replace.cancel')}
        </button>
      }
    >
      <p>{t('handoff.replace.intro')}</p>
      <section className="handoff-replace-choice" aria-labelledby={`${ids}-replace`}>
        <h3 id={`${ids}-replace`}>{t('handoff.replace.replaceHeading', { name })}</h3>
        <ul className="handoff-replace-list">
          <li>{t('handoff.replace.replaceWhat')}</li>
          <li>{t('handoff.replace.replaceKeeps')}</li>
          <li>{t('handoff.replace.replaceClears')}</li>
        </ul>
        {/* Each choice's button sits with what it does; a long profile name cannot push the others off the row. */}
        <button type="button" className="danger" data-testid={`${ID}-replace`} disabled={busy} onClick={() => void state.replace()}>
          {t('handoff.replace.replace', { name })}
        </button>
      </section>
      <form
        id={`${ids}-new`}
        className="handoff-replace-choice"
        aria-labelledby={`${ids}-new-heading`}
        onSubmit={(event) => {
          event.preventDefault();
          void state.importAsNew(newName);
        }}
      >
        <h3 id={`${ids}-new-heading`}>{t('handoff.replace.newHeading')}</h3>
        <div className="field field-text">
          <label htmlFor={`${ids}-name`}>{t('handoff.replace.newName')}</label>
          <input
            id={`${ids}-name`}
            type="text"
            data-testid={`${ID}-new-name`}
            value={newName}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={nameRefusal !== null}
            aria-describedby={nameRefusal ? `${ids}-name-error` : undefined}
            onChange={(event) => setNewName(event.target.value)}
          />
        </div>
        <ErrorText text={nameRefusal ? validationText(nameRefusal) : null} testId={`${ID}-name-error`} id={`${ids}-name-error`} />
        <button type="submit" data-testid={`${ID}-import-new`} disabled={busy}>
          {t('handoff.replace.importNew')}
        </button>
      </form>
    </Dialog>
  );
}
