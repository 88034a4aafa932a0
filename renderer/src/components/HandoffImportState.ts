import { useRef, useState } from 'react';
import type { ValidationFailure } from '../../../shared/validators/result';
import { call } from '../api/client';
import { HANDOFF_MAX_BYTES } from './HandoffImportLimit';
import { useAppActions } from '../hooks/app-context';

/** A refusal as main words it (code and params; the page writes the sentence in the language on screen). */
export type HandoffRefusal = Pick<ValidationFailure, 'code' | 'message' | 'params'>;

/** What the last import came to: a refusal, an error from the host, or a status line. */
export type HandoffImportOutcome =
  | { kind: 'refused'; failure: HandoffRefusal }
  | { kind: 'error'; error: unknown }
  | { kind: 'done'; key: 'handoff.import.done' | 'handoff.import.replaced' | 'handoff.import.cancelled'; name: string };

/** A file whose name another profile has: the admin chooses replace, import under another name, or cancel. */
export interface HandoffPending {
  text: string;
  /** The profile that has the name. */
  profileId: string;
  name: string;
}

export interface HandoffImportState {
  busy: boolean;
  outcome: HandoffImportOutcome | null;
  pending: HandoffPending | null;
  /** A refusal of the name typed in the replace dialog (shown under its field). */
  nameRefusal: HandoffRefusal | null;
  inputRef: React.RefObject<HTMLInputElement | null>;
  choose(file: File | undefined): Promise<void>;
  replace(): Promise<void>;
  importAsNew(name: string): Promise<void>;
  cancel(): void;
  reset(): void;
}

/**
 * The import of a hand-off file, from the file input to main's answer: a file over the limit is refused
 * before it is read; a name another profile has opens the question (replace / new name / cancel); any
 * other refusal is shown with its reason, and main has changed nothing.
 */
export function useHandoffImport(): HandoffImportState {
  const { applySettings } = useAppActions();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<HandoffImportOutcome | null>(null);
  const [pending, setPending] = useState<HandoffPending | null>(null);
  const [nameRefusal, setNameRefusal] = useState<HandoffRefusal | null>(null);
  const inputRef = useRef<HTMLInputElement | null>(null);

  /** Sends the file; answers the refusal for the caller to place, after showing a success. */
  const send = async (text: string, name: string | null, replaceProfileId: string | null): Promise<HandoffRefusal | null> => {
    const answer = await call('handoff.import', { text, name, replaceProfileId });
    if (!answer.ok) return answer;
    applySettings(answer.settings);
    const imported = answer.settings.profiles[answer.profileId];
    setOutcome({ kind: 'done', key: answer.replaced ? 'handoff.import.replaced' : 'handoff.import.done', name: imported?.name ?? '' });
    return null;
  };

  /** Runs one step of the import with the busy flag, a thrown error shown in the section. */
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setPending(null);
      setOutcome({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  };

  const closeQuestion = () => {
    setPending(null);
    setNameRefusal(null);
    // Back to where the import started, for the next file.
    requestAnimationFrame(() => inputRef.current?.focus());
  };

  return {
    busy,
    outcome,
    pending,
    nameRefusal,
    inputRef,
    async choose(file) {
      setOutcome(null);
      if (!file) return;
      if (file.size > HANDOFF_MAX_BYTES) {
        // Measured on the size in bytes, before reading what may be a huge file; main would refuse it the same way.
        setOutcome({ kind: 'refused', failure: { code: 'handoff-too-large', message: '', params: { mib: HANDOFF_MAX_BYTES / 1024 / 1024 } } });
        return;
      }
      await run(async () => {
        const text = await file.text();
        const refusal = await send(text, null, null);
        if (!refusal) return;
        const { params } = refusal;
        if (refusal.code === 'handoff-name-taken' && typeof params?.profileId === 'string') {
          setNameRefusal(null);
          setPending({ text, profileId: params.profileId, name: String(params.name ?? '') });
        } else setOutcome({ kind: 'refused', failure: refusal });
      });
    },
    async replace() {
      if (!pending) return;
      await run(async () => {
        const refusal = await send(pending.text, null, pending.profileId);
        if (refusal) setOutcome({ kind: 'refused', failure: refusal });
        closeQuestion();
      });
    },
    async importAsNew(name) {
      if (!pending) return;
      await run(async () => {
        const refusal = await send(pending.text, name, null);
        // The file itself was fine a moment ago: a refusal now is about the name typed.
        if (refusal) setNameRefusal(refusal);
        else closeQuestion();
      });
    },
    cancel() {
      if (!pending) return;
      setOutcome({ kind: 'done', key: 'handoff.import.cancelled', name: pending.name });
      closeQuestion();
    },
    reset() {
      setOutcome(null);
      setPending(null);
      setNameRefusal(null);
    },
  };
}
