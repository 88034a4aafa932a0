import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { conditionsHold } from '../../../shared/engine/conditions';
import type { IntegrationDefinition, PanelDefinition, ValueRow } from '../../../shared/integrations/types';
import { useCopySecret, useCopyText, type Copier } from '../actions/use-copy';
import type { SecretId } from '../../../shared/secrets';
import { ErrorText } from '../components/ErrorText';
import { useApp } from '../hooks/app-context';
import { ClipboardCopy } from '../ui/icons';
import { maskOrgIdInText } from '../../../shared/presenting/mask-org-id';
import { useValueText, type ShownValue } from './use-value-text';

type Props = { panel: Extract<PanelDefinition, { kind: 'values' }>; integration: IntegrationDefinition };

/**
 * "Values to copy": every value another system needs, labelled with that system's own
 * names, each with a copy button. Secrets show only that they are stored; their copy goes
 * through main and is cleared from the clipboard after a minute.
 */
export function ValuesPanel({ panel, integration }: Props) {
  const { t } = useTranslation();
  const { profile } = useApp();
  const titleId = useId();
  const valueText = useValueText(integration);
  return (
    <aside className="panel values-panel" data-testid={`values-${panel.id}`} aria-labelledby={titleId}>
      <h3 id={titleId} className="panel-title">
        <ClipboardCopy size={18} aria-hidden="true" />
        {t(panel.titleKey)}
      </h3>
      {panel.introKey && <p className="panel-note">{t(panel.introKey)}</p>}
      <dl className="values">
        {panel.rows
          .filter((row) => conditionsHold(row.when, profile))
          .map((row) => (
            <ValueRowView key={row.id} panelId={panel.id} row={row} shown={valueText(row.value)} />
          ))}
      </dl>
    </aside>
  );
}

function ValueRowView({ panelId, row, shown }: { panelId: string; row: ValueRow; shown: ShownValue }) {
  const { t } = useTranslation();
  const { presenting } = useApp();
  const label = t(row.labelKey);
  // What the screen shows; Copy still copies the real value (a URL, not a secret).
  const onScreen = shown.kind === 'unknown' ? '' : presenting ? maskOrgIdInText(shown.text) : shown.text;
  return (
    <div className="value-row" data-testid={`value-${panelId}-${row.id}`}>
      <dt>{label}</dt>
      <dd>
        {shown.kind === 'unknown' ? (
          <span className="panel-note">{t('values.notYet')}</span>
        ) : shown.kind === 'code' ? (
          // A value to copy gets a box like a field's; a fixed one to type (OAuth 2) is plain text.
          <code className={row.copy ? 'mono value-box' : 'mono value-plain'} translate="no">
            {onScreen}
          </code>
        ) : (
          <span>{onScreen}</span>
        )}
        {row.copy && 'secret' in row.value && <CopySecretButton testId={`value-${panelId}-${row.id}`} label={label} secretId={row.value.secret} />}
        {row.copy && shown.kind === 'code' && <CopyTextButton testId={`value-${panelId}-${row.id}`} label={label} text={shown.text} />}
        {row.noteKey && <p className="panel-note">{t(row.noteKey)}</p>}
      </dd>
    </div>
  );
}

function CopyTextButton({ testId, label, text }: { testId: string; label: string; text: string }) {
  return <CopyControls testId={testId} label={label} copier={useCopyText(text)} />;
}

function CopySecretButton({ testId, label, secretId }: { testId: string; label: string; secretId: SecretId }) {
  const { profile, presenting } = useApp();
  const copier = useCopySecret(secretId, 'secretField.copied');
  return profile.secrets[secretId] ? <CopyControls testId={testId} label={label} copier={copier} offWhilePresenting={presenting} /> : null;
}

function CopyControls({ testId, label, copier, offWhilePresenting = false }: { testId: string; label: string; copier: Copier; offWhilePresenting?: boolean }) {
  const { t } = useTranslation();
  const noteId = useId();
  return (
    <>
      <button
        type="button"
        className="copy-button"
        data-testid={`${testId}-copy`}
        aria-label={t('values.copyLabel', { label })}
        disabled={offWhilePresenting}
        aria-describedby={offWhilePresenting ? noteId : undefined}
        onClick={() => void copier.copy()}
      >
        {t('values.copy')}
      </button>
      {offWhilePresenting && (
        <span id={noteId} className="presenting-note" data-testid={`${testId}-presenting`}>
          {t('presenting.secretActionsOff')}
        </span>
      )}
      {copier.status && (
        <span role="status" className="copy-status" data-testid={`${testId}-status`}>
          {t(copier.status.key, copier.status.values)}
        </span>
      )}
      <ErrorText error={copier.error} testId={`${testId}-error`} />
    </>
  );
}
