import { AppError } from '../../shared/errors';
import { checkSecretValue, type Keychain } from '../../electron/services/secret-store';

/**
 * TEST DOUBLE: an in-memory keychain (by account, like keytar under our service)
 * for unit tests of other modules. It lives under test/ so it can never ship (the
 * app has no fallback storage). Give it to createAppServices({ keychain }), which
 * binds it to the data folder's namespace exactly as it binds the real one.
 * `mode` simulates an absent or locked keychain; values are checked like the real store.
 */
export type MemoryKeychainMode = 'ok' | 'unavailable' | 'locked';

export interface MemoryKeychain extends Keychain {
  mode: MemoryKeychainMode;
  /** What is "in the keychain", by account (`<namespace>/<profileId>/<secretId>`, or an old `<profileId>/<secretId>`). */
  readonly entries: Map<string, string>;
}

export function createMemoryKeychain(options: { mode?: MemoryKeychainMode; platform?: NodeJS.Platform } = {}): MemoryKeychain {
  const entries = new Map<string, string>();
  const platform = options.platform ?? 'linux';

  const failure = (mode: Exclude<MemoryKeychainMode, 'ok'>): AppError =>
    mode === 'locked'
      ? new AppError('KEYCHAIN_LOCKED', 'The system keychain is locked (simulated).', { problem: 'locked', platform })
      : new AppError('KEYCHAIN_UNAVAILABLE', 'The system keychain could not be reached (simulated).', { problem: 'unavailable', platform });

  const keychain: MemoryKeychain = {
    mode: options.mode ?? 'ok',
    entries,
    async get(account: string) {
      if (keychain.mode !== 'ok') throw failure(keychain.mode);
      return entries.get(account) ?? null;
    },
    async set(account: string, value: string) {
      checkSecretValue(value, platform);
      if (keychain.mode !== 'ok') throw failure(keychain.mode);
      entries.set(account, value);
    },
    async delete(account: string) {
      if (keychain.mode !== 'ok') throw failure(keychain.mode);
      return entries.delete(account);
    },
    async probe() {
      if (keychain.mode === 'ok') return { ok: true, backend: 'memory (test double)' };
      const code = keychain.mode === 'locked' ? 'KEYCHAIN_LOCKED' : 'KEYCHAIN_UNAVAILABLE';
      return { ok: false, code, problem: keychain.mode, platform, detail: 'simulated' };
    },
  };
  return keychain;
}
