import { randomBytes } from 'node:crypto';
import { AppError, type ErrorCode } from '../../shared/errors';
import { en } from '../../shared/i18n/en';
import { keychainFixKey, toKeychainProblem, type KeychainProblem } from '../../shared/i18n/keychain-fix';
import type { KeychainStatus } from '../../shared/ipc/contract';
import { KEYCHAIN_SERVICE, type SecretId } from '../../shared/secrets';

/**
 * Secret values, in the OS keychain only (keytar: libsecret / macOS Keychain /
 * Windows Credential Manager). There is deliberately no fallback storage: if the
 * keychain cannot take a value, the caller gets a typed error with a fix.
 * No value ever goes into an error message, a param or a log line.
 */
export interface SecretStore {
  get(profileId: string, secretId: SecretId): Promise<string | null>;
  set(profileId: string, secretId: SecretId, value: string): Promise<void>;
  delete(profileId: string, secretId: SecretId): Promise<boolean>;
  probe(): Promise<KeychainStatus>;
}

/**
 * The keychain itself, by account name under KEYCHAIN_SERVICE. Handlers never
 * see it: they use a SecretStore bound to their data folder's namespace
 * (electron/services/namespaced-secret-store.ts), which builds the accounts.
 */
export interface Keychain {
  get(account: string): Promise<string | null>;
  set(account: string, value: string): Promise<void>;
  delete(account: string): Promise<boolean>;
  probe(): Promise<KeychainStatus>;
}

/** The part of keytar this store uses. */
export interface KeytarLike {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

export interface KeytarSecretStoreOptions {
  keytar?: KeytarLike;
  /** How to load keytar when `keytar` is not given; tests replace it to simulate a missing module. */
  loadKeytar?: () => Promise<KeytarLike>;
  platform?: NodeJS.Platform;
}

const MAX_SECRET_BYTES = 8 * 1024;
/** Windows Credential Manager blobs are capped at CRED_MAX_CREDENTIAL_BLOB_SIZE (5 * 512 bytes). */
const MAX_SECRET_BYTES_WINDOWS = 5 * 512;

type KeychainFailure = 'KEYCHAIN_UNAVAILABLE' | 'KEYCHAIN_LOCKED';

const BACKENDS: Partial<Record<NodeJS.Platform, string>> = {
  linux: 'libsecret (Secret Service)',
  darwin: 'macOS Keychain',
  win32: 'Windows Credential Manager',
};

type Problem = KeychainProblem | 'rejected';

/**
 * What keytar's error texts mean. Observed on Linux (Debian: libsecret 0.20.5, gnome-keyring 42.1):
 *  - no D-Bus session:             "Cannot autolaunch D-Bus without X11 $DISPLAY", "The given address is empty",
 *                                  "Could not connect: No such file or directory" / "...: Connection refused"
 *  - bus without Secret Service:   "The name org.freedesktop.secrets was not provided by any .service files"
 *  - service without login keyring (cannot prompt to create it):
 *                                  "Object does not exist at path “/org/freedesktop/secrets/collection/login”"
 *  - locked collection:            "Cannot create an item in a locked collection" (lookups/deletes just find nothing)
 * macOS (SecCopyErrorMessageString): "User interaction is not allowed.", "User canceled the operation.",
 * "The user name or passphrase you entered is not correct." (locked), "A default keychain could not be found." etc.
 */
const PATTERNS: readonly { test: RegExp; code: ErrorCode; problem: Exclude<Problem, 'module'> }[] = [
  {
    test: /locked|prompt|dismiss|user interaction is not allowed|user canceled|passphrase you entered is not correct/i,
    code: 'KEYCHAIN_LOCKED',
    problem: 'locked',
  },
  {
    test: /object does not exist at path .*collection|default keychain could not be found|no default collection/i,
    code: 'KEYCHAIN_UNAVAILABLE',
    problem: 'no-keyring',
  },
  { test: /stub received bad data|too large|too long/i, code: 'KEYCHAIN_REJECTED', problem: 'rejected' },
];

const SUMMARIES: Record<Problem, string> = {
  unavailable: 'The system keychain could not be reached',
  locked: 'The system keychain is locked',
  'no-keyring': 'The system keychain has no default keyring to store the value in',
  rejected: 'The system keychain refused the value',
  module: 'The keychain module could not be loaded',
};

/** True if `text` holds the value or any 8-character piece of it (the OS may quote it partly). */
function mayReveal(text: string, secret: string | undefined): boolean {
  if (!secret) return false;
  const piece = Math.min(8, secret.length);
  for (let i = 0; i + piece <= secret.length; i += 1) {
    if (text.includes(secret.slice(i, i + piece))) return true;
  }
  return false;
}

function systemText(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return raw.replace(/\s+/g, ' ').trim().slice(0, 300);
}

/**
 * The English message (logs, CLI) names the fix; the params carry only what the
 * renderer needs to write both in the language on screen (shared/i18n/keychain-fix.ts).
 * `detail` is the system's own words, already checked not to reveal the value.
 */
function keychainError(code: ErrorCode, problem: Problem, platform: NodeJS.Platform, detail: string, summary = SUMMARIES[problem]): AppError {
  const said = detail ? ` (system said: ${detail})` : '';
  const fix = en.keychain.fix[keychainFixKey(platform, problem)];
  return new AppError(code, `${summary}${said}. ${fix}`, detail ? { problem, platform, detail } : { problem, platform });
}

/** Maps anything keytar threw to a typed error; the system text is kept only if it cannot reveal `secret`. */
function toKeychainError(error: unknown, platform: NodeJS.Platform, secret?: string): AppError {
  const text = systemText(error);
  const detail = mayReveal(text, secret) ? '' : text;
  const match = PATTERNS.find((pattern) => pattern.test.test(text));
  if (!match) return keychainError('KEYCHAIN_UNAVAILABLE', 'unavailable', platform, detail);
  return keychainError(match.code, match.problem, platform, detail);
}

/** Refuses values the keychain would reject or silently change, before keytar sees them. */
export function checkSecretValue(value: unknown, platform: NodeJS.Platform = process.platform): void {
  // `variant` picks the UI's sentence (errors.KEYCHAIN_REJECTED_<variant>); the English is for logs.
  const refuse = (why: string, variant: string, extra: Record<string, number> = {}) =>
    new AppError('KEYCHAIN_REJECTED', `${why}; nothing was stored.`, { variant, ...extra });
  if (typeof value !== 'string' || value.length === 0) throw refuse('The value is empty', 'empty');
  // keytar hands the value to C as a NUL-terminated string: everything after a NUL would be lost.
  if (value.includes('\0')) throw refuse('The value contains a NUL character, which the keychain would cut off', 'nul');
  // Lone surrogates would be replaced while converting to UTF-8, so the value read back would differ.
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)) {
    throw refuse('The value contains invalid Unicode (a lone surrogate)', 'surrogate');
  }
  const limit = platform === 'win32' ? MAX_SECRET_BYTES_WINDOWS : MAX_SECRET_BYTES;
  const size = Buffer.byteLength(value, 'utf8');
  if (size > limit) throw refuse(`The value is ${size} bytes; the keychain takes at most ${limit}`, 'too-large', { size, limit });
}

