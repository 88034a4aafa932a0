/**
 * Webex APIs return org ids base64-encoded: `ciscospark://us/ORGANIZATION/<uuid>`
 * (newer clusters: `ciscospark://urn:TEAM:us-east-2_a/ORGANIZATION/<uuid>`).
 * Browsers and Node both have atob, so this stays free of Buffer.
 */

/** base64 of "ciscospark:/": 12 bytes, so every encoding of a Webex id starts with these 16 characters. */
const WEBEX_ID_BASE64_PREFIX = 'Y2lzY29zcGFyazov';

const BASE64_TEXT = /^[A-Za-z0-9+/_-]+={0,2}$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export type Base64OrgId = { kind: 'organization'; decoded: string; id: string } | { kind: 'other'; decoded: string | null; idType?: string };

/** Decodes standard or URL-safe base64, padded or not; null when it is not base64 of printable text. */
export function decodeBase64Text(text: string): string | null {
  if (!BASE64_TEXT.test(text)) return null;
  let s = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (s.length % 4 === 1) return null;
  s += '='.repeat((4 - (s.length % 4)) % 4);
  let decoded: string;
  try {
    decoded = atob(s);
  } catch {
    return null;
  }
  return PRINTABLE_ASCII.test(decoded) ? decoded : null;
}

/**
 * Whether text should be read as base64 rather than as a UUID. A UUID with a
 * typo is also valid base64url, so only the Webex prefix, or a dash-free run
 * longer than a UUID that decodes to readable text, counts.
 */
export function looksLikeBase64OrgId(text: string): boolean {
  if (!BASE64_TEXT.test(text)) return false;
  if (text.startsWith(WEBEX_ID_BASE64_PREFIX)) return true;
  return !text.includes('-') && text.length > 36 && decodeBase64Text(text) !== null;
}

/** Reads `ciscospark://<cluster>/ORGANIZATION/<id>`, taking what follows the last slash. */
export function readBase64OrgId(text: string): Base64OrgId {
  const decoded = decodeBase64Text(text);
  if (decoded === null || !decoded.startsWith('ciscospark://')) return { kind: 'other', decoded };
  const parts = decoded.slice('ciscospark://'.length).split('/');
  const id = parts[parts.length - 1] ?? '';
  const idType = parts.length >= 3 ? parts[parts.length - 2] : undefined;
  if (idType === 'ORGANIZATION' && id !== '' && parts.slice(0, -2).every((p) => p !== '')) {
    return { kind: 'organization', decoded, id };
  }
  return idType ? { kind: 'other', decoded, idType } : { kind: 'other', decoded };
}
