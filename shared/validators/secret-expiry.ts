import type { ValidationResult } from './result';
import { fail } from './result';

/**
 * When a pasted token expires: a date the admin knows (`YYYY-MM-DD`, end of
 * that day in UTC) or, without one, the lifetime the vendor states (Webex:
 * "이 토큰은 365일 동안 유효합니다", seed 002 step 5). `value` is an ISO instant.
 */
const DAY_MS = 24 * 60 * 60 * 1000;

export function defaultExpiry(now: Date, lifetimeDays: number): string {
  return new Date(now.getTime() + lifetimeDays * DAY_MS).toISOString();
}

export function validateExpiryDate(input: string, now: Date, maxLifetimeDays: number): ValidationResult {
  const text = input.trim();
  if (text === '') return fail('empty', { variant: 'expiry' });
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59)) : null;
  // Date.UTC rolls 2026-02-31 over into March: a date that does not round-trip does not exist.
  if (!date || date.toISOString().slice(0, 10) !== text) return fail('expiry-not-a-date');
  if (date.getTime() <= now.getTime()) return fail('expiry-in-past', { date: text });
  if (date.getTime() > now.getTime() + (maxLifetimeDays + 1) * DAY_MS) return fail('expiry-too-far', { date: text, days: maxLifetimeDays });
  return { ok: true, value: date.toISOString() };
}
