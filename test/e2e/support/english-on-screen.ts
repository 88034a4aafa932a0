import type { Page } from '@playwright/test';

/**
 * English words left on a Korean screen. What may stay in Latin letters is
 * short and named: product and vendor names, the technical abbreviations
 * Korean admin texts use as they are, and literal values (URLs, paths, ids,
 * versions, commands, attribute names) that the admin copies or compares.
 */

/** Names and abbreviations Korean screens keep in Latin letters. */
const ALLOWED_WORDS: ReadonlySet<string> = new Set([
  // Vendors and products.
  'Webex',
  'Cisco',
  'Control',
  'Hub',
  'Microsoft',
  'Entra',
  'Azure',
  'AD',
  'NICE',
  'CXone',
  'Mpower',
  'Okta',
  'FedRAMP',
  'Linux',
  'Debian',
  'Ubuntu',
  'Chrome',
  'Edge',
  'Firefox',
  'Safari',
  'libsecret',
  // Technical abbreviations.
  'SCIM',
  'URL',
  'ID',
  'IdP',
  'SSO',
  'API',
  'UPN',
  'JSON',
  'OAuth',
  'HTTP',
  'HTTPS',
  'DNS',
  'TLS',
  'HTML',
  'ASCII',
  'NUL',
  'PID',
  'MiB',
  // The language menu names each language in its own words.
  'English',
]);

/** Names of several words, and commands typed as they are. */
const ALLOWED_PHRASES = ['Webex for Government', 'Azure Active Directory', 'Microsoft Graph', 'sudo apt-get install'];

/** The Latin-letter words of `text` that are neither allowed nor part of a literal value. */
export function englishWords(text: string): string[] {
  let rest = text;
  for (const phrase of ALLOWED_PHRASES) rest = rest.split(phrase).join(' ');
  rest = rest
    // Literal values: URLs and hosts, paths, e-mail addresses.
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, ' ')
    .replace(/(?:[A-Za-z]:)?[\\/][^\s()]*/g, ' ')
    .replace(/\S+@\S+/g, ' ')
    // The English original after the Korean word or quoted label it translates: 격리(quarantine), 내 앱(My Apps),
    // “사용자에게 표시하시겠습니까?”(Visible to users?), for admins whose portal is in English.
    .replace(/([\uAC00-\uD7A3”])\([^()]*\)/g, '$1')
    // A portal label quoted as the admin sees it on screen: “Provisioning Mode”(프로비저닝 모드).
    .replace(/“[^”]*”/g, ' ');
  const words = rest.match(/[A-Za-z][A-Za-z0-9_.:+-]*/g) ?? [];
  return words.filter((word) => {
    if (word.length < 2) return false;
    // Identifiers and values: anything with a digit, dot, dash, colon or underscore, or camelCase (userPrincipalName).
    if (/[0-9_.:+-]/.test(word) || /[a-z][A-Z]/.test(word)) return false;
    return !ALLOWED_WORDS.has(word);
  });
}

/** Everything a person (or a screen reader) meets on the page: its text, and labels, titles and placeholders. */
async function screenText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      return style.display !== 'none' && style.visibility !== 'hidden';
    };
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')]
      .filter(visible)
      .flatMap((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((name) => el.getAttribute(name) ?? ''));
    const options = [...document.querySelectorAll('option:not([translate="no"])')].map((option) => option.textContent ?? '');
    // What the admin typed or a server said (profile names, values, the server's own words) is marked
    // translate="no": it is data, not the app's wording, so it is left out.
    let body = document.body.innerText;
    for (const data of document.querySelectorAll('[translate="no"]')) {
      const text = data instanceof HTMLElement ? data.innerText : (data.textContent ?? '');
      if (text.trim() !== '') body = body.split(text).join(' ');
    }
    return [body, ...attributes, ...options, document.title].join('\n');
  });
}

/** The English words on screen now, each with the line it was found in. */
export async function englishOnScreen(page: Page): Promise<string[]> {
  const text = await screenText(page);
  return text.split('\n').flatMap((line) => englishWords(line).map((word) => `${word}  ←  ${line.trim().slice(0, 160)}`));
}
