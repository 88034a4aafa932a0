/** One way to show an instant (token expiry, last test run): long date and time in the language on screen. */
export function formatDateTime(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language, { dateStyle: 'long', timeStyle: 'short' });
}
