/**
 * When a captured token stops working, from the `expires_in` seconds the
 * provider put in the redirect. No guessing: an absent or implausible value
 * gives null ("unknown"), so the UI never shows an invented date.
 */
const MAX_PLAUSIBLE_SECONDS = 10 * 366 * 24 * 60 * 60; // ten years; beyond that the value is garbage

export function computeExpiry(expiresIn: number | null, now: Date): Date | null {
  if (expiresIn === null || !Number.isFinite(expiresIn)) return null;
  if (expiresIn <= 0 || expiresIn > MAX_PLAUSIBLE_SECONDS) return null;
  const at = new Date(now.getTime() + Math.round(expiresIn) * 1000);
  return Number.isNaN(at.getTime()) ? null : at;
}
