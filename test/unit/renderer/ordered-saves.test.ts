import { describe, expect, it } from 'vitest';
import { createOrderedQueues } from '../../../shared/ordered-queues';
import { defaultSettings, emptyProfile } from '../../../shared/settings/schema';
import { withNewerProfile } from '../../../renderer/src/hooks/app-actions';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ordered queues', () => {
  it('runs the work of one key strictly in the order it was asked for, even when later work is quicker', async () => {
    const enqueue = createOrderedQueues();
    const started: number[] = [];
    const finished: number[] = [];
    const delays = [40, 0, 25, 5, 15];
    await Promise.all(
      delays.map((ms, i) =>
        enqueue('default', async () => {
          started.push(i);
          await later(ms);
          finished.push(i);
        }),
      ),
    );
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(finished).toEqual([0, 1, 2, 3, 4]);
  });

  it('hands a failure to its caller and goes on with the next work', async () => {
    const enqueue = createOrderedQueues();
    const failed = enqueue('default', () => Promise.reject(new Error('refused')));
    const next = enqueue('default', async () => 'saved');
    await expect(failed).rejects.toThrow('refused');
    await expect(next).resolves.toBe('saved');
  });

  it('does not make one key wait for another', async () => {
    const enqueue = createOrderedQueues();
    const order: string[] = [];
    const slow = enqueue('a', async () => {
      await later(30);
      order.push('a');
    });
    const quick = enqueue('b', async () => void order.push('b'));
    await Promise.all([slow, quick]);
    expect(order).toEqual(['b', 'a']);
  });
});

describe('the newest revision of a profile wins on screen', () => {
  const at = (revision: number, offer: string) => ({ ...emptyProfile('default', 'Default'), revision, fields: { 'webex.offer': offer } });

  it('keeps a newer profile when an older answer arrives late', () => {
    const settings = withNewerProfile(defaultSettings(), at(5, 'commercial'));
    expect(withNewerProfile(settings, at(4, 'government')).profiles.default?.fields['webex.offer']).toBe('commercial');
    expect(withNewerProfile(settings, at(6, 'government')).profiles.default?.fields['webex.offer']).toBe('government');
  });

  it('does not mistake an inherited property for a profile', () => {
    const settings = withNewerProfile(defaultSettings(), { ...at(0, 'commercial'), id: 'constructor' });
    expect(Object.hasOwn(settings.profiles, 'constructor')).toBe(true);
  });
});
