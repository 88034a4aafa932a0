import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { ApiError, call } from '../api/client';
import { useApp } from '../hooks/app-context';

export type PendingSignIn = ResponseOf<'signIn.start'>;

/**
 * A sign-in's life on this page: start it, wait for main to store the token,
 * cancel it; and on mount, attach to one main still has pending for this
 * profile (the page was reloaded while the admin was signing in).
 * Errors are kept as values and put into words by the component.
 */
export function useSignIn(actionId: string) {
  const { profile, setProfile } = useApp();
  const [pending, setPending] = useState<PendingSignIn | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const busy = useRef(false);

  const follow = useCallback(
    async (started: PendingSignIn) => {
      setPending(started);
      try {
        const result = await call('signIn.await', { captureId: started.captureId });
        setProfile(result.profile);
        setDone(true);
      } catch (e) {
        if (!(e instanceof ApiError && e.shape.code === 'CAPTURE_CANCELLED')) setError(e);
      } finally {
        setPending(null);
      }
    },
    [setProfile],
  );

  useEffect(() => {
    let live = true;
    call('signIn.pending', { profileId: profile.id })
      .then(({ pending: found }) => {
        if (!live || !found || busy.current) return;
        busy.current = true;
        void follow(found).finally(() => (busy.current = false));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [profile.id, follow]);

  const start = async (opener: 'in-app-private' | 'system-browser', openInPage: boolean) => {
    if (busy.current) return;
    busy.current = true;
    setError(null);
    setDone(false);
    try {
      const started = await call('signIn.start', { profileId: profile.id, actionId, opener });
      // noopener: the provider's page gets no handle on ours (browser mode sends no COOP; README, Decisions).
      if (started.openedBy === 'renderer' && openInPage) window.open(started.authorizeUrl, '_blank', 'noopener');
      await follow(started);
    } catch (e) {
      setError(e);
    } finally {
      busy.current = false;
    }
  };

  const cancel = async () => {
    if (pending) await call('signIn.cancel', { captureId: pending.captureId }).catch(() => undefined);
  };

  return { pending, error, done, start, cancel };
}
