import type { KeychainStatus } from '../ipc/contract';

/** Why the keychain failed, as main reports it (diagnostics and KEYCHAIN_* errors). */
export type KeychainProblem = Extract<KeychainStatus, { ok: false }>['problem'];

/** The fix sentences in en.ts and ko.ts (`keychain.fix.<key>`). */
export type KeychainFixKey =
  | 'linux-unavailable'
  | 'linux-locked'
  | 'linux-no-keyring'
  | 'linux-module'
  | 'module'
  | 'darwin-locked'
  | 'darwin-unavailable'
  | 'win32'
  | 'other'
  | 'rejected';

/**
 * Which fix fits the OS and the problem. Main writes its English log line from
 * it and the renderer the sentence in the language on screen, so both say the same.
 */
export function keychainFixKey(platform: string, problem: KeychainProblem | 'rejected'): KeychainFixKey {
  if (problem === 'rejected') return 'rejected';
  if (platform === 'linux') return `linux-${problem}`;
  if (problem === 'module') return 'module';
  if (platform === 'darwin') return problem === 'locked' ? 'darwin-locked' : 'darwin-unavailable';
  if (platform === 'win32') return 'win32';
  return 'other';
}

const PROBLEMS: readonly string[] = ['unavailable', 'locked', 'no-keyring', 'module'];

/** A `problem` param from main, or `unavailable` for anything this build does not know. */
export function toKeychainProblem(value: unknown): KeychainProblem {
  return typeof value === 'string' && PROBLEMS.includes(value) ? (value as KeychainProblem) : 'unavailable';
}
