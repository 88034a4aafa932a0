import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultExpiry, validateExpiryDate } from '../../../shared/validators/secret-expiry';
import { hostileText, RUNS } from './arbitraries';
import { codeOf, expectWellFormed } from './result-shape';

/**
 * A token's expiry date (README, "Validator codes"): an existing `YYYY-MM-DD`, after today and at
 * most the vendor's lifetime away (Webex: 365 days, seed 002 step 5), saved as the end of that day
 * in UTC. The saved value is an instant, so the fixed point is on its date part.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_DAYS = 365;
const nowArb = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true });
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

describe('expiry date: properties', () => {
  it('never throws on anything, whatever today is', () => {
    fc.assert(
      fc.property(hostileText, nowArb, (input, now) => expectWellFormed(validateExpiryDate(input, now, MAX_DAYS))),
      RUNS,
    );
  });

  it('accepts every day from tomorrow to the lifetime, as the end of that day in UTC, and accepts that day again unchanged', () => {
    fc.assert(
      fc.property(nowArb, fc.integer({ min: 1, max: MAX_DAYS }), fc.constantFrom('', ' ', '\n'), (now, days, space) => {
        const day = dayOf(new Date(now.getTime() + days * DAY_MS));
        const result = validateExpiryDate(`${space}${day}${space}`, now, MAX_DAYS);
        expect(result).toEqual({ ok: true, value: `${day}T23:59:59.000Z` });
        if (result.ok) expect(validateExpiryDate(result.value.slice(0, 10), now, MAX_DAYS)).toEqual(result);
      }),
      RUNS,
    );
  });

  it('refuses days before today as passed, and days beyond the lifetime as too far', () => {
    fc.assert(
      fc.property(nowArb, fc.integer({ min: 1, max: 5000 }), fc.integer({ min: MAX_DAYS + 2, max: 5000 }), (now, back, ahead) => {
        expect(codeOf(validateExpiryDate(dayOf(new Date(now.getTime() - back * DAY_MS)), now, MAX_DAYS))).toBe('expiry-in-past');
        expect(codeOf(validateExpiryDate(dayOf(new Date(now.getTime() + ahead * DAY_MS)), now, MAX_DAYS))).toBe('expiry-too-far');
      }),
      RUNS,
    );
  });

  it('refuses days that do not exist, and other spellings of a date, instead of rolling them over', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const bad = fc.oneof(
      fc
        .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 99 }))
        .filter(([m, d]) => d > new Date(Date.UTC(2026, m, 0)).getUTCDate())
        .map(([m, d]) => `2026-${String(m).padStart(2, '0')}-${d}`),
      fc.integer({ min: 13, max: 99 }).map((m) => `2026-${m}-01`),
      fc.constantFrom('2026-00-10', '2026-6-1', '2026/06/01', '01-06-2026', '2026-06-01T00:00', '２０２６-06-01', '2026-06-0１', '+02026-06-01'),
    );
    fc.assert(
      fc.property(bad, (text) => {
        expect(codeOf(validateExpiryDate(text, now, MAX_DAYS))).toBe('expiry-not-a-date');
      }),
      RUNS,
    );
  });

  it('the default expiry is always accepted as a date when the lifetime is the maximum', () => {
    fc.assert(
      fc.property(nowArb, (now) => {
        expect(validateExpiryDate(defaultExpiry(now, MAX_DAYS).slice(0, 10), now, MAX_DAYS).ok).toBe(true);
      }),
      RUNS,
    );
  });
});
