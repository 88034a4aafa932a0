import type { IpcMain } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, IPC_PREFIX } from '../../../shared/ipc/contract';
import type { HandlerTable } from '../../../electron/services/dispatch';
import { registerIpcHandlers } from '../../../electron/app/ipc-registration';
import { createTrustedSenderCheck, type SenderEvent } from '../../../electron/app/trusted-sender';

vi.mock('electron', async () => (await import('../../support/electron-double')).electronModule());
import { electronDouble } from '../../support/electron-double';

const RENDERER_URL = 'app://renderer/index.html';
const OLD_FILE_URL = 'file:///opt/scim-wizard/resources/app/dist/renderer/index.html';
const MAIN_ID = 7;

function tableOf(overrides: Partial<HandlerTable> = {}): HandlerTable {
  const table: Record<string, unknown> = {};
  for (const channel of CHANNELS) table[channel] = vi.fn(async () => ({}));
  return { ...(table as HandlerTable), ...overrides };
}

function senderEvent(overrides: { url?: string; parent?: unknown; senderId?: number; noFrame?: boolean } = {}): SenderEvent {
  return {
    sender: { id: overrides.senderId ?? MAIN_ID },
    senderFrame: overrides.noFrame ? null : { url: overrides.url ?? `${RENDERER_URL}#/step`, parent: overrides.parent ?? null },
  };
}

function setUp(table: HandlerTable, mainWebContentsId: () => number | undefined = () => MAIN_ID) {
  const log = { warn: vi.fn(), error: vi.fn() };
  const check = createTrustedSenderCheck({ rendererUrl: RENDERER_URL, mainWebContentsId });
  registerIpcHandlers(electronDouble.ipcMain as unknown as IpcMain, table, check, log);
  return { log, invoke: (channel: string, event: SenderEvent, payload: unknown) => electronDouble.ipcMain.invoke(IPC_PREFIX + channel, event, payload) };
}

beforeEach(() => electronDouble.reset());

describe('registerIpcHandlers', () => {
  it('registers every contract channel exactly once, under the prefix, and nothing else', () => {
    setUp(tableOf());
    expect([...electronDouble.ipcMain.registrations].sort()).toEqual(CHANNELS.map((c) => `wizard:${c}`).sort());
  });

  it.each([
    ['another page in the main window', senderEvent({ url: 'https://evil.example/index.html' })],
    ['another file page', senderEvent({ url: 'file:///tmp/index.html' })],
    ['a subframe of the app page', senderEvent({ parent: { url: RENDERER_URL } })],
    ['another webContents (e.g. the sign-in window)', senderEvent({ senderId: MAIN_ID + 1 })],
    ['a frame that is gone (no senderFrame)', senderEvent({ noFrame: true })],
  ])('refuses %s with FORBIDDEN_SENDER without calling the handler', async (_name, event) => {
    const handler = vi.fn(async () => ({ opened: true }));
    const { invoke, log } = setUp(tableOf({ 'shell.openExternal': handler }));
    const result = await invoke('shell.openExternal', event, { url: 'https://portal.azure.com/SECRET-IN-PAYLOAD' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(handler).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledOnce();
    expect(JSON.stringify(log.warn.mock.calls)).not.toContain('SECRET-IN-PAYLOAD');
  });

  it('refuses every caller once the main window is gone', async () => {
    const handler = vi.fn(async () => ({ cancelled: true }));
    const { invoke } = setUp(tableOf({ 'actions.cancel': handler }), () => undefined);
    await expect(invoke('actions.cancel', senderEvent(), { requestId: 'r-1' })).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('treats a sender check that throws as untrusted', async () => {
    const log = { warn: vi.fn(), error: vi.fn() };
    const handler = vi.fn(async () => ({ cancelled: true }));
    registerIpcHandlers(
      electronDouble.ipcMain as unknown as IpcMain,
      tableOf({ 'actions.cancel': handler }),
      () => {
        throw new Error('Object has been destroyed');
      },
      log,
    );
    const result = await electronDouble.ipcMain.invoke('wizard:actions.cancel', senderEvent(), { requestId: 'r-1' });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([undefined, null, 'text', { url: 42 }, { url: 'https://portal.azure.com/', extra: true }])(
    'answers a trusted sender with a bad payload (%j) with INVALID_REQUEST, without throwing',
    async (payload) => {
      const handler = vi.fn(async () => ({ opened: true }));
      const { invoke } = setUp(tableOf({ 'shell.openExternal': handler }));
      const result = await invoke('shell.openExternal', senderEvent(), payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_REQUEST' } });
      expect(handler).not.toHaveBeenCalled();
    },
  );

  it('passes a trusted, valid request to the handler with the electron host context', async () => {
    const handler = vi.fn(async () => ({ cancelled: true }));
    const { invoke } = setUp(tableOf({ 'actions.cancel': handler }));
    const result = await invoke('actions.cancel', senderEvent({ url: `${RENDERER_URL}?lang=ko` }), { requestId: 'r-1' });
    expect(result).toEqual({ ok: true, data: { cancelled: true } });
    expect(handler).toHaveBeenCalledExactlyOnceWith({ requestId: 'r-1' }, { host: 'electron' });
  });

  it('turns a handler crash into a typed error instead of a rejected invoke', async () => {
    const { invoke } = setUp(tableOf({ 'settings.get': vi.fn(async () => Promise.reject(new Error('boom with token abc'))) }));
    const result = await invoke('settings.get', senderEvent(), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('abc');
  });
});

describe('createTrustedSenderCheck', () => {
  const check = createTrustedSenderCheck({ rendererUrl: RENDERER_URL, mainWebContentsId: () => MAIN_ID });

  it('accepts the app entry in the main window top frame, with any query or fragment', () => {
    expect(check(senderEvent({ url: RENDERER_URL }))).toBe(true);
    expect(check(senderEvent({ url: `${RENDERER_URL}?a=1#/x` }))).toBe(true);
  });

  it.each([
    'app://renderer/index.html/..',
    'app://renderer/',
    'app://renderer/other.html',
    'app://evil/index.html',
    'app://renderer.evil/index.html',
    'http://renderer/index.html',
    OLD_FILE_URL,
    `${OLD_FILE_URL}/..`,
    '',
    'about:blank',
  ])('refuses the page %j', (url) => {
    expect(check(senderEvent({ url }))).toBe(false);
  });

  it('never trusts a file:// page, even one configured as the entry', () => {
    const fileCheck = createTrustedSenderCheck({ rendererUrl: OLD_FILE_URL, mainWebContentsId: () => MAIN_ID });
    expect(fileCheck(senderEvent({ url: OLD_FILE_URL }))).toBe(false);
  });
});
