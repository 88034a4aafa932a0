import { useState } from 'react';
import type { SecretId } from '../../../shared/secrets';
import { call } from '../api/client';
import { useProfileSelector } from '../hooks/app-context';
import { UiMessage } from '../hooks/use-error-text';
import { scheduleClipboardClear } from './clipboard';

/** The browser's own reason (DOMException) is in its language, not the admin's: only the fact is shown. */
export const COPY_FAILED = new UiMessage('copy.failed');

/**
 * Copies a stored secret: main places it (Electron) or hands it to this page (browser mode),
 * and either way it is cleared from the clipboard after a minute. Status and error are kept as
 * keys and values, so both follow a language change while on screen.
 */
export function useCopySecret(secretId: SecretId, copiedKey = 'copy.secretCopied') {
  const profileId = useProfileSelector((profile) => profile.id);
  const [status, setStatus] = useState<UiMessage | null>(null);
  const [error, setError] = useState<unknown>(null);
  const copy = async () => {
    setError(null);
    setStatus(null);
    try {
      const placed = await call('secrets.copyToClipboard', { profileId, secretId });
      if (placed.placedBy === 'renderer') {
        await navigator.clipboard.writeText(placed.value);
        scheduleClipboardClear(placed.value, placed.clearAfterMs);
      }
      setStatus(new UiMessage(copiedKey, { seconds: Math.round(placed.clearAfterMs / 1000) }));
    } catch (e) {
      setError(e instanceof DOMException ? COPY_FAILED : e);
    }
  };
  return { copy, status, error };
}

/** Copies a plain value (a URL, a field) the page already shows. */
export function useCopyText(text: string | undefined) {
  const [status, setStatus] = useState<UiMessage | null>(null);
  const [error, setError] = useState<unknown>(null);
  const copy = async () => {
    setError(null);
    try {
      await navigator.clipboard.writeText(text ?? '');
      setStatus(new UiMessage('copy.copied'));
    } catch {
      setError(COPY_FAILED);
    }
  };
  return { copy, status, error };
}

export type Copier = ReturnType<typeof useCopyText>;
