import { cleanPastedText, dropLineBreaksAround } from './pasted-text';
import type { ValidationResult } from './result';
import { fail } from './result';

/**
 * The three CXone secrets the admin pastes (seed 000): the access key ID, the secret access
 * key, and the SCIM bearer token. Around the value, spaces, line breaks and one pair of
 * quotes are removed; anything inside that cannot belong is refused with the reason, and no
 * refusal quotes the value (at most one character that cannot be part of it).
 *
 * What is known and what is assumed:
 * - Access key ID and secret access key: NICE documents no format. Every pair seen in public
 *   code calling CXone's access-key token endpoint (authentication/v1/token/access-key) is
 *   56 characters of RFC 4648 base32: 52 of A-Z and 2-7 (32 random bytes), then "====".
 *   The ID and the secret have that SAME shape, so a swapped pair cannot be told from the
 *   shapes; it is detected from the label copied with the value ("Secret access key: ..."
 *   in the ID field, "accessKeyId": "..." in the secret field), which is how admins keep them
 *   after seed steps 7 and 9 ("copy and paste it somewhere you can save it"). Assumed: every
 *   key has this shape, so other lengths or characters are copy mistakes. A value of 52
 *   without "====" lost its padding (double-click selection stops at "=").
 * - SCIM bearer token: NICE documents no format and none was found. Assumed only what its
 *   use requires, RFC 6750's b64token (it travels as "Authorization: Bearer <token>"), and
 *   the 20-4096 length of the Webex token rule. Because its shape is unknown, a value shaped
 *   like an access key is NOT refused in the token field (the token could share the
 *   generator); only a labelled access key is.
 */

/** 32 bytes in base32 with its padding: the one shape seen (see above). */
const ACCESS_KEY = /^[A-Z2-7]{52}====$/;
const ACCESS_KEY_LENGTH = 56;
const ACCESS_KEY_UNPADDED_LENGTH = 52;
const ACCESS_KEY_CHAR = /[A-Z2-7=]/;

/** RFC 6750 section 2.1, b64token: 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=". */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const TOKEN_CHAR = /[A-Za-z0-9\-._~+/=]/;
const MIN_TOKEN_CHARS = 20;
const MAX_TOKEN_CHARS = 4096;

type KeyPart = 'id' | 'secret';
type Label = KeyPart | 'token';

/**
 * A label copied in front of the value: the names CXone's screens and the seed use (English and
 * Korean), and the JSON names of the token request, with ":" or "=" after them, or a space.
 */
const LABELS: ReadonlyArray<readonly [Label, RegExp]> = [
  ['secret', /^(secret[\s_-]*access[\s_-]*key|access[\s_-]*key[\s_-]*secret|secret[\s_-]*key|(비밀|암호)\s*(액세스\s*)?키)/iu],
  ['id', /^(access[\s_-]*key[\s_-]*id|(액세스\s*)?키\s*id)/iu],
  ['token', /^((scim|bearer)[\s_-]*token|베어러\s*토큰|(scim\s*)?토큰)/iu],
];

