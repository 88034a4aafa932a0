import { expiryState } from './token-expiry';

/**
 * The renewal reminder of a stored token, as the token panel and the setup report show it:
 * `none` (no expiry known), `quiet` (more than the reminder window left), `soon` (inside the
 * window; `today` when less than a day is left) or `expired`. Pure, so both read the same rule.
 */
export type TokenReminder =
  | { state: 'none' }
  | { state: 'quiet'; expiresAt: string; daysLeft: number }
  | { state: 'soon'; expiresAt: string; daysLeft: number; today: boolean }
  | { state: 'expired'; expiresAt: string };

export function tokenReminder(expiresAt: string | null | undefined, now: Date): TokenReminder {
  if (!expiresAt) return { state: 'none' };
  const expiry = expiryState(expiresAt, now);
  switch (expiry.state) {
    case 'unknown':
      return { state: 'none' };
    case 'expired':
      return { state: 'expired', expiresAt };
    case 'ok':
      return { state: 'quiet', expiresAt, daysLeft: expiry.daysLeft };
    case 'soon':
      return { state: 'soon', expiresAt, daysLeft: expiry.daysLeft, today: expiry.lessThanADay };
  }
}
