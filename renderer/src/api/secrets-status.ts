import type { ResponseOf } from '../../../shared/ipc/contract';
import type { Profile } from '../../../shared/settings/schema';
import { call } from './client';

type SecretsStatus = ResponseOf<'secrets.status'>;

/** Questions still on their way, by profile and the secrets its settings list (with their dates). */
const asking = new Map<string, Promise<SecretsStatus>>();

/**
 * Which of the profile's secrets the keychain holds. Every stored secret on a step asks when it
 * shows, in the same moment: one question serves them all (each costs the host a keychain read
 * per secret, and on Linux a miss costs three more calls). A question asked after the settings
 * changed is a new one, so no answer predates the change it is asked about.
 */
export function askSecretsStatus(profile: Pick<Profile, 'id' | 'secrets'>): Promise<SecretsStatus> {
  const key = JSON.stringify([profile.id, profile.secrets]);
  let answer = asking.get(key);
  if (!answer) {
    answer = call('secrets.status', { profileId: profile.id }).finally(() => asking.delete(key));
    asking.set(key, answer);
  }
  return answer;
}
