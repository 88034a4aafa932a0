import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphSignIn } from '../../../electron/services/graph-sign-in/graph-sign-in';
import { createKeychainTokenCacheStore } from '../../../electron/services/graph-sign-in/token-cache-store';
import { resolveGraphEndpoints } from '../../../shared/endpoints/graph-endpoints';
import { createMemoryKeychain } from '../../support/memory-keychain';
import { freePort } from '../../support/free-port';
import { startGraphSignInRig, type GraphSignInRig } from './support/graph-sign-in-rig';

/** Cancel, timeout, a second start, and the failures that happen before any browser opens. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

const portOf = (redirectUri: string) => Number(new URL(redirectUri).port);
const silentOpener = { open: async () => 'renderer' as const, closeAll: () => {} };

let rig: GraphSignInRig | null = null;
beforeAll(async () => {
  rig = await startGraphSignInRig();
}, 60_000);
afterAll(async () => {
  await rig?.close();
});

describe('Microsoft sign-in lifecycle', () => {
  it('cancel ends the wait with GRAPH_SIGN_IN_CANCELLED and frees the port', async (ctx) => {
    if (!rig) return ctx.skip('openssl is not installed: no certificate for the https test provider');
    const signIn = rig.newSignIn();
    const started = await signIn.start({ profileId: 'default', clientId: rig.clientId, opener: 'in-app-private' });
    const waiting = signIn.wait(started.signInId);
    expect(signIn.cancel(started.signInId)).toBe(true);
    await expect(waiting).rejects.toMatchObject({ code: 'GRAPH_SIGN_IN_CANCELLED' });
    await expect.poll(() => portIsFree(portOf(started.redirectUri))).toBe(true);
    await expect(signIn.wait(started.signInId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('times out with GRAPH_SIGN_IN_TIMEOUT and frees the port', async (ctx) => {
    if (!rig) return ctx.skip('openssl is not installed: no certificate for the https test provider');
    const signIn = rig.newSignIn({ timeoutMs: 200 });
    const started = await signIn.start({ profileId: 'default', clientId: rig.clientId, opener: 'system-browser' });
    await expect(signIn.wait(started.signInId)).rejects.toMatchObject({ code: 'GRAPH_SIGN_IN_TIMEOUT' });
    await expect.poll(() => portIsFree(portOf(started.redirectUri))).toBe(true);
  });

  it('a new sign-in cancels the one still waiting, each on its own port', async (ctx) => {
    if (!rig) return ctx.skip('openssl is not installed: no certificate for the https test provider');
    const signIn = rig.newSignIn();
    const first = await signIn.start({ profileId: 'default', clientId: rig.clientId, opener: 'system-browser' });
    const second = await signIn.start({ profileId: 'default', clientId: rig.clientId, opener: 'system-browser' });
    expect(second.redirectUri).not.toBe(first.redirectUri);
    await expect.poll(() => portIsFree(portOf(first.redirectUri))).toBe(true);
    await expect(signIn.wait(first.signInId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(signIn.cancel(second.signInId)).toBe(true);
  });

  it('frees the port when the sign-in page cannot be opened', async (ctx) => {
    if (!rig) return ctx.skip('openssl is not installed: no certificate for the https test provider');
    let redirect = '';
    const signIn = rig.newSignIn({
      opener: {
        open: async (url) => {
          redirect = new URL(url).searchParams.get('redirect_uri') ?? '';
          throw new Error('no browser');
        },
        closeAll: () => {},
      },
    });
    await expect(signIn.start({ profileId: 'default', clientId: rig.clientId, opener: 'system-browser' })).rejects.toThrow('no browser');
    await expect.poll(() => portIsFree(portOf(redirect))).toBe(true);
  });
});

describe('failures before the browser opens', () => {
  const store = createKeychainTokenCacheStore({ keychain: createMemoryKeychain(), namespace: () => '0123456789ab' });

  it('GRAPH_AUTHORITY_UNREACHABLE when nothing answers at the authority', async () => {
    const endpoints = resolveGraphEndpoints({ graph: { authority: `https://127.0.0.1:${await freePort()}` } });
    const signIn = createGraphSignIn({ endpoints, store, opener: silentOpener, scopes: ['openid'] });
    await expect(signIn.start({ profileId: 'default', clientId: 'any-client', opener: 'system-browser' })).rejects.toMatchObject({
      code: 'GRAPH_AUTHORITY_UNREACHABLE',
    });
  });

  it('GRAPH_CLIENT_ID_INVALID for a Microsoft authority and a client ID that is not a GUID', async () => {
    const opened: string[] = [];
    const signIn = createGraphSignIn({
      endpoints: resolveGraphEndpoints(null),
      store,
      opener: { ...silentOpener, open: async (url) => (opened.push(url), 'renderer') },
    });
    await expect(signIn.start({ profileId: 'default', clientId: 'my-app', opener: 'system-browser' })).rejects.toMatchObject({
      code: 'GRAPH_CLIENT_ID_INVALID',
      params: { variant: 'not-guid' },
    });
    await expect(signIn.getAccessToken({ profileId: 'default', clientId: '' })).rejects.toMatchObject({
      code: 'GRAPH_CLIENT_ID_INVALID',
      params: { variant: 'empty' },
    });
    expect(opened).toEqual([]);
  });

  it('GRAPH_SIGN_IN_REQUIRED for a token before any sign-in', async () => {
    const signIn = createGraphSignIn({ endpoints: resolveGraphEndpoints(null), store, opener: silentOpener });
    await expect(signIn.getAccessToken({ profileId: 'default', clientId: '3f2a1b4c-5d6e-7f80-9a1b-2c3d4e5f6a7b' })).rejects.toMatchObject({
      code: 'GRAPH_SIGN_IN_REQUIRED',
    });
    expect(await signIn.status({ profileId: 'default', clientId: '3f2a1b4c-5d6e-7f80-9a1b-2c3d4e5f6a7b' })).toEqual({ signedIn: false });
  });

  it('passes a locked keychain on with its own code', async () => {
    const locked = createKeychainTokenCacheStore({ keychain: createMemoryKeychain({ mode: 'locked' }), namespace: () => '0123456789ab' });
    const signIn = createGraphSignIn({ endpoints: resolveGraphEndpoints(null), store: locked, opener: silentOpener });
    await expect(signIn.status({ profileId: 'default', clientId: '3f2a1b4c-5d6e-7f80-9a1b-2c3d4e5f6a7b' })).rejects.toMatchObject({ code: 'KEYCHAIN_LOCKED' });
  });
});
