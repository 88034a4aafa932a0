import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { dispatch, type CallContext } from '../../../electron/services/dispatch';
import { createHandlerTable } from '../../../electron/services/handlers';
import { keychainAccount } from '../../../shared/secrets';
import { browserCapabilitiesStub } from '../../support/browser-capabilities';
import { saveCxoneKeyPair } from '../../support/cxone-key-pair';
import { envelopeCalls } from '../../support/envelope-calls';
import { createMemoryKeychain } from '../../support/memory-keychain';

/**
 * secrets.status asks the keychain about every secret the profile lists, all at once (a keychain lookup
 * is a D-Bus round trip, and on Linux a miss costs several), and the keychain stays the truth: an entry
 * removed outside the app is reported missing.
 */

const PROFILE = 'default';
const CONTEXT: CallContext = { host: 'browser' };

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function rig() {
  const dataDir = mkdtempSync(join(tmpdir(), 'secrets-status-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const keychain = createMemoryKeychain();
  const services = createAppServices({ dataDir, keychain, capabilities: browserCapabilitiesStub(), log: { info: () => undefined } });
  const table = createHandlerTable(services);
  const account = (secretId: 'cxone-access-key-id' | 'cxone-access-key-secret') => keychainAccount(services.keychainNamespace() ?? 'none', PROFILE, secretId);
  return { ...envelopeCalls((channel, payload) => dispatch(table, channel, payload, CONTEXT)), keychain, account };
}

describe('secrets.status', () => {
  it('asks the keychain about every listed secret at once, not one after another', async () => {
    const r = rig();
    await saveCxoneKeyPair(r, PROFILE);
    const read = r.keychain.get.bind(r.keychain);
    let inFlight = 0;
    let mostAtOnce = 0;
    r.keychain.get = async (account) => {
      inFlight += 1;
      mostAtOnce = Math.max(mostAtOnce, inFlight);
      // Held for a moment, as a D-Bus round trip is: a lookup started after another finished would never overlap it.
      await new Promise((done) => setTimeout(done, 20));
      inFlight -= 1;
      return read(account);
    };
    const status = await r.data('secrets.status', { profileId: PROFILE });
    expect(status.secrets).toEqual({
      'cxone-access-key-id': { present: true, expiresAt: null },
      'cxone-access-key-secret': { present: true, expiresAt: null },
    });
    expect(mostAtOnce).toBe(2);
  });

  it('reports a listed secret removed outside the app as missing, and the others as present', async () => {
    const r = rig();
    await saveCxoneKeyPair(r, PROFILE);
    r.keychain.entries.delete(r.account('cxone-access-key-secret'));
    const status = await r.data('secrets.status', { profileId: PROFILE });
    expect(status.secrets).toEqual({
      'cxone-access-key-id': { present: true, expiresAt: null },
      'cxone-access-key-secret': { present: false, expiresAt: null },
    });
  });

  it('answers KEYCHAIN_LOCKED when the keychain cannot be asked, and nothing for a profile with no secrets', async () => {
    const r = rig();
    expect(await r.data('secrets.status', { profileId: PROFILE })).toEqual({ secrets: {} });
    await saveCxoneKeyPair(r, PROFILE);
    r.keychain.mode = 'locked';
    expect(await r.error('secrets.status', { profileId: PROFILE })).toMatchObject({ code: 'KEYCHAIN_LOCKED' });
  });
});
