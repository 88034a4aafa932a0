import type { CheckVerdict } from './check-verdict';

/**
 * Keeps credentials out of everything a check returns. Servers do echo what they
 * received (an Authorization header, a posted key pair) in error texts, Location
 * hosts and content types, and those end up on screen and in the settings trail.
 */

/** A value to remove, and the word shown in its place: `[<label> removed]`. */
export interface SecretToRemove {
  value: string;
  label: string;
}

export const MAX_SERVER_DETAIL_CHARS = 300;
/** Host names and content types are only labels in a sentence. */
export const MAX_SERVER_LABEL_CHARS = 80;

/** The forms a value can come back in: as sent, percent-encoded (a query), form-encoded (`+` for a space). */
function formsOf(value: string): string[] {
  return [...new Set([value, encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)])];
}

export function removeSecrets(text: string, secrets: readonly SecretToRemove[]): string {
  // Longest form first, so a secret that contains another is removed whole, not around the shorter one.
  const forms = secrets
    .filter((secret) => secret.value !== '')
    .flatMap((secret) => formsOf(secret.value).map((form) => ({ form, replacement: `[${secret.label} removed]` })))
    .sort((a, b) => b.form.length - a.form.length);
  let clean = text;
  for (const { form, replacement } of forms) clean = clean.split(form).join(replacement);
  return clean;
}

/** Removes the secrets first (so truncation cannot leave half of one), then control characters, then caps the length. */
export function sanitizeServerText(text: string, secrets: readonly SecretToRemove[], maxChars = MAX_SERVER_DETAIL_CHARS): string {
  const clean = removeSecrets(text, secrets)
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > maxChars ? `${clean.slice(0, maxChars - 1)}…` : clean;
}

/** Last net over a verdict: the server's words and every string param. */
export function scrubVerdict<V extends CheckVerdict>(verdict: V, secrets: readonly SecretToRemove[]): V {
  const clean = { ...verdict };
  if (clean.serverDetail !== undefined) clean.serverDetail = removeSecrets(clean.serverDetail, secrets);
  if (clean.params)
    clean.params = Object.fromEntries(
      Object.entries(clean.params).map(([key, value]) => [key, typeof value === 'string' ? removeSecrets(value, secrets) : value]),
    );
  return clean;
}
