import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { conditionsHold } from '../../../shared/engine/conditions';
import type { FieldDefinition } from '../../../shared/integrations/types';
import { SECRET_ENTRY_RULES } from '../../../shared/secret-entry-rules';
import { VALIDATORS } from '../../../shared/validators';
import type { ValidationFailure } from '../../../shared/validators/result';
import { useCopySecret } from '../actions/use-copy';
import { call } from '../api/client';
import { useAppActions, useAppSelector, useProfileSelector } from '../hooks/app-context';
import { formatDateTime } from '../hooks/format-date-time';
import { useErrorText } from '../hooks/use-error-text';
import { useValidationText } from '../hooks/use-validation-text';
import { ConfirmDialog } from '../ui/Dialog';
import { Eye, EyeOff, KeyRound } from '../ui/icons';
import { ErrorText } from './ErrorText';
import { useFieldProblems } from './field-problems';
import { useSecretPresence } from '../hooks/use-secret-presence';
import { useRevealedSecret } from './use-revealed-secret';
import { useSaveInProgress } from '../ui/use-save-in-progress';

type Props = { field: Extract<FieldDefinition, { kind: 'secret' }> };

/**
 * A secret the admin pastes (a vendor shows it once): from this masked input straight to main
 * and the keychain; the settings file only learns that it exists and when it was saved. Once
 * stored, the value is not on the page: Reveal reads it back for 30 s, Copy goes through main,
 * Replace asks first, because the old value cannot be seen again in the vendor's portal either.
 */
