import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INTEGRATION_CATALOGUE, findCatalogueEntry } from '../../../shared/integrations/catalogue';
import type { Settings } from '../../../shared/settings/schema';
import type { ValidationFailure } from '../../../shared/validators/result';
import { call } from '../api/client';
import { useApp } from '../hooks/app-context';
import { useProfileName } from '../hooks/use-profile-name';
import { UiMessage, useErrorText } from '../hooks/use-error-text';
import { useValidationText } from '../hooks/use-validation-text';
import { Dialog } from '../ui/Dialog';
import { ErrorText } from './ErrorText';
import { HandoffExportButton, HandoffExportMessage, useHandoffExport } from './HandoffExport';
import { HandoffImport } from './HandoffImport';
import { HandoffImportReplaceDialog } from './HandoffImportReplaceDialog';
import { useHandoffImport } from './HandoffImportState';
import { ProfileDeleteDialog } from './ProfileDeleteDialog';
import { profilesByName } from './ProfileSwitcher';

type NameAnswer = { ok: true; settings: Settings } | ValidationFailure;

/** A name being typed: for a new profile, a rename, or the copy a duplicate makes. */
type Editing = { mode: 'rename' | 'duplicate'; profileId: string; name: string } | null;

/** Where a name refusal shows: under the create form's name, or under a row's name field. */
type NameRefusal = { where: 'create' | string; failure: ValidationFailure } | null;

/**
 * Manage profiles: create (name, optionally the integration), import a hand-off file, rename,
 * duplicate (never the secrets), export a hand-off file (never the secrets) and delete (after a
 * confirmation that lists the keychain entries it deletes).
 * Main checks every name and answers refusals as validator codes; they show in the language on screen.
 */
