import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppServices } from '../../../electron/services/app-services';
import { dispatch, type CallContext } from '../../../electron/services/dispatch';
import { createHandlerTable } from '../../../electron/services/handlers';
import type { ExternalOpener, HostCapabilities, SecretClipboard, SignInOpener } from '../../../electron/services/host-capabilities';
import type { Locale } from '../../../shared/settings/locales';
import { KEY_ID, KEY_SECRET, saveCxoneKeyPair } from '../../support/cxone-key-pair';
import { envelopeCalls } from '../../support/envelope-calls';
import { createMemoryKeychain } from '../../support/memory-keychain';

/**
 * Presenting mode through the one handler table, as either host drives it: app.getInfo says
 * whether it is on and which language is fixed, app.setPresenting switches it (and logs the
 * switch), and while it is on main refuses to reveal or copy any secret.
 */

const PROFILE = 'default';
const CONTEXT: CallContext = { host: 'browser' };

const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function rig(options: { presenting?: boolean; fixedLocale?: Locale | null } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'presenting-data-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const clipboardPlace = vi.fn<SecretClipboard['place']>(() => 'renderer');
  const capabilities: HostCapabilities = {
    host: 'browser',
    versions: { node: process.versions.node },
    osLocale: 'en-US',
    signInOpener: { open: vi.fn<SignInOpener['open']>(async () => 'renderer'), closeAll: vi.fn<SignInOpener['closeAll']>() },
    clipboard: { place: clipboardPlace },
    externalOpener: { open: vi.fn<ExternalOpener['open']>(async () => false) },
    fileSaver: { saveText: vi.fn(async () => 'renderer' as const), savePdf: vi.fn(async () => 'renderer' as const) },
  };
  const logLines: string[] = [];
  const services = createAppServices({
    dataDir,
    keychain: createMemoryKeychain(),
    capabilities,
    log: { info: (line) => void logLines.push(line) },
    ...options,
  });
  const table = createHandlerTable(services);
  return { ...envelopeCalls((channel, payload) => dispatch(table, channel, payload, CONTEXT)), logLines, clipboardPlace };
}

describe('presenting mode in main', () => {
  it('is off with no fixed language by default, and app.getInfo reports what the host was started with', async () => {
    expect(await rig().data('app.getInfo', {})).toMatchObject({ presenting: false, fixedLocale: null });
    expect(await rig({ presenting: true, fixedLocale: 'ko' }).data('app.getInfo', {})).toMatchObject({ presenting: true, fixedLocale: 'ko' });
  });

  it('app.setPresenting switches it for every later call and logs each switch once', async () => {
    const r = rig();
    expect(await r.data('app.setPresenting', { presenting: true })).toEqual({ presenting: true });
    expect(await r.data('app.getInfo', {})).toMatchObject({ presenting: true });
    // Asking again changes nothing and leaves no second line in support's trail.
    await r.data('app.setPresenting', { presenting: true });
    expect(await r.data('app.setPresenting', { presenting: false })).toEqual({ presenting: false });
    expect(await r.data('app.getInfo', {})).toMatchObject({ presenting: false });
    expect(r.logLines.filter((line) => line.startsWith('presenting mode'))).toEqual(['presenting mode turned on', 'presenting mode turned off']);
  });

  it('refuses a malformed switch', async () => {
    const r = rig();
    expect(await r.error('app.setPresenting', { presenting: 'yes' })).toMatchObject({ code: 'INVALID_REQUEST' });
    expect(await r.error('app.setPresenting', { presenting: true, extra: 1 })).toMatchObject({ code: 'INVALID_REQUEST' });
  });

  it('refuses to reveal or copy any stored secret while on (PRESENTING, no value anywhere), and allows both again once off', async () => {
    const r = rig();
    await saveCxoneKeyPair(r, PROFILE);
    await r.data('app.setPresenting', { presenting: true });

    for (const secretId of ['cxone-access-key-id', 'cxone-access-key-secret'] as const) {
      const revealed = await r.error('secrets.reveal', { profileId: PROFILE, secretId });
      expect(revealed).toMatchObject({ code: 'PRESENTING', params: { secretId } });
      const copied = await r.error('secrets.copyToClipboard', { profileId: PROFILE, secretId });
      expect(copied).toMatchObject({ code: 'PRESENTING', params: { secretId } });
      expect(JSON.stringify([revealed, copied])).not.toContain(KEY_ID.slice(0, 16));
      expect(JSON.stringify([revealed, copied])).not.toContain(KEY_SECRET.slice(0, 16));
    }
    expect(r.clipboardPlace).not.toHaveBeenCalled();
    const log = r.logLines.join('\n');
    expect(log).toContain('cxone-access-key-id not shown: presenting mode is on');
    expect(log).toContain('cxone-access-key-secret not copied: presenting mode is on');
    expect(log).not.toContain('shown on screen');
    expect(log).not.toContain(KEY_ID.slice(0, 16));

    await r.data('app.setPresenting', { presenting: false });
    expect(await r.data('secrets.reveal', { profileId: PROFILE, secretId: 'cxone-access-key-id' })).toEqual({ value: KEY_ID, hideAfterMs: 30_000 });
    expect(await r.data('secrets.copyToClipboard', { profileId: PROFILE, secretId: 'cxone-access-key-secret' })).toMatchObject({
      placedBy: 'renderer',
      value: KEY_SECRET,
    });
  });

  it('refuses from the first call when the host started with --presenting, even for a secret that is not stored', async () => {
    const r = rig({ presenting: true });
    await r.data('profile.selectIntegration', { profileId: PROFILE, integrationId: 'webex-entra' });
    // Whether a secret exists is not said either: the refusal comes first.
    expect(await r.error('secrets.reveal', { profileId: PROFILE, secretId: 'webex-bearer-token' })).toMatchObject({ code: 'PRESENTING' });
    expect(await r.error('secrets.copyToClipboard', { profileId: PROFILE, secretId: 'webex-bearer-token' })).toMatchObject({ code: 'PRESENTING' });
  });

  it('still stores, reports and removes secrets while on (only showing and copying are refused)', async () => {
    const r = rig({ presenting: true });
    await saveCxoneKeyPair(r, PROFILE);
    expect(await r.data('secrets.status', { profileId: PROFILE })).toMatchObject({ secrets: { 'cxone-access-key-id': { present: true } } });
    expect(await r.data('secrets.remove', { profileId: PROFILE, secretId: 'cxone-access-key-id' })).toMatchObject({ removed: true });
  });
});