export function SecretFieldInput({ field }: Props) {
  const { t, i18n } = useTranslation();
  const profileId = useProfileSelector((profile) => profile.id);
  const fields = useProfileSelector((profile) => profile.fields);
  const meta = useProfileSelector((profile) => profile.secrets[field.secretId]);
  const required = useProfileSelector((profile) => field.required || (field.requiredWhen !== undefined && conditionsHold(field.requiredWhen, profile)));
  const presenting = useAppSelector((snapshot) => snapshot.presenting);
  const { setProfile } = useAppActions();
  const errorText = useErrorText();
  const validationText = useValidationText();
  const { report } = useFieldProblems();
  const id = useId();
  const [draft, setDraft] = useState('');
  const [refused, setRefused] = useState<ValidationFailure | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [replacing, setReplacing] = useState(false);
  const [confirmingReplace, setConfirmingReplace] = useState(false);
  // A date this field's own save just wrote needs no keychain question: the keychain took the value a moment ago.
  const ownSave = useRef<string | null>(null);
  // The keychain is the truth: an entry removed outside the app shows as missing, and the input comes back.
  const missing = useSecretPresence(field.secretId, ownSave).present === false;
  const revealed = useRevealedSecret(field.secretId);
  const hideRevealed = revealed.hide;
  const copy = useCopySecret(field.secretId, 'secretField.copied');
  const { busyShown: saving, runOnce } = useSaveInProgress();

  useEffect(() => report(field.id, refused), [field.id, refused, report]);
  // A customer may be watching from now on: a value shown a moment ago goes at once.
  useEffect(() => {
    if (presenting) hideRevealed();
  }, [presenting, hideRevealed]);
  useEffect(() => () => report(field.id, null), [field.id, report]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    // The page's own check first (the validator main runs again), so a refusal needs no round trip.
    const checked = VALIDATORS[SECRET_ENTRY_RULES[field.secretId].validator](draft, { fields, endpoints: {} });
    if (!checked.ok) return setRefused(checked);
    setRefused(null);
    await runOnce(async () => {
      try {
        const result = await call('secrets.save', { profileId, secretId: field.secretId, value: draft, expiresAt: null });
        if (!result.ok) return setRefused(result);
        ownSave.current = `${result.profile.id} ${result.profile.secrets[field.secretId]?.savedAt}`;
        setProfile(result.profile);
        setDraft('');
        setReplacing(false);
        revealed.hide();
      } catch (e) {
        setFailure(e);
      }
    });
  };

  const problem = refused ? validationText(refused) : failure ? errorText(failure) : null;
  const describedBy = [`${id}-help`, field.optionalKey && !required ? `${id}-optional` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
  const showInput = !meta || replacing || missing;

  return (
    <div className="field field-secret" data-testid={`field-block-${field.id}`} data-stored={meta && !missing ? 'true' : 'false'}>
      <label htmlFor={id}>
        <KeyRound size={16} aria-hidden="true" /> {t(field.labelKey)}{' '}
        <span className={required ? 'required' : 'optional'}>({t(required ? 'field.required' : 'field.optional')})</span>
      </label>
      <p id={`${id}-help`} className="help">
        {/* The field's own help says where the value comes from; the generic line says where it goes. */}
        {field.helpKey ? t(field.helpKey) : t('secretField.inputHelp')}
      </p>
      {field.optionalKey && !required && (
        <p id={`${id}-optional`} className="help" data-testid={`field-optional-${field.id}`}>
          {t(field.optionalKey)}
        </p>
      )}
      {meta && !missing && (
        <div className="secret-stored" data-testid={`field-stored-${field.id}`}>
          {/* A status line: announced when it appears, right after a save. */}
          <p className="success" role="status">
            {t('secretField.stored', { date: formatDateTime(meta.savedAt, i18n.language) })}
          </p>
          {revealed.value !== null && !presenting && (
            <p className="secret-revealed" data-testid={`field-revealed-${field.id}`}>
              <code className="mono value-box" translate="no">
                {revealed.value}
              </code>
              <span className="panel-note">{t('secretField.revealedNote', { seconds: Math.round(revealed.hideAfterMs / 1000) })}</span>
            </p>
          )}
          <div className="button-row">
            {revealed.value === null || presenting ? (
              <button
                type="button"
                data-testid={`field-reveal-${field.id}`}
                disabled={presenting}
                aria-describedby={presenting ? `${id}-presenting` : undefined}
                onClick={() => void revealed.reveal(profileId)}
              >
                <Eye size={16} aria-hidden="true" /> {t('secretField.reveal')}
              </button>
            ) : (
              <button type="button" data-testid={`field-hide-${field.id}`} onClick={revealed.hide}>
                <EyeOff size={16} aria-hidden="true" /> {t('secretField.hide')}
              </button>
            )}
            <button
              type="button"
              data-testid={`field-copy-${field.id}`}
              disabled={presenting}
              aria-describedby={presenting ? `${id}-presenting` : undefined}
              onClick={() => void copy.copy()}
            >
              {t('secretField.copy')}
            </button>
            {!replacing && (
              <button type="button" data-testid={`field-replace-${field.id}`} onClick={() => setConfirmingReplace(true)}>
                {t('secretField.replace')}
              </button>
            )}
          </div>
          {presenting && (
            <p id={`${id}-presenting`} className="presenting-note" data-testid={`field-presenting-${field.id}`}>
              {t('presenting.secretActionsOff')}
            </p>
          )}
          {copy.status && (
            <p role="status" className="copy-status" data-testid={`field-copy-status-${field.id}`}>
              {t(copy.status.key, copy.status.values)}
            </p>
          )}
          <ErrorText error={copy.error ?? revealed.error} testId={`field-action-error-${field.id}`} />
        </div>
      )}
      {missing && (
        <p className="warning" role="alert" data-testid={`field-missing-${field.id}`}>
          {t('secretField.missing')}
        </p>
      )}
      {showInput && (
        <form className="secret-entry" onSubmit={(e) => void save(e)} noValidate>
          <input
            id={id}
            type="password"
            className="mono"
            data-testid={`field-${field.id}`}
            value={draft}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={refused !== null}
            aria-describedby={describedBy}
            onChange={(e) => {
              setDraft(e.target.value);
              setRefused(null);
            }}
          />
          <div className="button-row">
            <button type="submit" className="primary" data-testid={`field-save-${field.id}`} disabled={saving || draft.trim() === ''}>
              {saving ? t('secretField.saving') : t('secretField.save')}
            </button>
            {replacing && (
              <button
                type="button"
                data-testid={`field-cancel-replace-${field.id}`}
                onClick={() => {
                  setReplacing(false);
                  setDraft('');
                  setRefused(null);
                }}
              >
                {t('secretField.cancelReplace')}
              </button>
            )}
          </div>
        </form>
      )}
      <ErrorText text={problem} testId={`field-error-${field.id}`} id={`${id}-error`} />
      <ConfirmDialog
        open={confirmingReplace}
        title={t('secretField.replaceTitle', { label: t(field.labelKey) })}
        body={<p>{t('secretField.replaceBody')}</p>}
        confirmLabel={t('secretField.replaceConfirm')}
        cancelLabel={t('secretField.keep')}
        testId={`confirm-replace-${field.id}`}
        danger
        onConfirm={() => {
          setConfirmingReplace(false);
          setReplacing(true);
          revealed.hide();
        }}
        onCancel={() => setConfirmingReplace(false)}
      />
    </div>
  );
}
