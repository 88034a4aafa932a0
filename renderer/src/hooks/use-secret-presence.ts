import { useEffect, useState, type RefObject } from 'react';
import type { SecretId } from '../../../shared/secrets';
import { askSecretsStatus } from '../api/secrets-status';
import { useAppStore, useProfileSelector } from './app-context';

export interface SecretPresence {
  /** Whether the keychain holds it: null while not known yet, and when the settings list no such secret. */
  present: boolean | null;
  /** Why the keychain could not be asked (the last question's refusal). */
  error: unknown;
}

/**
 * Whether the keychain really holds a secret the settings list (it is the truth: an entry removed
 * outside the app shows as missing). Asked when the secret shows and again after each new save of it;
 * the fields of one step share one question (api/secrets-status.ts). `writtenHere` names a save this
 * component just made (`<profileId> <savedAt>`): the keychain took that value a moment ago, so it is not asked.
 */
export function useSecretPresence(secretId: SecretId, writtenHere?: RefObject<string | null>): SecretPresence {
  const store = useAppStore();
  const profileId = useProfileSelector((profile) => profile.id);
  // Only this secret's date renders again: another field's save does not ask for this one.
  const savedAt = useProfileSelector((profile) => profile.secrets[secretId]?.savedAt);
  const [presence, setPresenceState] = useState<SecretPresence>({ present: null, error: null });
  // The same answer again keeps the same object: no render pass for nothing (this runs after every save).
  const setPresence = (next: SecretPresence) => setPresenceState((last) => (last.present === next.present && last.error === next.error ? last : next));

  useEffect(() => {
    if (savedAt === undefined) return setPresence({ present: null, error: null });
    if (writtenHere?.current === `${profileId} ${savedAt}`) return setPresence({ present: true, error: null });
    // The profile as it is now (its other secrets' dates make the shared question's key); another one on screen asks anew.
    const asked = store.get().profile;
    if (asked?.id !== profileId) return;
    let live = true;
    askSecretsStatus(asked).then(
      (status) => live && setPresence({ present: status.secrets[secretId]?.present ?? false, error: null }),
      (error: unknown) => live && setPresenceState((last) => ({ present: last.present, error })),
    );
    return () => {
      live = false;
    };
  }, [store, profileId, secretId, savedAt, writtenHere]);

  return presence;
}
