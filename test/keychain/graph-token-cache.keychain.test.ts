import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeytarKeychain } from '../../electron/services/secret-store';
import { KEYCHAIN_SERVICE } from '../../shared/secrets';
import { startGraphSignInRig, type GraphSignInRig } from '../unit/graph-sign-in/support/graph-sign-in-rig';

/**
 * The Microsoft token cache in the real Secret Service (gnome-keyring through with-keyring.sh):
 * a full sign-in against the local OpenID provider stores it there and nowhere else, a new
 * service reads it back and refreshes, sign-out deletes every entry.
 */
const run = promisify(execFile);
const NAMESPACE = '9a7c0ffee123';
let rig: GraphSignInRig | null = null;

async function accountsInSecretService(): Promise<string[]> {
  const { stdout, stderr } = await run('secret-tool', ['search', '--all', 'service', KEYCHAIN_SERVICE]);
  return [...`${stdout}\n${stderr}`.matchAll(/^attribute\.account = (.*)$/gm)].map((match) => match[1]!).filter((a) => a.startsWith(`${NAMESPACE}/`));
}

beforeAll(async () => {
  if (!process.env.DBUS_SESSION_BUS_ADDRESS) {
    throw new Error('No session bus: run the keychain tests through test/keychain/with-keyring.sh (npm run test:keychain).');
  }
  rig = await startGraphSignInRig({ keychain: createKeytarKeychain(), namespace: NAMESPACE });
}, 60_000);
afterAll(async () => {
  await rig?.close();
});

describe('Microsoft token cache in the real keychain', () => {
  it('is written by a sign-in, read back by a new service, and removed by sign-out', async (ctx) => {
    if (!rig) return ctx.skip('openssl is not installed: no certificate for the https test provider');
    const signIn = rig.newSignIn();
    const started = await signIn.start({ profileId: 'kc-graph', clientId: rig.clientId, opener: 'system-browser' });
    await rig.newBrowser().signIn(started.authorizeUrl, { login: 'frank', consent: true });
    await signIn.wait(started.signInId);
    expect(await accountsInSecretService()).toEqual([`${NAMESPACE}/kc-graph/graph-token-cache`]);

    const restarted = rig.newSignIn();
    const { accessToken } = await restarted.getAccessToken({ profileId: 'kc-graph', clientId: rig.clientId });
    expect(await rig.provider.isValidAccessToken(accessToken)).toBe(true);

    await restarted.signOut('kc-graph');
    expect(await accountsInSecretService()).toEqual([]);
  }, 60_000);
});