/** Account names are built by the namespaced store; this only keeps anything odd away from the OS. */
function checkAccount(account: string): string {
  if (!/^[a-z0-9_-]+(\/[a-z0-9_-]+){1,3}$/.test(account) || account.length > 200) throw new AppError('INVALID_REQUEST', 'Unknown profile or secret id.');
  return account;
}

async function importKeytar(): Promise<KeytarLike> {
  // Loaded on first use, so a missing or broken native module is a typed error, not a crash at start-up.
  const mod: Partial<KeytarLike> & { default?: KeytarLike } = await import('@github/keytar');
  return mod.default ?? (mod as KeytarLike);
}

export function createKeytarKeychain(options: KeytarSecretStoreOptions = {}): Keychain {
  const platform = options.platform ?? process.platform;
  const load = options.loadKeytar ?? importKeytar;
  let loaded: KeytarLike | undefined = options.keytar;

  async function keytar(): Promise<KeytarLike> {
    if (loaded) return loaded;
    try {
      loaded = await load();
      return loaded;
    } catch (error) {
      // Not cached: installing the missing library and retrying works without a restart.
      throw keychainError('KEYCHAIN_UNAVAILABLE', 'module', platform, systemText(error));
    }
  }

  async function call<T>(work: (k: KeytarLike) => Promise<T>, secret?: string): Promise<T> {
    const k = await keytar();
    try {
      return await work(k);
    } catch (error) {
      throw toKeychainError(error, platform, secret);
    }
  }

  /** Stores, reads back and deletes a throwaway entry; throws the typed error if any part fails. */
  async function roundTrip(): Promise<void> {
    const probeAccount = `__probe__/${randomBytes(8).toString('hex')}`;
    const value = randomBytes(16).toString('hex');
    await call((k) => k.setPassword(KEYCHAIN_SERVICE, probeAccount, value), value);
    try {
      const back = await call((k) => k.getPassword(KEYCHAIN_SERVICE, probeAccount), value);
      if (back !== value) {
        throw keychainError('KEYCHAIN_UNAVAILABLE', 'unavailable', platform, '', 'The system keychain did not return what was stored');
      }
    } finally {
      await call((k) => k.deletePassword(KEYCHAIN_SERVICE, probeAccount)).catch(() => false);
    }
  }

  /**
   * libsecret reports a locked (or missing) keyring as "not found" on lookups and
   * deletes, when the unlock prompt is dismissed or cannot be shown. So on Linux a
   * "not found" is trusted only once a write has proved the keyring usable.
   */
  async function confirmNotFound(): Promise<void> {
    if (platform === 'linux') await roundTrip();
  }

  return {
    async get(account) {
      const name = checkAccount(account);
      const value = await call((k) => k.getPassword(KEYCHAIN_SERVICE, name));
      if (value === null) await confirmNotFound();
      return value;
    },
    async set(account, value) {
      const name = checkAccount(account);
      checkSecretValue(value, platform);
      await call((k) => k.setPassword(KEYCHAIN_SERVICE, name, value), value);
    },
    async delete(account) {
      const name = checkAccount(account);
      const deleted = await call((k) => k.deletePassword(KEYCHAIN_SERVICE, name));
      if (!deleted) await confirmNotFound();
      return deleted;
    },
    async probe() {
      try {
        await roundTrip();
        return { ok: true, backend: BACKENDS[platform] ?? `keytar (${platform})` };
      } catch (error) {
        const typed = error instanceof AppError ? error : toKeychainError(error, platform);
        const code: KeychainFailure = typed.code === 'KEYCHAIN_LOCKED' ? 'KEYCHAIN_LOCKED' : 'KEYCHAIN_UNAVAILABLE';
        const detail = typeof typed.params?.detail === 'string' ? typed.params.detail : '';
        return { ok: false, code, problem: toKeychainProblem(typed.params?.problem), platform, detail };
      }
    },
  };
}
