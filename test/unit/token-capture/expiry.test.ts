import { describe, expect, it } from 'vitest';
import { computeExpiry } from '../../../electron/services/token-capture/expiry';

const now = new Date('2026-03-01T09:00:00Z');

describe('computeExpiry', () => {
  it('adds expires_in seconds to now', () => {
    expect(computeExpiry(3887999, now)).toEqual(new Date('2026-04-15T08:59:59Z')); // 45 days less a second
    expect(computeExpiry(3600, now)).toEqual(new Date('2026-03-01T10:00:00Z'));
  });

  it('gives null, not a guess, when the value is absent or implausible', () => {
    expect(computeExpiry(null, now)).toBeNull();
    expect(computeExpiry(Number.NaN, now)).toBeNull();
    expect(computeExpiry(Number.POSITIVE_INFINITY, now)).toBeNull();
    expect(computeExpiry(-1, now)).toBeNull();
    expect(computeExpiry(0, now)).toBeNull();
    expect(computeExpiry(11 * 365 * 86_400, now)).toBeNull();
  });
});
