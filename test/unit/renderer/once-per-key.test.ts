import { describe, expect, it } from 'vitest';
import { oncePerKey } from '../../../shared/once-per-key';

describe('oncePerKey (one load per integration for the page, shared/once-per-key.ts)', () => {
  it('makes each key once and answers the very first result after that', () => {
    const made: string[] = [];
    const load = oncePerKey((key) => {
      made.push(key);
      return Promise.resolve(key.length);
    });
    const first = load('cxone');
    expect(load('cxone')).toBe(first);
    void load('webex-entra');
    expect(made).toEqual(['cxone', 'webex-entra']);
  });

  it('keeps a failed load and an undefined answer as they are, and takes prototype keys as plain keys', async () => {
    let calls = 0;
    const load = oncePerKey((key) => {
      calls += 1;
      return key === 'broken' ? Promise.reject(new Error('no file')) : Promise.resolve(undefined);
    });
    const failed = load('broken');
    await expect(failed).rejects.toThrow('no file');
    expect(load('broken')).toBe(failed);
    for (const key of ['constructor', '__proto__', '']) await expect(load(key)).resolves.toBeUndefined();
    expect(load('constructor')).toBe(load('constructor'));
    expect(calls).toBe(4);
  });
});
