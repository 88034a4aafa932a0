import { cleanPastedText } from './pasted-text';
import type { ValidationResult } from './result';
import { fail } from './result';

/**
 * A notification e-mail address, checked only for shape (one "@", a dotted
 * domain, no spaces): the address is typed into Entra by the admin, and
 * only the mailbox can prove it exists.
 */
const EMAIL_SHAPE = /^[^\s@"<>(),;:\\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const MAX_LENGTH = 254; // RFC 5321 path limit

export function validateEmail(input: string): ValidationResult {
  const { text, notes } = cleanPastedText(input);
  if (text === '') return fail('empty', { variant: 'email' });
  if (text.length > MAX_LENGTH || !EMAIL_SHAPE.test(text) || text.includes('..')) {
    return fail('email-invalid');
  }
  return notes.length > 0 ? { ok: true, value: text, notes } : { ok: true, value: text };
}
