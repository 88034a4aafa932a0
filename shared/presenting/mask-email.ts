/**
 * Presenting mode: an e-mail address keeps its first character and its domain
 * (`k•••@example.com`), enough for support to tell accounts apart on a shared
 * screen without showing the customer's full address to everyone watching.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '•••';
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}

/** The address as it may be shown: masked while presenting, as is otherwise. */
export function shownEmail(email: string, presenting: boolean): string {
  return presenting ? maskEmail(email) : email;
}
