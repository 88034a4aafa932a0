import { KEYCHAIN_SERVICE } from '../secrets';

/**
 * The keychain entry of a profile's Microsoft sign-in, apart from the settings schema (graph-settings.ts)
 * so the page can list it without zod.
 */

/** The keychain id of the cache (electron/services/graph-sign-in/token-cache-store.ts); a large cache continues in `-2` ... `-8`. */
export const GRAPH_TOKEN_CACHE_SECRET_ID = 'graph-token-cache';

/**
 * The keychain entry a profile's Microsoft sign-in occupies, for lists of what a profile holds (the
 * profile-delete confirmation): empty when no sign-in is recorded. Main removes every part anyway.
 */
export function graphKeychainEntries(
  keychainNamespace: string,
  profile: { id: string; graph?: { signedInAt?: string | undefined } | undefined },
): Array<{ secretId: typeof GRAPH_TOKEN_CACHE_SECRET_ID; service: string; account: string }> {
  if (!profile.graph?.signedInAt) return [];
  return [{ secretId: GRAPH_TOKEN_CACHE_SECRET_ID, service: KEYCHAIN_SERVICE, account: `${keychainNamespace}/${profile.id}/${GRAPH_TOKEN_CACHE_SECRET_ID}` }];
}
