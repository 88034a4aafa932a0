import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionDefinition } from '../../../shared/integrations/types';
import { MAX_SCHEMA_JSON_CHARS } from '../../../shared/mapping/limits';
import { call } from '../api/client';
import { useApp } from '../hooks/app-context';
import { UiMessage } from '../hooks/use-error-text';
import { ErrorText } from '../components/ErrorText';
import { setMappingComparison, useMappingComparison } from '../panels/mapping-findings-store';

type Props = { action: Extract<ActionDefinition, { kind: 'load-entra-schema' }> };

/** Loads the schema JSON Entra shows under "Review your schema"; main analyses it. */
export function LoadSchemaAction({ action }: Props) {
  const { t } = useTranslation();
  const { profile, setProfile } = useApp();
  const id = useId();
  const [error, setError] = useState<unknown>(null);
  const comparison = useMappingComparison();

  const load = async (file: File | undefined) => {
    setError(null);
    if (!file) return;
    if (file.size > MAX_SCHEMA_JSON_CHARS) {
      // Checked on the size in bytes, before reading a huge file; Entra's schemas are far below the limit.
      setError(new UiMessage('errors.SCHEMA_REJECTED_too-large', { length: file.size, max: MAX_SCHEMA_JSON_CHARS }));
      return;
    }
    try {
      const result = await call('mapping.analyzeEntraSchema', { profileId: profile.id, json: await file.text() });
      setProfile(result.profile);
      setMappingComparison({ objectMappingName: result.objectMappingName, findings: result.findings });
    } catch (e) {
      setMappingComparison(null);
      setError(e);
    }
  };

  const missing = comparison?.findings.filter((f) => f.status === 'missing').length ?? 0;
  const different = comparison?.findings.filter((f) => f.status === 'different-source').length ?? 0;
  return (
    <div className="action action-schema">
      <p className="hint">{t('mapping.loadHint')}</p>
      <label htmlFor={id} className="file-label">
        {t(action.labelKey)}
      </label>
      <input id={id} type="file" accept=".json,application/json" data-testid={`action-${action.id}`} onChange={(e) => void load(e.target.files?.[0])} />
      {comparison && (
        <p role="status" data-testid="mapping-result">
          {t('mapping.analysed', { name: comparison.objectMappingName, missing, different })}
        </p>
      )}
      <ErrorText error={error} testId="mapping-error" />
    </div>
  );
}
