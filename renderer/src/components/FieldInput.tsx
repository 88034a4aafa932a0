import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition } from '../../../shared/integrations/types';
import { VALIDATORS } from '../../../shared/validators';
import type { ValidationFailure } from '../../../shared/validators/result';
import { call } from '../api/client';
import { useAppActions, useAppSelector, useProfileSelector } from '../hooks/app-context';
import { useErrorText } from '../hooks/use-error-text';
import { useValidationText } from '../hooks/use-validation-text';
import { useEndpointFacts } from '../hooks/endpoint-facts';
import { useFieldProblems } from './field-problems';
import { useDraftKeptInField } from '../ui/use-draft-kept-in-field';
import { shownOrgIdText } from '../../../shared/presenting/mask-org-id';
import { ErrorText } from './ErrorText';

const SAVE_DELAY_MS = 400;

/**
 * One field of a step. Text is checked as the admin types with the same pure
 * validator main uses, and saved (main checks again) only when valid: an
 * invalid entry never replaces the value saved before, and the field says so.
 * Saves go through the ordered client, so the last value chosen is the one saved.
 */
export function FieldInput({ field }: { field: Exclude<FieldDefinition, { kind: 'secret' }> }) {
  const { t } = useTranslation();
  const profileId = useProfileSelector((profile) => profile.id);
  const fields = useProfileSelector((profile) => profile.fields);
  const presenting = useAppSelector((snapshot) => snapshot.presenting);
  const { setProfile } = useAppActions();
  // Presenting: a value holding an Org ID shows it masked until the admin is in the field typing.
  const [focused, setFocused] = useState(false);
  const endpoints = useEndpointFacts();
  const errorText = useErrorText();
  const validationText = useValidationText();
  const { report } = useFieldProblems();
  const id = useId();
  const saved = fields[field.id] ?? '';
  const [draft, setDraft] = useState(saved);
  const { inField, enter, leave } = useDraftKeptInField(draft, setDraft);
  // Kept as codes and params, put into words at render time: a language switch re-renders them.
  const [refused, setRefused] = useState<ValidationFailure | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [normalised, setNormalised] = useState<string | null>(null);
  // A clicked checkbox or radio shows its new state at once (keyboard and screen readers expect
  // that) until the save of the LAST click has answered; then the saved value shows.
  const [pendingChoice, setPendingChoice] = useState<string | null>(null);
  const choiceCount = useRef(0);
  const shownChoice = pendingChoice ?? saved;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The valid draft waiting out the typing delay, with the profile it was typed for.
  const pending = useRef<{ profileId: string; value: string } | null>(null);
  // The profile on screen now: an answer for another one (after a switch) must not touch this field's messages.
  const shownProfileId = useRef(profileId);
  shownProfileId.current = profileId;

  // Typing not yet sent, and this field's saves still on their way: while either exists, an
  // answer (an older save's) must not replace what the admin is typing.
  const editsTyped = useRef(0);
  const editsSent = useRef(0);
  const savesInFlight = useRef(0);
  // A value derived by main (the tenant URL after the offer changed, a normalised entry) replaces
  // the draft once nothing typed here is newer than it, and never under the caret: a value changed
  // while the admin is in the field would drop the text they selected to type over (seen in CI).
  // Leaving the field shows it.
  const settled = () => savesInFlight.current === 0 && editsTyped.current === editsSent.current;
  useEffect(() => {
    // The ref, not the state: this effect can run after the admin is back in the field (React flushes it then).
    if (!inField.current && settled()) setDraft(saved);
  }, [saved, focused, inField]);
  useEffect(() => report(field.id, refused), [field.id, refused, report]);
  useEffect(() => () => report(field.id, null), [field.id, report]);

  const save = async (value: string, savedFor: string = profileId) => {
    const stillShown = () => shownProfileId.current === savedFor;
    savesInFlight.current++;
    try {
      const result = await call('profile.saveField', { profileId: savedFor, fieldId: field.id, value }).finally(() => {
        savesInFlight.current--;
      });
      // The answer carries its profile: setProfile files it under that profile, whichever is on screen.
      if (result.ok) setProfile(result.profile);
      if (!stillShown()) return;
      if (result.ok) {
        // The same URL saved again leaves `saved` as it was; the typed form still gives way to it.
        if (!inField.current && settled()) setDraft(result.profile.fields[field.id] ?? '');
        setRefused(null);
        setFailure(null);
        setNormalised(result.value !== value && field.kind === 'text' ? result.value : null);
      } else {
        setRefused(result);
      }
    } catch (error) {
      if (stillShown()) setFailure(error);
    }
  };
  /** Saves the pending draft now instead of after the delay (leaving the field, the step or the profile). */
  const flush = () => {
    clearTimeout(timer.current);
    const draftToSave = pending.current;
    pending.current = null;
    if (!draftToSave) return;
    editsSent.current = editsTyped.current;
    void save(draftToSave.value, draftToSave.profileId);
  };
  const flushRef = useRef(flush);
  flushRef.current = flush;
  // Unmounting (another step) or another profile on screen must not drop a value typed just before:
  // the delayed save is made at once, for the profile it was typed in. Saves are queued per profile, in order.
  useEffect(() => () => flushRef.current(), [profileId, field.id]);
  // Another profile's field: the messages about the previous profile's value go.
  useEffect(() => {
    setRefused(null);
    setFailure(null);
    setNormalised(null);
  }, [profileId]);
  const choose = async (value: string) => {
    const mine = ++choiceCount.current;
    setPendingChoice(value);
    await save(value);
    if (choiceCount.current === mine) setPendingChoice(null);
  };

  const refusedText = refused
    ? saved !== ''
      ? t('field.notSavedKeepsSaved', { message: validationText(refused), saved: shownOrgIdText(saved, presenting) })
      : t('field.notSavedInvalid', { message: validationText(refused) })
    : null;
  const problemText = refusedText ?? (failure ? errorText(failure) : null);
  const help = field.helpKey ? (
    <p id={`${id}-help`} className="help">
      {t(field.helpKey)}
    </p>
  ) : null;
  const describedBy = [field.helpKey ? `${id}-help` : '', problemText ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

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
        <ErrorText text={problemText} testId={`field-error-${field.id}`} id={`${id}-error`} />
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
        <ErrorText text={problemText} testId={`field-error-${field.id}`} id={`${id}-error`} />
      </fieldset>
    );
  }

  const validatorId = field.validator;
  const onChange = (value: string) => {
    editsTyped.current++;
    setDraft(value);
    setNormalised(null);
    setFailure(null);
    clearTimeout(timer.current);
    pending.current = null;
    const result = VALIDATORS[validatorId](value, { fields, endpoints });
    if (!result.ok) {
      // An emptied field that had no value yet is simply empty; one that had a value says it was kept.
      setRefused(value.trim() === '' && saved === '' ? null : result);
      return;
    }
    setRefused(null);
    pending.current = { profileId, value };
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  };
  const revert = () => {
    clearTimeout(timer.current);
    pending.current = null;
    editsSent.current = editsTyped.current;
    setDraft(saved);
    setRefused(null);
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
        value={focused ? draft : shownOrgIdText(draft, presenting)}
        placeholder={field.placeholderKey ? t(field.placeholderKey) : undefined}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problemText !== null}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onFocus={() => {
          enter();
          setFocused(true);
        }}
        onBlur={() => {
          leave();
          setFocused(false);
          flush();
        }}
      />
      <ErrorText text={problemText} testId={`field-error-${field.id}`} id={`${id}-error`} />
      {refused && saved !== '' && (
        <button type="button" className="link" data-testid={`field-revert-${field.id}`} onClick={revert}>
          {t('field.revert')}
        </button>
      )}
      {normalised && (
        <p className="note" data-testid={`field-note-${field.id}`} role="status">
          {t('field.normalisedTo', { value: shownOrgIdText(normalised, presenting) })}
        </p>
      )}
    </div>
  );
}