function labelOf(text: string): Label | null {
  const unquoted = text.replace(/^["'`\u201C\u2018]/, '');
  for (const [kind, pattern] of LABELS) {
    const match = pattern.exec(unquoted);
    if (!match) continue;
    // A label is followed by its separator or a space, never by more of the value.
    const after = unquoted.slice(match[0].length);
    if (/^["'`\u201D\u2019]?\s*[:=]|^\s/.test(after)) return kind;
  }
  return null;
}

/** A token, not a key: "Bearer ..." or a JWT (base64url JSON header "eyJ..." and dots). */
function looksLikeToken(text: string): boolean {
  return /^bearer\s/i.test(text) || /^eyJ[\w-]*\.[\w-]*\./.test(text);
}

/**
 * No label, but most likely a token: b64token characters only, a token's length, and lower-case
 * letters, which a base32 key never has. A whole key typed in lower case (52 or 56 characters that
 * are base32 once upper-cased) is still a key with a bad character, not a token.
 */
function looksLikeUnlabelledToken(text: string): boolean {
  if (!/[a-z]/.test(text) || !B64TOKEN.test(text)) return false;
  const length = Array.from(text).length;
  if (length < MIN_TOKEN_CHARS || length > MAX_TOKEN_CHARS) return false;
  const upper = text.toUpperCase();
  return !ACCESS_KEY.test(upper) && !ACCESS_KEY.test(`${upper}====`);
}

function cleaned(input: string) {
  return cleanPastedText(dropLineBreaksAround(input));
}

function accessKey(input: string, part: KeyPart): ValidationResult {
  const { text, notes } = cleaned(input);
  if (text === '') return fail('empty', { variant: part === 'id' ? 'access-key-id' : 'access-key-secret' });

  const label = labelOf(text);
  if (label === part) return fail('cxone-access-key-has-label', { variant: part });
  if (label === 'token') return fail('cxone-access-key-is-token', { variant: part });
  if (label !== null) return fail('cxone-access-key-swapped', { variant: part });
  if (looksLikeToken(text)) return fail('cxone-access-key-is-token', { variant: part });
  // The bearer token pasted in a key field (seed steps 7-9 and 10-12 hand out both): said, not "bad character".
  if (looksLikeUnlabelledToken(text)) return fail('cxone-access-key-looks-like-token', { variant: part });

  const blank = /\s/.exec(text);
  if (blank) return fail('cxone-access-key-has-spaces', { variant: part, position: blank.index + 1 });

  const chars = Array.from(text);
  const firstPadding = chars.indexOf('=');
  const bad = chars.findIndex((c, i) => !ACCESS_KEY_CHAR.test(c) || (firstPadding >= 0 && i > firstPadding && c !== '='));
  if (bad >= 0) return fail('cxone-access-key-bad-character', { variant: part, char: chars[bad] ?? '', position: bad + 1 });

  if (chars.length === ACCESS_KEY_UNPADDED_LENGTH && firstPadding < 0) return fail('cxone-access-key-no-padding', { variant: part });
  if (chars.length < ACCESS_KEY_LENGTH) return fail('cxone-access-key-too-short', { variant: part, length: chars.length, expected: ACCESS_KEY_LENGTH });
  if (chars.length > ACCESS_KEY_LENGTH) return fail('cxone-access-key-too-long', { variant: part, length: chars.length, expected: ACCESS_KEY_LENGTH });
  // 56 characters of the right kinds with the padding in the wrong place ("=" before the 53rd).
  if (!ACCESS_KEY.test(text)) return fail('cxone-access-key-bad-character', { variant: part, char: '=', position: firstPadding + 1 });

  return notes.length > 0 ? { ok: true, value: text, notes } : { ok: true, value: text };
}

export function validateCxoneAccessKeyId(input: string): ValidationResult {
  return accessKey(input, 'id');
}

export function validateCxoneAccessKeySecret(input: string): ValidationResult {
  return accessKey(input, 'secret');
}

/** The SCIM bearer token (Admin > Account settings > SCIM tokens), sent to the /oauth/scim/v2 base. */
export function validateCxoneBearerToken(input: string): ValidationResult {
  const { text, notes } = cleaned(input);
  if (text === '') return fail('empty', { variant: 'token' });

  const label = labelOf(text);
  if (label === 'id' || label === 'secret') return fail('cxone-bearer-token-is-access-key', { variant: label });
  if (label === 'token') return fail('cxone-bearer-token-has-label');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return fail('cxone-bearer-token-is-url');
  if (/^bearer\s/i.test(text)) return fail('token-has-bearer-prefix');

  const blank = /\s/.exec(text);
  if (blank) return fail('token-has-spaces', { position: blank.index + 1 });
  const chars = Array.from(text);
  if (chars.length > MAX_TOKEN_CHARS) return fail('token-too-long', { length: chars.length, max: MAX_TOKEN_CHARS });
  if (!B64TOKEN.test(text)) {
    // Padding "=" only at the end: the first character that breaks b64token (the first one when all are "=").
    const firstPadding = chars.indexOf('=');
    const bad = Math.max(
      0,
      chars.findIndex((c, i) => !TOKEN_CHAR.test(c) || (firstPadding >= 0 && i > firstPadding && c !== '=')),
    );
    return fail('token-bad-character', { char: chars[bad] ?? '=', position: bad + 1 });
  }
  if (chars.length < MIN_TOKEN_CHARS) return fail('token-too-short', { length: chars.length, min: MIN_TOKEN_CHARS });
  return notes.length > 0 ? { ok: true, value: text, notes } : { ok: true, value: text };
}
