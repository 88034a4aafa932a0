import { describe, expect, it } from 'vitest';
import { createKeychainTokenCacheStore, splitByBytes } from '../../../electron/services/graph-sign-in/token-cache-store';
import { persistableCache } from '../../../electron/services/graph-sign-in/token-cache-plugin';
import { createMemoryKeychain } from '../../support/memory-keychain';

const NAMESPACE = 'a1b2c3d4e5f6';

describe('splitByBytes', () => {
  it('cuts by UTF-8 bytes and never inside a character', () => {
    const text = `${'a'.repeat(5)}한글😀${'b'.repeat(3)}`;
    const parts = splitByBytes(text, 6);
    expect(parts.join('')).toBe(text);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(6);
    // No part ends or starts inside the emoji's surrogate pair.
    for (const part of parts) expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(parts).toEqual(['aaaaa', '한글', '😀bb', 'b']);
  });
});

describe('keychain token cache store', () => {
  it('keeps a small cache in one entry under the profile account', async () => {
    const keychain = createMemoryKeychain();
    const store = createKeychainTokenCacheStore({ keychain, namespace: () => NAMESPACE, platform: 'linux' });
    await store.write('default', '{"x":1}');
    expect([...keychain.entries]).toEqual([[`${NAMESPACE}/default/graph-token-cache`, 'v1:1:{"x":1}']]);
    expect(await store.read('default')).toBe('{"x":1}');
    expect(await store.read('other')).toBeNull();
  });

  it('splits what Windows Credential Manager cannot take in one entry (2560 bytes), and reads it back whole', async () => {
    const keychain = createMemoryKeychain({ platform: 'win32' });
    const store = createKeychainTokenCacheStore({ keychain, namespace: () => NAMESPACE, platform: 'win32' });
    const big = JSON.stringify({ RefreshToken: { k: { secret: 'r'.repeat(6000) } } });
    await store.write('default', big);
    expect(keychain.entries.size).toBe(3);
    expect(await store.read('default')).toBe(big);
    // Shrinking deletes the parts no longer used.
    await store.write('default', '{}');
    expect([...keychain.entries.keys()]).toEqual([`${NAMESPACE}/default/graph-token-cache`]);
    await store.write('default', big);
    await store.remove('default');
    expect(keychain.entries.size).toBe(0);
  });

  it('treats a cache with a part removed outside the app as absent', async () => {
    const keychain = createMemoryKeychain();
    const store = createKeychainTokenCacheStore({ keychain, namespace: () => NAMESPACE, platform: 'linux' });
    await store.write('default', 'x'.repeat(20_000));
    keychain.entries.delete(`${NAMESPACE}/default/graph-token-cache-2`);
    expect(await store.read('default')).toBeNull();
  });

  it('passes a locked keychain on as its own error, and refuses odd profile ids', async () => {
    const keychain = createMemoryKeychain({ mode: 'locked' });
    const store = createKeychainTokenCacheStore({ keychain, namespace: () => NAMESPACE });
    await expect(store.read('default')).rejects.toMatchObject({ code: 'KEYCHAIN_LOCKED' });
    await expect(createKeychainTokenCacheStore({ keychain: createMemoryKeychain(), namespace: () => NAMESPACE }).read('../x')).rejects.toMatchObject({
      code: 'INVALID_REQUEST',
    });
  });
});

describe('persistableCache', () => {
  it('keeps accounts and refresh tokens, drops access and ID tokens', () => {
    const cache = {
      Account: { a: { username: 'u' } },
      IdToken: { i: { secret: 'id-token' } },
      AccessToken: { t: { secret: 'access-token' } },
      RefreshToken: { r: { secret: 'refresh-token' } },
      AppMetadata: {},
    };
    const kept = persistableCache(JSON.stringify(cache)) ?? '';
    expect(JSON.parse(kept)).toEqual({ ...cache, IdToken: {}, AccessToken: {} });
    expect(kept).not.toContain('access-token');
  });

  it('keeps nothing when there is no refresh token (nothing a later launch could use)', () => {
    expect(persistableCache(JSON.stringify({ Account: { a: {} }, RefreshToken: {} }))).toBeNull();
  });
});
