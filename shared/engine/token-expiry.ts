/** Entra quarantines provisioning when the token expires: remind the admin a month ahead. */
export const EXPIRY_REMINDER_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** `daysLeft` counts a started day as a day; `lessThanADay` lets the UI say so instead of "1 day". */
export type ExpiryState = { state: 'unknown' } | { state: 'ok' | 'soon'; daysLeft: number; lessThanADay: boolean } | { state: 'expired' };

export function expiryState(expiresAt: string | null, now: Date): ExpiryState {
  if (!expiresAt) return { state: 'unknown' };
  const left = Date.parse(expiresAt) - now.getTime();
  if (Number.isNaN(left)) return { state: 'unknown' };
  if (left <= 0) return { state: 'expired' };
  const daysLeft = Math.ceil(left / DAY_MS);
  return { state: daysLeft <= EXPIRY_REMINDER_DAYS ? 'soon' : 'ok', daysLeft, lessThanADay: left < DAY_MS };
}
