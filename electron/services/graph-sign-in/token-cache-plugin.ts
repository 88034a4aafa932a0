import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import type { TokenCacheStore } from './token-cache-store';

/**
 * msal-node's cache plugin over the keychain store, for one profile and one msal-node client.
 * msal-node clears its in-memory cache before some calls and expects the plugin to hand the
 * whole cache back every time (TokenCache.overwriteCache), so beforeCacheAccess always gives it
 * the latest state: this launch's copy once there is one, else the keychain's.
 * The keychain keeps only what a later launch needs: accounts and refresh tokens. Access and ID
 * tokens stay in this launch's memory (they expire within the hour, and they are the largest
 * entries); after a restart msal-node gets new ones with the refresh token.
 */
export function persistableCache(serialized: string): string | null {
  const cache = JSON.parse(serialized) as Record<string, unknown>;
  const refreshTokens = cache.RefreshToken;
  if (!refreshTokens || typeof refreshTokens !== 'object' || Object.keys(refreshTokens).length === 0) return null;
  return JSON.stringify({ ...cache, AccessToken: {}, IdToken: {} });
}

export function createKeychainCachePlugin(store: TokenCacheStore, profileId: string): ICachePlugin {
  // This launch's whole cache (with access tokens), in memory only; null until msal-node first wrote it.
  let inMemory: string | null = null;
  return {
    async beforeCacheAccess(context: TokenCacheContext) {
      const latest = inMemory ?? (await store.read(profileId));
      if (latest) context.tokenCache.deserialize(latest);
    },
    async afterCacheAccess(context: TokenCacheContext) {
      if (!context.cacheHasChanged) return;
      inMemory = context.tokenCache.serialize();
      const kept = persistableCache(inMemory);
      if (kept) await store.write(profileId, kept);
      else await store.remove(profileId);
    },
  };
}
