import { AppError } from '../../shared/errors';
import { keychainAccount, type SecretId } from '../../shared/secrets';
import { checkSecretValue, type SecretStore } from '../../electron/services/secret-store';

/**
 * TEST DOUBLE: an in-memory SecretStore for unit tests of other modules. It lives
 * under test/ so it can never ship (the app has no fallback storage). `mode`
 * simulates an absent or locked keychain; values are checked like the real store.
 */
export type MemoryKeychainMode = 'ok' | 'unavailable' | 'locked';

export interface MemorySecretStore extends SecretStore {
  mode: MemoryKeychainMode;
  /** What is "in the keychain", by account `<profileId>/<secretId>`. */
  readonly entries: Map<string, string>;
}

export function createMemorySecretStore(options: { mode?: MemoryKeychainMode; platform?: NodeJS.Platform } = {}): MemorySecretStore {
  const entries = new Map<string, string>();
  const platform = options.platform ?? 'linux';

  // Same params as the real store: the renderer writes the sentence and the fix from `problem` and `platform`.
  const failure = (mode: Exclude<MemoryKeychainMode, 'ok'>): AppError =>
    mode === 'locked'
      ? new AppError('KEYCHAIN_LOCKED', 'The system keychain is locked (simulated).', { problem: 'locked', platform })
      : new AppError('KEYCHAIN_UNAVAILABLE', 'The system keychain could not be reached (simulated).', { problem: 'unavailable', platform });

  const store: MemorySecretStore = {
    mode: options.mode ?? 'ok',
    entries,
    async get(profileId: string, secretId: SecretId) {
      if (store.mode !== 'ok') throw failure(store.mode);
      return entries.get(keychainAccount(profileId, secretId)) ?? null;
    },
    async set(profileId: string, secretId: SecretId, value: string) {
      checkSecretValue(value, platform);
      if (store.mode !== 'ok') throw failure(store.mode);
      entries.set(keychainAccount(profileId, secretId), value);
    },
    async delete(profileId: string, secretId: SecretId) {
      if (store.mode !== 'ok') throw failure(store.mode);
      return entries.delete(keychainAccount(profileId, secretId));
    },
    async probe() {
      if (store.mode === 'ok') return { ok: true, backend: 'memory (test double)' };
      const error = failure(store.mode);
      return { ok: false, code: error.code as 'KEYCHAIN_UNAVAILABLE' | 'KEYCHAIN_LOCKED', problem: store.mode, platform, detail: '(simulated)' };
    },
  };
  return store;
}
