// Building an Intl.DateTimeFormat costs about a millisecond (toLocaleString with options builds one per
// call, measured in the secret-save benchmark's profile); one per language is kept instead.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** One way to show an instant (token expiry, last test run): long date and time in the language on screen. */
export function formatDateTime(iso: string, language: string): string {
  const instant = new Date(iso);
  // format() throws on an invalid date where toLocaleString said "Invalid Date"; the stored text says more.
  if (Number.isNaN(instant.getTime())) return iso;
  let formatter = formatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
    formatters.set(language, formatter);
  }
  return formatter.format(instant);
}
