import { invalidateActions } from '../../shared/engine/step-engine';
import { findIntegration } from '../../shared/integrations';
import { createOrderedQueues } from '../../shared/ordered-queues';
import type { SecretId } from '../../shared/secrets';
import type { Profile } from '../../shared/settings/schema';
import type { AppServices } from './app-services';
import { updateProfile } from './handlers/profile-access';

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
  return inOrder(services, profileId, async () => {
    const previous = await services.secrets.get(profileId, secretId);
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
