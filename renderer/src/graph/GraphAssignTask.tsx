import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { call } from '../api/client';
import { ErrorText } from '../components/ErrorText';
import { useApp } from '../hooks/app-context';
import { GraphBusy } from './GraphBusy';
import { useGraphCall } from './use-graph-call';

type Principal = ResponseOf<'graph.searchPrincipals'>['principals'][number];

/** The test user or group: search the directory by name, assign one to the app, and undo an assignment. */
export function GraphAssignTask({ onDone }: { onDone: (outcome: 'assigned') => void }) {
  const { t } = useTranslation();
  const { profile } = useApp();
  const id = useId();
  const graph = useGraphCall();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Principal[] | null>(null);
  const assignments = profile.graphProgress?.assignments ?? [];
  const hasApp = profile.graphProgress !== undefined;

  const search = (event: FormEvent) => {
    event.preventDefault();
    void graph.run(() => call('graph.searchPrincipals', { profileId: profile.id, query })).then((r) => r && setResults(r.principals));
  };
  const assign = (principal: Principal) =>
    graph
      .run(() => call('graph.assign', { profileId: profile.id, principalId: principal.id, principalType: principal.type }))
      .then((r) => r && onDone('assigned'));
  const unassign = (assignmentId: string) => graph.run(() => call('graph.unassign', { profileId: profile.id, assignmentId }));

  return (
    <section className="graph-card" data-testid="graph-assign" data-count={assignments.length} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('graph.assign.title')}</h4>
      {!hasApp ? (
        <p className="help" data-testid="graph-assign-need-app">
          {t('graph.assign.needApp')}
        </p>
      ) : (
        <>
          <form className="field" onSubmit={search} noValidate>
            <label htmlFor={`${id}-query`}>{t('graph.assign.searchLabel')}</label>
            <div className="inline-form">
              <input
                id={`${id}-query`}
                type="search"
                data-testid="graph-assign-query"
                value={query}
                maxLength={256}
                onChange={(e) => setQuery(e.target.value)}
              />
              <button type="submit" data-testid="graph-assign-search" disabled={graph.busy || query.trim() === ''}>
                {t('graph.assign.search')}
              </button>
            </div>
          </form>
          {results && results.length === 0 && <p data-testid="graph-assign-no-results">{t('graph.assign.noResults')}</p>}
          {results && results.length > 0 && (
            <ul className="graph-list" data-testid="graph-assign-results">
              {results.map((principal) => {
                const done = assignments.some((a) => a.principalId === principal.id);
                return (
                  <li key={principal.id} data-testid={`graph-assign-result-${principal.id}`}>
                    <span>
                      <strong>{principal.displayName}</strong>{' '}
                      <span className="badge">{t(principal.type === 'User' ? 'graph.assign.user' : 'graph.assign.group')}</span>
                      {principal.detail && <span className="help"> {principal.detail}</span>}
                    </span>
                    <button type="button" data-testid={`graph-assign-add-${principal.id}`} disabled={graph.busy || done} onClick={() => void assign(principal)}>
                      {done ? t('graph.assign.assigned') : t('graph.assign.assign')}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {assignments.length > 0 && (
            <>
              <h5>{t('graph.assign.listTitle')}</h5>
              <ul className="graph-list" data-testid="graph-assigned">
                {assignments.map((assignment) => (
                  <li key={assignment.id} data-testid={`graph-assigned-${assignment.principalId}`}>
                    <span>
                      <strong>{assignment.displayName}</strong>{' '}
                      <span className="badge">{t(assignment.principalType === 'User' ? 'graph.assign.user' : 'graph.assign.group')}</span>
                    </span>
                    <button
                      type="button"
                      className="ghost"
                      data-testid={`graph-unassign-${assignment.principalId}`}
                      disabled={graph.busy}
                      onClick={() => void unassign(assignment.id)}
                    >
                      {t('graph.assign.undo')}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <GraphBusy busy={graph.busy} testId="graph-assign-busy" />
      <ErrorText error={graph.error} testId="graph-assign-error" />
    </section>
  );
}
