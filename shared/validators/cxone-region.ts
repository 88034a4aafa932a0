import { AREA_DIGITS, AREA_LETTERS, CXONE_API_DOMAIN, isCxoneArea } from './cxone-area';
import { areaOfCxoneBaseUrl, validateCxoneBaseUrl } from './cxone-base-url';
import { cleanPastedText } from './pasted-text';
import type { ValidationResult } from './result';
import { fail } from './result';
import { hasUrlScheme } from './url-like';

/**
 * The CXone area code typed under "another code" (na1, au1, eu1...): letters then digits,
 * 2-10 letters and 1-3 digits (cxone-area.ts says why), lower-cased with a note. A whole
 * base URL pasted instead is checked as one (validateCxoneBaseUrl, every refusal of its own)
 * and its area kept, with the note `region-from-url`. A bare host name
 * (na1.nice-incontact.com) is refused with the area to type: the field takes an area code
 * or a whole base URL, and saying which beats guessing from an arbitrary host.
 */

const shorten = (text: string) => (text.length > 30 ? `${text.slice(0, 30)}…` : text);

/**
 * A dot after the first character and before the first "/" (what `/^[^/]+\.[^/]*\//` says). Not
 * that regex: on a long paste with many dots and no "/", it backtracks over every dot, quadratic.
 */
function isHostThenPath(text: string): boolean {
  const slash = text.indexOf('/');
  return slash > 0 && text.lastIndexOf('.', slash) > 0;
}

export function validateCxoneRegion(input: string): ValidationResult {
  const { text, notes } = cleanPastedText(input);
  if (text === '') return fail('empty', { variant: 'cxone-region' });

  // A scheme, or a host with a path ("na1.nice-incontact.com/scim/v2"): a URL, checked as one.
  if (hasUrlScheme(text) || /^https?:/i.test(text) || isHostThenPath(text)) {
    const url = validateCxoneBaseUrl(input);
    if (!url.ok) return url;
    const area = areaOfCxoneBaseUrl(url.value);
    return { ok: true, value: area, notes: [...(url.notes ?? []), { code: 'region-from-url', message: `Took the area code ${area} from the base URL.` }] };
  }

  if (text.includes('.')) {
    const host = text.toLowerCase();
    const first = host.split('.')[0] ?? '';
    const isApiHost = host === `${first}.${CXONE_API_DOMAIN}` && isCxoneArea(first);
    return isApiHost ? fail('cxone-region-host', { area: first }) : fail('cxone-region-host', { variant: 'other' });
  }

  const chars = Array.from(text);
  const bad = chars.findIndex((c) => !/[A-Za-z0-9]/.test(c));
  if (bad >= 0) return fail('cxone-region-bad-character', { char: chars[bad] ?? ' ', position: bad + 1 });

  const value = text.toLowerCase();
  if (/^[0-9]/.test(value)) return fail('cxone-region-digits-first', { value: shorten(value) });
  if (!/[0-9]/.test(value)) return fail('cxone-region-shape', { variant: 'no-digits', value: shorten(value) });
  if (!isCxoneArea(value)) {
    return fail('cxone-region-shape', {
      value: shorten(value),
      minLetters: AREA_LETTERS.min,
      maxLetters: AREA_LETTERS.max,
      minDigits: AREA_DIGITS.min,
      maxDigits: AREA_DIGITS.max,
    });
  }
  if (value !== text) notes.push({ code: 'lower-cased', message: `Changed ${text} to lower case: ${value}.` });
  return notes.length > 0 ? { ok: true, value, notes } : { ok: true, value };
}
