import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/settings/schema';
import { saveTextFile } from '../actions/save-text-file';
import { call } from '../api/client';
import { useErrorText } from '../hooks/use-error-text';

type ExportOutcome = { profileId: string; name: string } & ({ kind: 'saved' | 'not-saved'; fileName: string } | { kind: 'failed'; error: unknown });

export interface HandoffExportState {
  /** The profile being exported, if any. */
  busyId: string | null;
  outcome: ExportOutcome | null;
  exportProfile(profile: Pick<Profile, 'id' | 'name'>): Promise<void>;
  reset(): void;
}

/**
 * "Export hand-off file" for one profile: main builds the file (answers and progress, never a secret),
 * then the one file-saving path saves it (Electron: a save dialog; browser mode: a download).
 */
export function useHandoffExport(): HandoffExportState {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  return {
    busyId,
    outcome,
    async exportProfile({ id, name }) {
      setOutcome(null);
      setBusyId(id);
      try {
        const file = await call('handoff.export', { profileId: id });
        const saved = await saveTextFile(id, file.fileName, file.text, 'handoff');
        setOutcome({ kind: saved ? 'saved' : 'not-saved', profileId: id, name, fileName: file.fileName });
      } catch (error) {
        setOutcome({ kind: 'failed', profileId: id, name, error });
      } finally {
        setBusyId(null);
      }
    },
    reset: () => setOutcome(null),
  };
}

export function HandoffExportButton({ state, profile }: { state: HandoffExportState; profile: Pick<Profile, 'id' | 'name'> }) {
  const { t } = useTranslation();
  const busy = state.busyId === profile.id;
  return (
    <button
      type="button"
      data-testid={`handoff-export-${profile.id}`}
      disabled={state.busyId !== null}
      aria-busy={busy}
      onClick={() => void state.exportProfile(profile)}
    >
      {busy ? t('handoff.export.busy') : t('handoff.export.button')}
    </button>
  );
}

/** The last export's outcome, in the row of the profile exported: where the file went, or why it did not. */
export function HandoffExportMessage({ state, profileId }: { state: HandoffExportState; profileId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { outcome } = state;
  if (outcome?.profileId !== profileId) return null;
  if (outcome.kind === 'failed') {
    return (
      <p className="error" role="alert" data-testid="handoff-export-error">
        {t('handoff.export.failed', { name: outcome.name, reason: errorText(outcome.error) })}
      </p>
    );
  }
  return (
    <p className="note" role="status" data-testid="handoff-export-status">
      {outcome.kind === 'saved'
        ? t('handoff.export.saved', { name: outcome.name, fileName: outcome.fileName })
        : t('handoff.export.notSaved', { name: outcome.name })}
    </p>
  );
}
