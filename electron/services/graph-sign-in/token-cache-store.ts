import { AppError } from '../../../shared/errors';
import { KEYCHAIN_NAMESPACE_PATTERN } from '../../../shared/secrets';
import { GRAPH_TOKEN_CACHE_SECRET_ID } from '../../../shared/settings/graph-keychain';
import { profileIdSchema } from '../../../shared/settings/schema';
import type { Keychain } from '../secret-store';

/**
 * Where a profile's Microsoft token cache lives: the OS keychain only, under the data folder's
 * namespace like every other secret (`<namespace>/<profileId>/graph-token-cache`). Never on disk.
 *
 * A cache can be larger than one keychain entry takes (Windows Credential Manager stops at
 * 2560 bytes, CRED_MAX_CREDENTIAL_BLOB_SIZE; the app caps others at 8 KiB), so it is cut into
 * parts: the first entry says how many (`v1:<parts>:<text>`), the others are
 * `graph-token-cache-2` ... The first entry is written last, so a half-written cache is never read.
 */
export interface TokenCacheStore {
  read(profileId: string): Promise<string | null>;
  write(profileId: string, value: string): Promise<void>;
  remove(profileId: string): Promise<void>;
}

export interface KeychainTokenCacheStoreOptions {
  keychain: Keychain;
  /** The data folder's keychain namespace, read on every call. */
  namespace: () => string;
  /** Awaited before every call (the legacy-secret move, as the namespaced secret store does). */
  beforeUse?: () => Promise<unknown>;
  platform?: NodeJS.Platform;
}

/** `graph-token-cache`: one id for main and the lists the page shows (shared/settings/graph-settings.ts). */
export const TOKEN_CACHE_SECRET_ID = GRAPH_TOKEN_CACHE_SECRET_ID;
const MAX_PARTS = 8;
const HEADER = /^v1:([1-8]):/;
// Room for the header ("v1:8:") and a margin under each platform's limit (see secret-store.ts).
const PART_BYTES: Partial<Record<NodeJS.Platform, number>> = { win32: 2_500 };
const DEFAULT_PART_BYTES = 8_000;

/** Cuts `text` into pieces of at most `maxBytes` UTF-8 bytes, never inside a character. */
export function splitByBytes(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of text) {
    const bytes = Buffer.byteLength(char, 'utf8');
    if (size + bytes > maxBytes && current) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  if (current || parts.length === 0) parts.push(current);
  return parts;
}

export function createKeychainTokenCacheStore(options: KeychainTokenCacheStoreOptions): TokenCacheStore {
  const { keychain } = options;
  const partBytes = PART_BYTES[options.platform ?? process.platform] ?? DEFAULT_PART_BYTES;

  const accounts = async (profileId: string): Promise<string[]> => {
    if (!profileIdSchema.safeParse(profileId).success) throw new AppError('INVALID_REQUEST', 'Unknown profile id.');
    const namespace = options.namespace();
    if (!KEYCHAIN_NAMESPACE_PATTERN.test(namespace)) throw new AppError('INTERNAL', 'The keychain namespace in the settings is malformed.');
    await options.beforeUse?.();
    const base = `${namespace}/${profileId}/${TOKEN_CACHE_SECRET_ID}`;
    return Array.from({ length: MAX_PARTS }, (_, i) => (i === 0 ? base : `${base}-${i + 1}`));
  };

  const partCount = async (first: string): Promise<number> => {
    const head = await keychain.get(first);
    return head ? Number(HEADER.exec(head)?.[1] ?? 1) : 0;
  };

  return {
    async read(profileId) {
      const names = await accounts(profileId);
      const head = await keychain.get(names[0] ?? '');
      const match = head ? HEADER.exec(head) : null;
      if (!head || !match) return null;
      const rest: string[] = [];
      for (const name of names.slice(1, Number(match[1]))) {
        const part = await keychain.get(name);
        // A missing part (removed outside the app) makes the whole cache unusable: sign in again.
        if (part === null) return null;
        rest.push(part);
      }
      return head.slice(match[0].length) + rest.join('');
    },

    async write(profileId, value) {
      const names = await accounts(profileId);
      const parts = splitByBytes(value, partBytes);
      if (parts.length > MAX_PARTS) {
        throw new AppError('KEYCHAIN_REJECTED', `The Microsoft token cache is too large for the keychain (${parts.length} parts).`, { variant: 'too-large' });
      }
      const before = await partCount(names[0] ?? '');
      for (let i = 1; i < parts.length; i += 1) await keychain.set(names[i] ?? '', parts[i] ?? '');
      await keychain.set(names[0] ?? '', `v1:${parts.length}:${parts[0] ?? ''}`);
      for (let i = parts.length; i < before; i += 1) await keychain.delete(names[i] ?? '');
    },

    async remove(profileId) {
      const names = await accounts(profileId);
      const count = Math.max(await partCount(names[0] ?? ''), 1);
      for (let i = count - 1; i >= 0; i -= 1) await keychain.delete(names[i] ?? '');
    },
  };
}
