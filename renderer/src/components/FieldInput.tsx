import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../../shared/integrations/types';
import { VALIDATORS } from '../../../shared/validators';
import { useValidationText } from '../hooks/use-validation-text';
import { call } from '../api/client';
import { useApp } from '../hooks/app-context';
import { useErrorText } from '../hooks/use-error-text';
import { ErrorText } from './ErrorText';

const SAVE_DELAY_MS = 400;

/**
 * One field of a step. Text is checked as the admin types with the same pure
 * validator main uses, and saved (main checks again) only when valid: an
 * invalid entry never replaces the value saved before.
 */
export function FieldInput({ field }: { field: FieldDefinition }) {
  const { t } = useTranslation();
  const { info, profile, setProfile } = useApp();
  const errorText = useErrorText();
  const validationText = useValidationText();
  const id = useId();
  const saved = profile.fields[field.id] ?? '';
  const [draft, setDraft] = useState(saved);
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  // A clicked checkbox or radio shows its new state at once (keyboard and screen
  // readers expect that); it falls back to the saved value if main refuses it.
  const [pendingChoice, setPendingChoice] = useState<string | null>(null);
  const shownChoice = pendingChoice ?? saved;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // A value derived by main (e.g. the tenant URL after the offer changed) replaces the draft.
  useEffect(() => setDraft(saved), [saved]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const save = async (value: string) => {
    try {
      const result = await call('profile.saveField', { profileId: profile.id, fieldId: field.id, value });
      if (result.ok) {
        setProfile(result.profile);
        setProblem(null);
        setNote(result.value !== value ? t('field.normalisedTo', { value: result.value }) : null);
      } else {
        setProblem(t('field.notSavedInvalid', { message: validationText(result) }));
      }
    } catch (error) {
      setProblem(errorText(error));
    }
  };
  const choose = async (value: string) => {
    setPendingChoice(value);
    await save(value);
    setPendingChoice(null);
  };

  const help = field.helpKey ? (
    <p id={`${id}-help`} className="help">
      {t(field.helpKey)}
    </p>
  ) : null;
  const describedBy = [field.helpKey ? `${id}-help` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

  if (field.kind === 'checkbox') {
    return (
      <div className="field field-checkbox">
        <input
          id={id}
          type="checkbox"
          data-testid={`field-${field.id}`}
          checked={shownChoice === 'true'}
          aria-describedby={describedBy}
          onChange={(e) => void choose(String(e.target.checked))}
        />
        <label htmlFor={id}>{t(field.labelKey)}</label>
        {help}
        <ErrorText text={problem} testId={`field-error-${field.id}`} />
      </div>
    );
  }

  if (field.kind === 'choice') {
    return (
      <fieldset className="field field-choice" data-testid={`field-${field.id}`} aria-describedby={describedBy}>
        <legend>{t(field.labelKey)}</legend>
        {help}
        {field.options.map((option) => (
          <div key={option.value} className="choice">
            <input
              id={`${id}-${option.value}`}
              type="radio"
              name={id}
              value={option.value}
              data-testid={`field-${field.id}-${option.value}`}
              checked={shownChoice === option.value}
              onChange={() => void choose(option.value)}
            />
            <label htmlFor={`${id}-${option.value}`}>{t(option.labelKey)}</label>
          </div>
        ))}
        <ErrorText text={problem} testId={`field-error-${field.id}`} />
      </fieldset>
    );
  }

  const validatorId = field.validator;
  const onChange = (value: string) => {
    setDraft(value);
    setNote(null);
    clearTimeout(timer.current);
    const offer = profile.fields['webex.offer'] === 'government' ? 'government' : 'commercial';
    const result = VALIDATORS[validatorId](value, { fields: profile.fields, scimBaseUrl: info.webexScimBaseUrls[offer] });
    if (!result.ok) {
      setProblem(value.trim() === '' ? null : t('field.notSavedInvalid', { message: validationText(result) }));
      return;
    }
    setProblem(null);
    timer.current = setTimeout(() => void save(value), SAVE_DELAY_MS);
  };

  return (
    <div className="field field-text">
      <label htmlFor={id}>
        {t(field.labelKey)} {field.required && <span className="required">({t('field.required')})</span>}
      </label>
      {help}
      <input
        id={id}
        type="text"
        className={field.monospace ? 'mono' : undefined}
        data-testid={`field-${field.id}`}
        value={draft}
        placeholder={field.placeholderKey ? t(field.placeholderKey) : undefined}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problem !== null}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          if (timer.current && problem === null && draft !== saved) {
            clearTimeout(timer.current);
            void save(draft);
          }
        }}
      />
      <ErrorText text={problem ? problem : null} testId={`field-error-${field.id}`} />
      {note && (
        <p className="note" data-testid={`field-note-${field.id}`} role="status">
          {note}
        </p>
      )}
    </div>
  );
}
