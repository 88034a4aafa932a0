import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResponseOf } from '../../../shared/ipc/contract';
import { ApiError, call } from '../api/client';
import { useApp } from '../hooks/app-context';

export type PendingGraphSignIn = ResponseOf<'graph.signIn'>;
export type GraphStatus = ResponseOf<'graph.status'>;

/**
 * The profile's Microsoft sign-in: its status (asked when the profile or its
 * recorded sign-in changes), a sign-in in progress, and signing out. Like the
 * vendor token capture, main exchanges the code as soon as the redirect
 * arrives; the page only waits for the account.
 */
export function useGraphSignIn() {
  const { profile, setProfile } = useApp();
  const [status, setStatus] = useState<GraphStatus | null>(null);
  const [pending, setPending] = useState<PendingGraphSignIn | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [signedOut, setSignedOut] = useState(false);
  const busy = useRef(false);
  const signedInAt = profile.graph?.signedInAt;
  const clientId = profile.graph?.clientId;

  useEffect(() => {
    let live = true;
    call('graph.status', { profileId: profile.id })
      .then((answer) => live && setStatus(answer))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [profile.id, signedInAt, clientId]);

  const signIn = async (opener: 'in-app-private' | 'system-browser') => {
    if (busy.current) return;
    busy.current = true;
    setError(null);
    try {
      const started = await call('graph.signIn', { profileId: profile.id, opener });
      // Browser mode: the page opens Microsoft's sign-in itself (main has no window to open).
      if (started.openedBy === 'renderer') window.open(started.authorizeUrl, '_blank', 'noopener');
      setPending(started);
      setSignedOut(false);
      const done = await call('graph.signIn.await', { signInId: started.signInId });
      setProfile(done.profile);
      setStatus({ signedIn: true, account: done.account });
    } catch (e) {
      if (!(e instanceof ApiError && e.shape.code === 'GRAPH_SIGN_IN_CANCELLED')) setError(e);
    } finally {
      setPending(null);
      busy.current = false;
    }
  };

  const cancel = useCallback(async () => {
    if (pending) await call('graph.signIn.cancel', { signInId: pending.signInId }).catch(() => undefined);
  }, [pending]);

  const signOut = async () => {
    setError(null);
    try {
      setProfile((await call('graph.signOut', { profileId: profile.id })).profile);
      setStatus({ signedIn: false });
      setSignedOut(true);
    } catch (e) {
      setError(e);
    }
  };

  return { status, pending, error, signedOut, signIn, cancel, signOut };
}
