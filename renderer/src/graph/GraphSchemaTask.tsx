import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { ErrorText } from '../components/ErrorText';
import { useApp } from '../hooks/app-context';
import { setMappingComparison, useMappingComparison } from '../panels/mapping-findings-store';
import { GraphBusy } from './GraphBusy';
import { useGraphCall } from './use-graph-call';

/**
 * The job's schema read back from Graph and run through the same mapping check
 * as a file loaded by hand: the step's mapping table shows the findings.
 */
export function GraphSchemaTask() {
  const { t } = useTranslation();
  const { profile } = useApp();
  const id = useId();
  const graph = useGraphCall();
  const comparison = useMappingComparison();
  const [noMappings, setNoMappings] = useState(false);

  const check = () =>
    graph
      .run(() => call('graph.readSchema', { profileId: profile.id }))
      .then((r) => {
        if (!r) return;
        setNoMappings(r.findings === null);
        setMappingComparison(r.findings && r.objectMappingName ? { objectMappingName: r.objectMappingName, findings: r.findings } : null);
      });

  const missing = comparison?.findings.filter((f) => f.status === 'missing').length ?? 0;
  const different = comparison?.findings.filter((f) => f.status === 'different-source').length ?? 0;
  return (
    <section className="graph-card" data-testid="graph-schema" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('graph.schema.title')}</h4>
      {!profile.graphProgress?.jobId ? (
        <p className="help" data-testid="graph-schema-need-job">
          {t('graph.provisioning.needJob')}
        </p>
      ) : (
        <button type="button" data-testid="graph-schema-check" disabled={graph.busy} onClick={() => void check()}>
          {t('graph.schema.check')}
        </button>
      )}
      {comparison && (
        <p role="status" data-testid="graph-schema-result">
          {t('graph.schema.checked', { name: comparison.objectMappingName, missing, different })}
        </p>
      )}
      {noMappings && <p data-testid="graph-schema-result">{t('graph.schema.noMappings')}</p>}
      <GraphBusy busy={graph.busy} testId="graph-schema-busy" />
      <ErrorText error={graph.error} testId="graph-schema-error" />
    </section>
  );
}
