import { describe, expect, it } from 'vitest';
import { EXPIRY_REMINDER_DAYS, expiryState } from '../../../shared/engine/token-expiry';

const now = new Date('2026-11-22T12:00:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();

describe('token expiry reminder', () => {
  it('is quiet until 30 days before expiry, then reminds, then says expired', () => {
    expect(expiryState(inDays(45), now)).toEqual({ state: 'ok', daysLeft: 45, lessThanADay: false });
    expect(expiryState(inDays(EXPIRY_REMINDER_DAYS), now)).toEqual({ state: 'soon', daysLeft: 30, lessThanADay: false });
    expect(expiryState(inDays(1), now)).toEqual({ state: 'soon', daysLeft: 1, lessThanADay: false });
    expect(expiryState(inDays(0.5), now)).toEqual({ state: 'soon', daysLeft: 1, lessThanADay: true });
    expect(expiryState(inDays(-1), now)).toEqual({ state: 'expired' });
  });

  it('does not guess when the expiry is unknown', () => {
    expect(expiryState(null, now)).toEqual({ state: 'unknown' });
    expect(expiryState('not a date', now)).toEqual({ state: 'unknown' });
  });
});
