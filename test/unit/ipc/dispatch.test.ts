import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/errors';
import { CHANNELS, ipcContract } from '../../../shared/ipc/contract';
import { dispatch, type HandlerTable } from '../../../electron/services/dispatch';

function tableWith(overrides: Partial<HandlerTable>): HandlerTable {
  const table: Record<string, unknown> = {};
  for (const channel of CHANNELS) table[channel] = vi.fn(async () => ({}));
  return { ...(table as HandlerTable), ...overrides };
}

const context = { host: 'browser' as const };

describe('dispatch: the boundary both transports share', () => {
  it('refuses unknown channels without calling anything', async () => {
    const log = { warn: vi.fn(), error: vi.fn() };
    const result = await dispatch(tableWith({}), 'fs.readFile', {}, context, log);
    expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'This call does not exist.' } });
    expect(log.warn).toHaveBeenCalledOnce();
  });

  it('refuses payloads that do not match the contract, naming where, and never logs the payload', async () => {
    const handler = vi.fn();
    const log = { warn: vi.fn(), error: vi.fn() };
    const payload = { profileId: 'default', fieldId: 'webex.tenantUrl', value: 42, extra: 'SECRET-VALUE-123' };
    const result = await dispatch(tableWith({ 'profile.saveField': handler }), 'profile.saveField', payload, context, log);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_REQUEST');
      expect(result.error.message).toContain('value');
    }
    expect(handler).not.toHaveBeenCalled();
    expect(JSON.stringify(log.warn.mock.calls)).not.toContain('SECRET-VALUE-123');
  });

  it.each([null, 'a string', [1, 2], { profileId: '../etc' }])('survives hostile payload %j', async (payload) => {
    const result = await dispatch(tableWith({}), 'secrets.status', payload, context);
    expect(result.ok).toBe(false);
  });

  it('passes typed errors through and hides the text of unexpected ones', async () => {
    const typed = await dispatch(
      tableWith({ 'settings.get': async () => Promise.reject(new AppError('KEYCHAIN_LOCKED', 'Unlock it.')) }),
      'settings.get',
      {},
      context,
    );
    expect(typed).toEqual({ ok: false, error: { code: 'KEYCHAIN_LOCKED', message: 'Unlock it.' } });
    const log = { warn: vi.fn(), error: vi.fn() };
    const unexpected = await dispatch(
      tableWith({ 'settings.get': async () => Promise.reject(new Error('token=abc123 leaked')) }),
      'settings.get',
      {},
      context,
      log,
    );
    expect(unexpected.ok).toBe(false);
    expect(JSON.stringify(unexpected)).not.toContain('abc123');
    expect(JSON.stringify(log.error.mock.calls)).not.toContain('abc123');
  });

  it('hands the parsed request to the handler and returns its data', async () => {
    const handler = vi.fn(async () => ({ cancelled: true }));
    const result = await dispatch(tableWith({ 'actions.cancel': handler }), 'actions.cancel', { requestId: 'r-1' }, context);
    expect(result).toEqual({ ok: true, data: { cancelled: true } });
    expect(handler).toHaveBeenCalledWith({ requestId: 'r-1' }, context);
  });

  it('every channel has a strict request schema (unknown keys refused)', () => {
    for (const channel of CHANNELS) {
      const schema = ipcContract[channel].request;
      expect(schema.safeParse({ __proto__injection: 1, unexpectedKey: true }).success, channel).toBe(false);
    }
  });
});
