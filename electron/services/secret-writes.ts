import { invalidateActions } from '../../shared/engine/step-engine';
import { findIntegration } from '../../shared/integrations';
import { createOrderedQueues } from '../../shared/ordered-queues';
import type { SecretId } from '../../shared/secrets';
import type { Profile } from '../../shared/settings/schema';
import type { AppServices } from './app-services';
import { readProfile, updateProfile } from './handlers/profile-access';

/**
 * A secret is two records: its value in the keychain and its dates in the
 * settings file. These keep the pair one unit: if the settings cannot be
 * written, the keychain gets its previous value back, so no entry is left that
 * the UI cannot see or remove. Writes of one profile run one at a time.
 */
const queues = new WeakMap<AppServices, ReturnType<typeof createOrderedQueues>>();

function inOrder<T>(services: AppServices, profileId: string, work: () => Promise<T>): Promise<T> {
  let enqueue = queues.get(services);
  if (!enqueue) {
    enqueue = createOrderedQueues();
    queues.set(services, enqueue);
  }
  return enqueue(profileId, work);
}

function withoutDependentResults(profile: Profile, secretId: SecretId): Profile {
  const integration = findIntegration(profile.integrationId);
  return integration ? invalidateActions(integration, profile, [`secret:${secretId}`]) : profile;
}

export function storeSecret(services: AppServices, profileId: string, secretId: SecretId, value: string, expiresAt: string | null): Promise<Profile> {
  return writeSecret(services, profileId, secretId, value, expiresAt, null) as Promise<Profile>;
}

/**
 * The same, for one half of a pair whose halves look alike (the shapes cannot tell a swap): the same value
 * already stored in `other` is refused, and nothing is written. Read together with the value to restore:
 * the keychain answers two reads at once in the time of one (about 2.2 ms against 3.7 here, gnome-keyring).
 */
export function storeSecretUnlessSameAs(
  services: AppServices,
  profileId: string,
  secretId: SecretId,
  value: string,
  expiresAt: string | null,
  other: SecretId,
): Promise<Profile | 'same-as-other'> {
  return writeSecret(services, profileId, secretId, value, expiresAt, other);
}

function writeSecret(
  services: AppServices,
  profileId: string,
  secretId: SecretId,
  value: string,
  expiresAt: string | null,
  other: SecretId | null,
): Promise<Profile | 'same-as-other'> {
  return inOrder(services, profileId, async () => {
    // Only a half the settings list is read: on Linux a keychain miss costs a proving round trip (three
    // more calls, about 15 ms), and a half the page does not show cannot be the one pasted twice.
    const readOther = other !== null && readProfile(services, profileId).secrets[other] !== undefined;
    const [previous, otherValue] = await Promise.all([
      services.secrets.get(profileId, secretId),
      readOther ? services.secrets.get(profileId, other) : Promise.resolve(null),
    ]);
    if (otherValue === value) return 'same-as-other';
    // Put the keychain back as it was; if even that fails, the first error is still the one to report.
    const restore = () =>
      (previous === null ? services.secrets.delete(profileId, secretId) : services.secrets.set(profileId, secretId, previous)).catch(() => undefined);
    try {
      await services.secrets.set(profileId, secretId, value);
    } catch (error) {
      // A write can fail after the keychain took the value (a D-Bus reply that never came):
      // without this, an entry the settings do not list would stay, which the UI cannot show or remove.
      await restore();
      throw error;
    }
    try {
      return updateProfile(services, profileId, (current) =>
        withoutDependentResults({ ...current, secrets: { ...current.secrets, [secretId]: { savedAt: services.now().toISOString(), expiresAt } } }, secretId),
      );
    } catch (error) {
      await restore();
      throw error;
    }
  });
}

export function removeSecret(services: AppServices, profileId: string, secretId: SecretId): Promise<{ removed: boolean; profile: Profile }> {
  return inOrder(services, profileId, async () => {
    // Keychain first: if it refuses, nothing changed and the admin is told; a stale date alone is harmless and removable.
    const removed = await services.secrets.delete(profileId, secretId);
    const profile = updateProfile(services, profileId, (current) => {
      const secrets = { ...current.secrets };
      delete secrets[secretId];
      return withoutDependentResults({ ...current, secrets }, secretId);
    });
    return { removed, profile };
  });
}
