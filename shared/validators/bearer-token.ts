import { cleanPastedText, dropLineBreaksAround } from './pasted-text';
import type { ValidationResult } from './result';
import { fail } from './result';

/**
 * A bearer token pasted by the admin (the vendor's manual path: copy it from
 * the address bar between `access_token=` and `&token_type=`, seed 002 step 5).
 * Spaces, line breaks and one pair of quotes around it are removed; anything
 * else that cannot be part of a token is refused with the reason, because a
 * wrong token only shows up later as a 401 in Entra.
 */

/** RFC 6750 section 2.1, b64token: 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=". */
const B64TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const TOKEN_CHAR = /[A-Za-z0-9\-._~+/=]/;
/** Webex access tokens are about 100 characters; anything much shorter was cut off while copying. */
const MIN_TOKEN_CHARS = 20;
const MAX_TOKEN_CHARS = 4096;

export function validateBearerToken(input: string): ValidationResult {
  const { text, notes } = cleanPastedText(dropLineBreaksAround(input));
  if (text === '') return fail('empty', { variant: 'token' });
  // The two halves of the address bar the seed tells admins to leave out.
  if (/access_token=|[&#?]?token_type=|expires_in=|[?#&]state=|^https?:\/\//i.test(text)) return fail('token-has-url-parts');
  if (/^bearer\s/i.test(text)) return fail('token-has-bearer-prefix');
  const blank = /\s/.exec(text);
  if (blank) return fail('token-has-spaces', { position: blank.index + 1 });
  if (text.length > MAX_TOKEN_CHARS) return fail('token-too-long', { length: text.length, max: MAX_TOKEN_CHARS });
  if (!B64TOKEN.test(text)) {
    const index = [...text].findIndex((ch) => !TOKEN_CHAR.test(ch));
    const char = [...text][index] ?? '=';
    return fail('token-bad-character', { charShown: `'${char}'`, position: index + 1 });
  }
  if (text.length < MIN_TOKEN_CHARS) return fail('token-too-short', { length: text.length, min: MIN_TOKEN_CHARS });
  return notes.length > 0 ? { ok: true, value: text, notes } : { ok: true, value: text };
}
