import { AppError } from '../../shared/errors';
import { KEYCHAIN_NAMESPACE_PATTERN, SECRET_IDS, keychainAccount, type SecretId } from '../../shared/secrets';
import { profileIdSchema } from '../../shared/settings/schema';
import type { Keychain, SecretStore } from './secret-store';

export interface NamespacedSecretStoreOptions {
  keychain: Keychain;
  /** The data folder's namespace, read on every call (it throws while the settings file cannot be used). */
  namespace: () => string;
  /**
   * Awaited before every get, set and delete (cheap once done): the move of entries a
   * schema-1 settings file left under their old account. Its failure (a locked
   * keychain) fails that call.
   */
  beforeUse?: () => Promise<unknown>;
}

/**
 * The SecretStore handlers use: `get(profileId, secretId)` as before, bound to one
 * data folder's keychain namespace, so two data folders never share an account.
 */
export function createNamespacedSecretStore(options: NamespacedSecretStoreOptions): SecretStore {
  const { keychain } = options;
  const whenReady = async (): Promise<void> => void (await options.beforeUse?.());

  const account = (profileId: string, secretId: SecretId): string => {
    if (!profileIdSchema.safeParse(profileId).success || !(SECRET_IDS as readonly string[]).includes(secretId)) {
      throw new AppError('INVALID_REQUEST', 'Unknown profile or secret id.');
    }
    const namespace = options.namespace();
    // The settings schema checks it too; a bad one here would scatter tokens over odd accounts.
    if (!KEYCHAIN_NAMESPACE_PATTERN.test(namespace)) throw new AppError('INTERNAL', 'The keychain namespace in the settings is malformed.');
    return keychainAccount(namespace, profileId, secretId);
  };

  return {
    async get(profileId, secretId) {
      const name = account(profileId, secretId);
      await whenReady();
      return keychain.get(name);
    },
    async set(profileId, secretId, value) {
      const name = account(profileId, secretId);
      await whenReady();
      await keychain.set(name, value);
    },
    async delete(profileId, secretId) {
      const name = account(profileId, secretId);
      await whenReady();
      return keychain.delete(name);
    },
    // The probe uses a throwaway account of its own: no namespace, and no need to wait for the move.
    probe: () => keychain.probe(),
  };
}
