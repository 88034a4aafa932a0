import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { call } from '../api/client';
import { ErrorText } from '../components/ErrorText';
import { ConfirmDialog } from '../ui/Dialog';
import { useApp } from '../hooks/app-context';
import { GraphBusy } from './GraphBusy';
import { useGraphCall } from './use-graph-call';

type Found = ResponseOf<'graph.findApp'>;

/**
 * The enterprise app: find the integration's template and the tenant's apps of
 * that name, then create a new instance or use one the admin already has; and
 * hide it from users (the HideApp tag). What was chosen is recorded in the profile.
 */
export function GraphAppTask({
  defaultName,
  onDone,
  onUndone,
}: {
  defaultName: string;
  onDone: (outcome: 'app' | 'hidden') => void;
  /** The app is gone: whatever the wizard did in it is undone too. */
  onUndone: () => void;
}) {
  const { t } = useTranslation();
  const { profile } = useApp();
  const id = useId();
  const graph = useGraphCall();
  const [found, setFound] = useState<Found | null>(null);
  const [name, setName] = useState(defaultName);
  const [chosen, setChosen] = useState<string | null>(null);
  // The box shows the admin's click at once (keyboards and screen readers expect it) until main answers.
  const [pendingHidden, setPendingHidden] = useState<boolean | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const recorded = profile.graphProgress;

  const find = () =>
    graph.run(() => call('graph.findApp', { profileId: profile.id, nameStartsWith: name.trim() || defaultName })).then((r) => r && setFound(r));
  const create = () => graph.run(() => call('graph.createApp', { profileId: profile.id, displayName: name })).then((r) => r && onDone('app'));
  const chooseExisting = (servicePrincipalId: string) =>
    graph.run(() => call('graph.useExistingApp', { profileId: profile.id, servicePrincipalId })).then((r) => r && onDone('app'));
  const deleteApp = () => {
    setConfirmingDelete(false);
    void graph
      .run(() => call('graph.deleteApp', { profileId: profile.id }))
      .then((r) => {
        if (!r) return;
        setDeleted(true);
        setFound(null);
        onUndone();
      });
  };
  const setHidden = (hidden: boolean) => {
    setPendingHidden(hidden);
    void graph
      .run(() => call('graph.setHidden', { profileId: profile.id, hidden }))
      .then((r) => r && r.hidden && onDone('hidden'))
      .finally(() => setPendingHidden(null));
  };

  return (
    <section className="graph-card" data-testid="graph-app" data-state={recorded ? 'recorded' : 'none'} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('graph.app.title')}</h4>
      {recorded ? (
        <>
          <p className="success" data-testid="graph-app-recorded">
            {t('graph.app.recorded', { name: recorded.displayName, appId: recorded.appId })} {recorded.createdByWizard && t('graph.app.createdByWizard')}
          </p>
          <div className="choice">
            <input
              id={`${id}-hidden`}
              type="checkbox"
              data-testid="graph-app-hidden"
              checked={pendingHidden ?? recorded.hidden}
              disabled={graph.busy}
              onChange={(e) => setHidden(e.target.checked)}
            />
            <label htmlFor={`${id}-hidden`}>{t('graph.app.hideLabel')}</label>
          </div>
          <p className="help" data-testid="graph-app-visibility" data-hidden={recorded.hidden ? 'true' : 'false'}>
            {recorded.hidden ? t('graph.app.hidden') : t('graph.app.shown')}
          </p>
          {recorded.createdByWizard && recorded.applicationObjectId && (
            <button type="button" className="danger" data-testid="graph-app-delete" disabled={graph.busy} onClick={() => setConfirmingDelete(true)}>
              {t('graph.app.delete')}
            </button>
          )}
          <ConfirmDialog
            open={confirmingDelete}
            title={t('graph.app.deleteTitle', { name: recorded.displayName })}
            body={<p>{t('graph.app.deleteBody')}</p>}
            confirmLabel={t('graph.app.deleteConfirm')}
            cancelLabel={t('graph.app.deleteCancel')}
            testId="confirm-graph-app-delete"
            danger
            onConfirm={deleteApp}
            onCancel={() => setConfirmingDelete(false)}
          />
        </>
      ) : (
        <>
          {deleted && (
            <p className="success" role="status" data-testid="graph-app-deleted">
              {t('graph.app.deleted')}
            </p>
          )}
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('graph.app.nameLabel')}</label>
            <input id={`${id}-name`} data-testid="graph-app-name" value={name} maxLength={256} onChange={(e) => setName(e.target.value)} />
          </div>
          <div className="actions-row">
            <button type="button" data-testid="graph-app-find" disabled={graph.busy} onClick={() => void find()}>
              {t('graph.app.find')}
            </button>
            <button type="button" className="primary" data-testid="graph-app-create" disabled={graph.busy || name.trim() === ''} onClick={() => void create()}>
              {t('graph.app.create')}
            </button>
          </div>
          {found && (
            <div data-testid="graph-app-found">
              <p data-testid="graph-app-template">{t('graph.app.template', { name: found.template.displayName })}</p>
              {found.existing.length === 0 ? (
                <p data-testid="graph-app-none">{t('graph.app.none')}</p>
              ) : (
                <fieldset className="field field-choice">
                  <legend>{t('graph.app.existingLabel')}</legend>
                  {found.existing.map((app) => (
                    <div key={app.servicePrincipalId} className="choice">
                      <input
                        id={`${id}-${app.servicePrincipalId}`}
                        type="radio"
                        name={`${id}-existing`}
                        data-testid={`graph-app-existing-${app.servicePrincipalId}`}
                        checked={chosen === app.servicePrincipalId}
                        onChange={() => setChosen(app.servicePrincipalId)}
                      />
                      <label htmlFor={`${id}-${app.servicePrincipalId}`}>
                        {app.displayName} <span className="mono">({app.appId})</span>
                      </label>
                    </div>
                  ))}
                  <button
                    type="button"
                    data-testid="graph-app-use-existing"
                    disabled={graph.busy || chosen === null}
                    onClick={() => chosen && void chooseExisting(chosen)}
                  >
                    {t('graph.app.useExisting')}
                  </button>
                </fieldset>
              )}
            </div>
          )}
        </>
      )}
      <GraphBusy busy={graph.busy} testId="graph-app-busy" />
      <ErrorText error={graph.error} testId="graph-app-error" />
    </section>
  );
}