export function ProfilesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { settings, profile: active, applySettings } = useApp();
  const errorText = useErrorText();
  const validationText = useValidationText();
  const profileName = useProfileName();
  const ids = useId();
  const [createName, setCreateName] = useState('');
  const [createIntegration, setCreateIntegration] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [refusal, setRefusal] = useState<NameRefusal>(null);
  const [error, setError] = useState<unknown>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [status, setStatus] = useState<UiMessage | null>(null);
  // Kept apart from `error` so both its parts are written in the language on screen at each render.
  const [deleteFailure, setDeleteFailure] = useState<{ name: string; failure: unknown } | null>(null);
  const [busy, setBusy] = useState(false);
  // Where focus goes back once a row's name field closes: the button that opened it.
  const returnFocus = useRef<string | null>(null);
  const importer = useHandoffImport();
  const exporter = useHandoffExport();
  const { reset: resetImport } = importer;
  const { reset: resetExport } = exporter;

  // Each opening starts clean: no half-typed name or old message from the last time.
  useEffect(() => {
    if (!open) return;
    setCreateName('');
    setCreateIntegration('');
    setEditing(null);
    reset();
    // Only an opening resets; the reset functions are new at each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  useEffect(() => {
    if (editing || !returnFocus.current) return;
    document.querySelector<HTMLElement>(`[data-testid='${CSS.escape(returnFocus.current)}']`)?.focus();
    returnFocus.current = null;
  }, [editing]);

  const reset = () => {
    setRefusal(null);
    setError(null);
    setDeleteFailure(null);
    setStatus(null);
    resetImport();
    resetExport();
  };

  /** Sends a name to main; answers true when it was taken (the refusal shows under `where` otherwise). */
  const sendName = async (where: string, request: () => Promise<NameAnswer>): Promise<boolean> => {
    reset();
    setBusy(true);
    try {
      const answer = await request();
      if (!answer.ok) {
        setRefusal({ where, failure: answer });
        return false;
      }
      applySettings(answer.settings);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const submitCreate = async (event: FormEvent) => {
    event.preventDefault();
    const created = await sendName('create', () => call('profiles.create', { name: createName, integrationId: createIntegration || null }));
    if (!created) return;
    setCreateName('');
    setCreateIntegration('');
    onClose();
  };

  const submitEditing = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    const { mode, profileId, name } = editing;
    const done = await sendName(profileId, () =>
      mode === 'rename' ? call('profiles.rename', { profileId, name }) : call('profiles.duplicate', { profileId, name }),
    );
    if (!done) return;
    returnFocus.current = `profile-${mode}-${profileId}`;
    setEditing(null);
  };

  const cancelEditing = () => {
    if (editing) returnFocus.current = `profile-${editing.mode}-${editing.profileId}`;
    setEditing(null);
    setRefusal(null);
  };

  const askDelete = (profileId: string) => {
    reset();
    setEditing(null);
    // Main refuses it too; asking for a confirmation only to refuse would waste the admin's time.
    if (Object.keys(settings.profiles).length <= 1) {
      setError(new UiMessage('profiles.lastProfile'));
      return;
    }
    setDeleting(profileId);
  };

  const nameError = (where: string, inputId: string) =>
    refusal?.where === where ? <ErrorText text={validationText(refusal.failure)} testId="profile-name-error" id={inputId} /> : null;
  const deletingProfile = deleting ? settings.profiles[deleting] : undefined;

  return (
    <>
      <Dialog open={open} title={t('profiles.dialogTitle')} testId="profiles-dialog" size="large" onClose={onClose}>
        <p className="help">{t('profiles.intro')}</p>
        <form className="profile-create" onSubmit={(e) => void submitCreate(e)} aria-labelledby={`${ids}-create`}>
          <h3 id={`${ids}-create`}>{t('profiles.create.heading')}</h3>
          <div className="profile-create-fields">
            <div className="field field-text">
              <label htmlFor={`${ids}-name`}>{t('profiles.create.name')}</label>
              <input
                id={`${ids}-name`}
                type="text"
                data-testid="profile-create-name"
                value={createName}
                autoComplete="off"
                spellCheck={false}
                data-autofocus
                aria-invalid={refusal?.where === 'create'}
                aria-describedby={refusal?.where === 'create' ? `${ids}-name-error` : undefined}
                onChange={(e) => setCreateName(e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${ids}-integration`}>{t('profiles.create.integration')}</label>
              <select
                id={`${ids}-integration`}
                data-testid="profile-create-integration"
                value={createIntegration}
                onChange={(e) => setCreateIntegration(e.target.value)}
              >
                <option value="">{t('profiles.create.integrationLater')}</option>
                {INTEGRATION_CATALOGUE.filter((i) => i.available).map((i) => (
                  <option key={i.id} value={i.id}>
                    {t(i.titleKey)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="primary" data-testid="profile-create" disabled={busy}>
              {t('profiles.create.submit')}
            </button>
          </div>
          {nameError('create', `${ids}-name-error`)}
        </form>
        <HandoffImport state={importer} />

        <h3 className="profiles-dialog-list-heading">{t('profiles.listHeading')}</h3>
        <ul className="profile-list">
          {profilesByName(settings).map((p) => {
            const integration = findCatalogueEntry(p.integrationId);
            const isEditing = editing?.profileId === p.id;
            const inputId = `${ids}-${p.id}-name`;
            return (
              <li key={p.id} className="profile-row" data-testid={`profile-row-${p.id}`} aria-current={p.id === active.id ? 'true' : undefined}>
                {isEditing ? (
                  <form className="profile-name-form" onSubmit={(e) => void submitEditing(e)}>
                    <label htmlFor={inputId}>
                      {t(editing.mode === 'rename' ? 'profiles.renameLabel' : 'profiles.duplicateLabel', { name: profileName(p) })}
                    </label>
                    <div className="profile-name-controls">
                      <input
                        id={inputId}
                        type="text"
                        data-testid={editing.mode === 'rename' ? 'profile-rename-input' : 'profile-duplicate-input'}
                        value={editing.name}
                        autoComplete="off"
                        spellCheck={false}
                        // The field the admin just asked for.
                        autoFocus
                        aria-invalid={refusal?.where === p.id}
                        aria-describedby={refusal?.where === p.id ? `${inputId}-error` : undefined}
                        onChange={(e) => setEditing({ ...editing, name: e.target.value })}
                        onKeyDown={(e) => {
                          // Escape closes this field, not the whole dialog.
                          if (e.key === 'Escape') {
                            e.preventDefault();
                            e.stopPropagation();
                            cancelEditing();
                          }
                        }}
                      />
                      <button type="submit" className="primary" data-testid="profile-name-save" disabled={busy}>
                        {editing.mode === 'rename' ? t('profiles.save') : t('profiles.duplicate')}
                      </button>
                      <button type="button" data-testid="profile-name-cancel" onClick={cancelEditing}>
                        {t('profiles.cancel')}
                      </button>
                    </div>
                    {editing.mode === 'duplicate' && <p className="help">{t('profiles.duplicateNote')}</p>}
                    {nameError(p.id, `${inputId}-error`)}
                  </form>
                ) : (
                  <div className="profile-row-facts">
                    <span className="profile-row-name" translate="no">
                      {profileName(p)}
                    </span>
                    {p.id === active.id && <span className="badge badge-active">{t('profiles.active')}</span>}
                    <span className="profile-row-integration">{integration ? t(integration.titleKey) : t('profiles.noIntegration')}</span>
                  </div>
                )}
                {!isEditing && (
                  <div className="profile-row-actions" role="group" aria-label={t('profiles.rowActions', { name: profileName(p) })}>
                    <button
                      type="button"
                      data-testid={`profile-rename-${p.id}`}
                      onClick={() => {
                        reset();
                        setEditing({ mode: 'rename', profileId: p.id, name: profileName(p) });
                      }}
                    >
                      {t('profiles.rename')}
                    </button>
                    <button
                      type="button"
                      data-testid={`profile-duplicate-${p.id}`}
                      onClick={() => {
                        reset();
                        setEditing({ mode: 'duplicate', profileId: p.id, name: t('profiles.copyName', { name: profileName(p) }) });
                      }}
                    >
                      {t('profiles.duplicate')}
                    </button>
                    <HandoffExportButton state={exporter} profile={p} />
                    <button type="button" className="danger" data-testid={`profile-delete-${p.id}`} onClick={() => askDelete(p.id)}>
                      {t('profiles.delete')}
                    </button>
                  </div>
                )}
                <HandoffExportMessage state={exporter} profileId={p.id} />
              </li>
            );
          })}
        </ul>
        <ErrorText
          text={
            deleteFailure
              ? t('profiles.notDeleted', { name: deleteFailure.name, reason: errorText(deleteFailure.failure) })
              : error === null
                ? null
                : errorText(error)
          }
          testId="profiles-error"
        />
        {status && (
          <p className="note" role="status" data-testid="profiles-status">
            {errorText(status)}
          </p>
        )}
      </Dialog>
      <HandoffImportReplaceDialog state={importer} />
      <ProfileDeleteDialog
        profile={deletingProfile ?? null}
        keychainNamespace={settings.keychainNamespace}
        isActive={deleting === active.id}
        onCancel={() => setDeleting(null)}
        onDeleted={(answer, name) => {
          setDeleting(null);
          reset();
          applySettings(answer.settings);
          setStatus(new UiMessage('profiles.deleted', { name, count: answer.removedSecrets.length }));
        }}
        onFailed={(failure, name) => {
          setDeleting(null);
          setDeleteFailure({ name, failure });
        }}
      />
    </>
  );
}
