import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VALIDATORS } from '../../../shared/validators';
import type { ValidationFailure } from '../../../shared/validators/result';
import { call } from '../api/client';
import { ErrorText } from '../components/ErrorText';
import { useApp } from '../hooks/app-context';
import { useValidationText } from '../hooks/use-validation-text';
import { useDraftKeptInField } from '../ui/use-draft-kept-in-field';
import type { useGraphSignIn } from './use-graph-sign-in';

type Opener = 'in-app-private' | 'system-browser';

/**
 * The profile's Microsoft side: which app registration signs in (its client
 * ID, checked by the same validator main uses), who is signed in, sign in and
 * out. The tokens never reach the page; it sees the account name only.
 */
export function GraphAccount({ signIn }: { signIn: ReturnType<typeof useGraphSignIn> }) {
  const { t, i18n } = useTranslation();
  const { profile, setProfile, info } = useApp();
  const validationText = useValidationText();
  const id = useId();
  const savedClientId = profile.graph?.clientId ?? '';
  const [draft, setDraft] = useState(savedClientId);
  const [refused, setRefused] = useState<ValidationFailure | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const edits = useRef(0);
  // While the admin is in the field, an answer does not change its text; the saved ID shows when they leave it,
  // if they typed nothing since.
  const kept = useDraftKeptInField(draft, setDraft);
  const answeredAtEdit = useRef<number | null>(null);
  const desktop = info.host === 'electron';
  const [opener, setOpener] = useState<Opener>(desktop ? 'in-app-private' : 'system-browser');

  const saveClientId = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setFailure(null);
    const checked = VALIDATORS['graph-client-id'](draft, { fields: profile.fields, endpoints: {} });
    if (!checked.ok) return setRefused(checked);
    setRefused(null);
    const editsAtSave = edits.current;
    try {
      const result = await call('graph.setClientId', { profileId: profile.id, clientId: draft });
      if (result.ok) setProfile(result.profile);
      // Typing after Save is newer than this answer: it stays, and neither "saved" nor a refusal is about it.
      if (edits.current !== editsAtSave) return;
      if (!result.ok) return setRefused(result);
      answeredAtEdit.current = editsAtSave;
      if (!kept.inField.current) setDraft(result.profile.graph?.clientId ?? '');
      setSaved(true);
    } catch (e) {
      setFailure(e);
    }
  };

  const { status, pending } = signIn;
  const signedIn = status?.signedIn === true ? status.account : null;
  return (
    <section className="graph-card" data-testid="graph-account" data-state={signedIn ? 'signed-in' : 'signed-out'} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('graph.account.title')}</h4>
      <form className="field graph-client-id" onSubmit={(e) => void saveClientId(e)} noValidate>
        <label htmlFor={`${id}-client`}>{t('graph.account.clientIdLabel')}</label>
        <p id={`${id}-client-help`} className="help">
          {t('graph.account.clientIdHelp')}
        </p>
        <div className="inline-form">
          <input
            id={`${id}-client`}
            className="mono"
            data-testid="graph-client-id"
            value={draft}
            spellCheck={false}
            autoComplete="off"
            aria-describedby={`${id}-client-help${refused || failure ? ` ${id}-client-error` : ''}`}
            aria-invalid={refused ? true : undefined}
            onChange={(e) => {
              edits.current++;
              setDraft(e.target.value);
              setSaved(false);
            }}
            onFocus={kept.enter}
            onBlur={() => {
              kept.leave();
              if (answeredAtEdit.current === edits.current) setDraft(profile.graph?.clientId ?? draft);
            }}
          />
          <button type="submit" data-testid="graph-client-id-save">
            {t('graph.account.saveClientId')}
          </button>
        </div>
        <ErrorText id={`${id}-client-error`} error={failure} text={refused ? validationText(refused) : null} testId="graph-client-id-error" />
        {saved && (
          <p className="success" role="status" data-testid="graph-client-id-saved">
            {t('graph.account.clientIdSaved')}
          </p>
        )}
      </form>
      {signedIn ? (
        <p className="success" data-testid="graph-signed-in">
          {t('graph.account.signedIn', { username: signedIn.username })}
        </p>
      ) : (
        <p data-testid="graph-signed-out">{t('graph.account.signedOut')}</p>
      )}
      {signIn.signedOut && !signedIn && (
        <p className="success" role="status" data-testid="graph-signed-out-done">
          {t('graph.account.signedOutDone')}
        </p>
      )}
      {/* Browser mode has one way only (the page opens a tab): no choice to show. */}
      {!signedIn && savedClientId !== '' && desktop && (
        <fieldset className="field field-choice" disabled={pending !== null}>
          <legend>{t('graph.account.openerLabel')}</legend>
          {(['in-app-private', 'system-browser'] as const).map((mode) => (
            <div key={mode} className="choice">
              <input
                id={`${id}-${mode}`}
                type="radio"
                name={`${id}-opener`}
                data-testid={`graph-opener-${mode}`}
                checked={opener === mode}
                onChange={() => setOpener(mode)}
              />
              <label htmlFor={`${id}-${mode}`}>{t(`graph.account.opener.${mode}`)}</label>
            </div>
          ))}
        </fieldset>
      )}
      <div className="actions-row">
        {!signedIn && (
          <button
            type="button"
            className="primary"
            data-testid="graph-sign-in"
            disabled={pending !== null || savedClientId === ''}
            aria-describedby={savedClientId === '' ? `${id}-need-client` : undefined}
            onClick={() => void signIn.signIn(opener)}
          >
            {t('graph.account.signIn')}
          </button>
        )}
        {signedIn && (
          <button type="button" data-testid="graph-sign-out" onClick={() => void signIn.signOut()}>
            {t('graph.account.signOut')}
          </button>
        )}
      </div>
      {!signedIn && savedClientId === '' && (
        <p id={`${id}-need-client`} className="help" data-testid="graph-need-client-id">
          {t('graph.account.needClientId')}
        </p>
      )}
      {pending && (
        <div className="pending" role="status" data-testid="graph-sign-in-waiting">
          <span className="spinner" aria-hidden="true" />
          {t('graph.account.waiting', { time: new Date(pending.timeoutAt).toLocaleTimeString(i18n.language) })}{' '}
          <a href={pending.authorizeUrl} target="_blank" rel="noopener noreferrer" data-testid="graph-sign-in-link">
            {t('graph.account.openLink')}
          </a>{' '}
          <button type="button" data-testid="graph-sign-in-cancel" onClick={() => void signIn.cancel()}>
            {t('graph.account.cancel')}
          </button>
        </div>
      )}
      <ErrorText error={signIn.error} testId="graph-sign-in-error" />
    </section>
  );
}
