import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, IPC_PREFIX, ipcContract } from '../../../shared/ipc/contract';
import { CHANNEL_NAMES, IPC_PREFIX as PRELOAD_IPC_PREFIX } from '../../../shared/ipc/channel-names';
import { buildPreloadApi } from '../../../electron/app/preload-api';

vi.mock('electron', async () => (await import('../../support/electron-double')).electronModule());
import { electronDouble } from '../../support/electron-double';

describe('the plain channel list the preload uses', () => {
  it('matches the contract exactly, in name and prefix', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual(Object.keys(ipcContract).sort());
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
    expect(PRELOAD_IPC_PREFIX).toBe(IPC_PREFIX);
  });
});

describe('buildPreloadApi', () => {
  it('has exactly one function per channel and nothing else', () => {
    const api = buildPreloadApi(async () => undefined);
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(typeof api[channel]).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes the prefixed channel with the one request argument and returns its envelope', async () => {
    const invoke = vi.fn(async (fullChannel: string) => ({ ok: true, data: { echoed: fullChannel } }));
    const api = buildPreloadApi(invoke);
    const request = { profileId: 'default', secretId: 'webex-bearer-token' as const };
    const extra = 'smuggled';
    const result = await (api['secrets.copyToClipboard'] as (...args: unknown[]) => Promise<unknown>)(request, extra);
    expect(invoke).toHaveBeenCalledExactlyOnceWith('wizard:secrets.copyToClipboard', request);
    expect(result).toEqual({ ok: true, data: { echoed: 'wizard:secrets.copyToClipboard' } });
  });
});

describe('preload.ts', () => {
  beforeEach(() => electronDouble.reset());

  it('exposes only scimWizard, whose calls go through ipcRenderer.invoke with the prefix', async () => {
    await import('../../../electron/app/preload');
    expect(electronDouble.contextBridge.exposed.map((e) => e.key)).toEqual(['scimWizard']);
    const api = electronDouble.contextBridge.exposed[0]?.api as Record<string, (request: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    electronDouble.ipcRenderer.reply = () => ({ ok: true, data: { opened: true } });
    await expect(api['shell.openExternal']?.({ url: 'https://portal.azure.com/' })).resolves.toEqual({ ok: true, data: { opened: true } });
    expect(electronDouble.ipcRenderer.invocations).toEqual([{ channel: 'wizard:shell.openExternal', args: [{ url: 'https://portal.azure.com/' }] }]);
  });

  it('does not pull the contract (and with it zod) into the preload', () => {
    const sources = ['electron/app/preload.ts', 'electron/app/preload-api.ts', 'shared/ipc/channel-names.ts'].map((f) => readFileSync(f, 'utf8'));
    for (const source of sources) {
      const valueImports = source.split('\n').filter((line) => /^import (?!type )/.test(line));
      expect(valueImports.join('\n')).not.toMatch(/contract|zod/);
    }
  });
});
