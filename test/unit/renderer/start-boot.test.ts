import { beforeEach, describe, expect, it, vi } from 'vitest';

const call = vi.fn();
vi.mock('../../../renderer/src/api/client', () => ({ call: (...args: unknown[]) => call(...args) }));
const loadTextPart = vi.fn();
vi.mock('../../../shared/i18n/locale-packs', () => ({ loadTextPart: (...args: unknown[]) => loadTextPart(...args) }));
vi.stubGlobal('navigator', { language: 'ko-KR' });
const { startBoot } = await import('../../../renderer/src/boot/start-boot');

const info = { host: 'browser' };
const settings = { activeProfileId: 'p1' };

describe('startBoot', () => {
  beforeEach(() => {
    call.mockReset();
    loadTextPart.mockReset().mockResolvedValue(undefined);
  });

  it('asks main for its info and the settings, and fetches the first screen in the browser language alongside', async () => {
    call.mockImplementation((channel: string) => Promise.resolve(channel === 'app.getInfo' ? info : settings));
    const boot = startBoot();
    expect(call.mock.calls).toEqual([
      ['app.getInfo', {}],
      ['settings.get', {}],
    ]);
    expect(loadTextPart).toHaveBeenCalledWith('ko', 'first-screen');
    await expect(boot.answers).resolves.toEqual({ info, settings });
  });

  it('says "loading" until both answers are in, then "ready" with them, for the first render to read', async () => {
    let answerSettings: (value: unknown) => void = () => undefined;
    call.mockImplementation((channel: string) => (channel === 'app.getInfo' ? Promise.resolve(info) : new Promise((resolve) => (answerSettings = resolve))));
    const boot = startBoot();
    await Promise.resolve();
    expect(boot.state()).toEqual({ status: 'loading' });
    answerSettings(settings);
    await boot.answers;
    expect(boot.state()).toEqual({ status: 'ready', info, settings });
  });

  it('says "failed" with the refusal when a call is refused, and a text that failed to load does not fail the start', async () => {
    const refusal = new Error('SETTINGS_TOO_NEW');
    loadTextPart.mockRejectedValue(new Error('chunk failed'));
    call.mockImplementation((channel: string) => (channel === 'app.getInfo' ? Promise.resolve(info) : Promise.reject(refusal)));
    const boot = startBoot();
    await expect(boot.answers).rejects.toBe(refusal);
    expect(boot.state()).toEqual({ status: 'failed', error: refusal });
  });
});
