import { useTranslation } from 'react-i18next';
import { findField } from '../../../shared/engine/step-engine';
import { plainValue } from '../../../shared/engine/value-source';
import type { IntegrationDefinition, ValueSource } from '../../../shared/integrations/types';
import { useApp } from '../hooks/app-context';
import { useEndpointFacts } from '../hooks/endpoint-facts';
import { formatDateTime } from '../hooks/format-date-time';

/** What a value row shows: text to paste as is (`code`), words, or nothing known yet. */
export type ShownValue = { kind: 'code'; text: string } | { kind: 'words'; text: string } | { kind: 'unknown' };

/**
 * The words or value a row of a values card or summary shows, from the step data's source:
 * a choice shows its option's label, a secret only whether and when it was stored (never any
 * part of it), an action its last outcome and time.
 */
export function useValueText(integration: IntegrationDefinition): (source: ValueSource) => ShownValue {
  const { t, i18n } = useTranslation();
  const { profile } = useApp();
  const endpoints = useEndpointFacts();
  const date = (iso: string) => formatDateTime(iso, i18n.language);
  return (source) => {
    if ('textKey' in source) return { kind: 'words', text: t(source.textKey) };
    if ('secret' in source) {
      const meta = profile.secrets[source.secret];
      if (!meta) return { kind: 'words', text: t('summary.secretMissing') };
      return {
        kind: 'words',
        text: meta.expiresAt
          ? t('summary.secretStoredExpires', { date: date(meta.savedAt), expires: date(meta.expiresAt) })
          : t('summary.secretStored', { date: date(meta.savedAt) }),
      };
    }
    if ('actionOutcome' in source) {
      const outcome = Object.hasOwn(profile.actions, source.actionOutcome) ? profile.actions[source.actionOutcome] : undefined;
      if (!outcome) return { kind: 'unknown' };
      return { kind: 'words', text: t(outcome.ok ? 'summary.passedAt' : 'summary.failedAt', { time: date(outcome.at) }) };
    }
    if ('skippedSteps' in source) {
      const skipped = integration.steps.filter((s) => profile.skippedStepIds.includes(s.id)).map((s) => t(s.titleKey));
      return { kind: 'words', text: skipped.length > 0 ? skipped.join(', ') : t('summary.none') };
    }
    const value = plainValue(integration, source, profile.fields, endpoints);
    if (value === undefined) return { kind: 'unknown' };
    if ('field' in source) {
      const field = findField(integration, source.field)?.field;
      const option = field?.kind === 'choice' ? field.options.find((o) => o.value === value) : undefined;
      if (option) return { kind: 'words', text: t(option.labelKey) };
    }
    return { kind: 'code', text: value };
  };
}
