import { beforeEach, describe, expect, it, vi } from 'vitest';

const call = vi.fn();
vi.mock('../../../renderer/src/api/client', () => ({ call: (...args: unknown[]) => call(...args) }));
const { askSecretsStatus } = await import('../../../renderer/src/api/secrets-status');

/** An answer the test releases when it wants, to hold a question in flight. */
function heldAnswer() {
  let release: (value: unknown) => void = () => undefined;
  const answer = new Promise((resolve) => (release = resolve));
  return { answer, release };
}

const stored = { 'cxone-access-key-id': { savedAt: '2026-11-26T10:00:00.000Z', expiresAt: null } };

describe('askSecretsStatus', () => {
  beforeEach(() => call.mockReset());

  it('asks once for every field of a step that asks in the same moment, and gives each the answer', async () => {
    const held = heldAnswer();
    call.mockReturnValueOnce(held.answer);
    const first = askSecretsStatus({ id: 'p1', secrets: stored });
    const second = askSecretsStatus({ id: 'p1', secrets: { ...stored } });
    held.release({ secrets: { 'cxone-access-key-id': { present: true, expiresAt: null } } });
    expect(await first).toEqual(await second);
    expect(call).toHaveBeenCalledTimes(1);
    expect(call).toHaveBeenCalledWith('secrets.status', { profileId: 'p1' });
  });

  it('asks again once the answer came, and separately for another profile or after the secrets changed', async () => {
    call.mockResolvedValue({ secrets: {} });
    await askSecretsStatus({ id: 'p1', secrets: stored });
    await askSecretsStatus({ id: 'p1', secrets: stored });
    const held = heldAnswer();
    call.mockReturnValueOnce(held.answer);
    const before = askSecretsStatus({ id: 'p1', secrets: stored });
    const changed = askSecretsStatus({ id: 'p1', secrets: { ...stored, 'cxone-access-key-secret': { savedAt: '2026-11-26T10:01:00.000Z', expiresAt: null } } });
    const other = askSecretsStatus({ id: 'p2', secrets: stored });
    held.release({ secrets: {} });
    await Promise.all([before, changed, other]);
    expect(call).toHaveBeenCalledTimes(5);
  });

  it('lets a failed question be asked again', async () => {
    call.mockRejectedValueOnce(new Error('keychain unreachable'));
    await expect(askSecretsStatus({ id: 'p1', secrets: stored })).rejects.toThrow('keychain unreachable');
    call.mockResolvedValueOnce({ secrets: {} });
    await expect(askSecretsStatus({ id: 'p1', secrets: stored })).resolves.toEqual({ secrets: {} });
    expect(call).toHaveBeenCalledTimes(2);
  });
});
