import { useCallback, useEffect, useRef, useState } from 'react';
import type { SecretId } from '../../../shared/secrets';
import { call } from '../api/client';

const DEFAULT_HIDE_MS = 30_000;

/**
 * A secret read back from the keychain for a moment: hidden again after the time main
 * gives (30 s), on Hide, and when the component goes away (the admin left the step).
 */
export function useRevealedSecret(secretId: SecretId) {
  const [value, setValue] = useState<string | null>(null);
  const [hideAfterMs, setHideAfterMs] = useState(DEFAULT_HIDE_MS);
  const [error, setError] = useState<unknown>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const hide = useCallback(() => {
    clearTimeout(timer.current);
    setValue(null);
  }, []);

  const reveal = async (profileId: string) => {
    setError(null);
    try {
      const shown = await call('secrets.reveal', { profileId, secretId });
      setValue(shown.value);
      setHideAfterMs(shown.hideAfterMs);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setValue(null), shown.hideAfterMs);
    } catch (e) {
      setError(e);
    }
  };

  useEffect(() => () => clearTimeout(timer.current), []);
  return { value, hideAfterMs, error, reveal, hide };
}
