import { useCallback, useState } from 'react';
import type { Profile } from '../../../shared/settings/schema';
import { useApp } from '../hooks/app-context';

/**
 * One Graph action's life on the page: busy while main works, the typed error
 * if it failed (put into words by ErrorText), and the profile main answered
 * with applied, so what was done in the tenant shows at once.
 */
export function useGraphCall() {
  const { setProfile } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = useCallback(
    async <T extends { profile: Profile }>(work: () => Promise<T>): Promise<T | null> => {
      setBusy(true);
      setError(null);
      try {
        const result = await work();
        setProfile(result.profile);
        return result;
      } catch (e) {
        setError(e);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [setProfile],
  );

  return { busy, error, run, setError };
}
