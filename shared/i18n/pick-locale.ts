import { LOCALES, type Locale } from '../settings/locales';

/**
 * The language to show: the one the user saved wins; otherwise Korean when the
 * OS (or browser) locale is Korean (ko, ko-KR, ko_KR), else English.
 */
export function pickLocale(saved: Locale | null, osLocale: string): Locale {
  if (saved && (LOCALES as readonly string[]).includes(saved)) return saved;
  return /^ko(?:$|[-_])/i.test(osLocale.trim()) ? 'ko' : 'en';
}
