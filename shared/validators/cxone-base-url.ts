import { CXONE_OAUTH_SCIM_PATH, CXONE_SCIM_PATH } from '../endpoints/cxone-endpoints';
import { CXONE_API_DOMAIN, CXONE_OAUTH_DOMAIN, isCxoneArea } from './cxone-area';
import type { LookalikeReason } from './lookalike-host';
import { lookalikeReason } from './lookalike-host';
import { cleanPastedText } from './pasted-text';
import type { ValidationFailure, ValidationNote, ValidationResult } from './result';
import { fail } from './result';
import { splitRawUrl } from './url-parts';

/**
 * A CXone SCIM base URL, exactly `https://<area>.nice-incontact.com/scim/v2` (access key,
 * OAuth 2) or `https://<area>.nice-incontact.com/oauth/scim/v2` (bearer token): seed 000,
 * "SCIM 설정". The IdP sends the access key's token or the bearer token to it, so anything
 * that could send them elsewhere is refused, not repaired. Harmless paste debris is removed
 * with a note: spaces and one pair of quotes around, the case of scheme and host, ONE
 * trailing slash, and a copied `/Users` or `/Users/...` at the end (a SCIM endpoint copied
 * from a log: the base it belongs to is unambiguous). Problems are reported left to right,
 * as the admin reads the URL. Refusals never quote user info, query or fragment: they can
 * hold a password or a token.
 */

const BASE_PATHS = [CXONE_OAUTH_SCIM_PATH, CXONE_SCIM_PATH] as const;
/** Written out in the messages: the area is not known when the host is wrong. */
const ANY_AREA_HOST = `<area>.${CXONE_API_DOMAIN}`;
const VALUE = /^https:\/\/([a-z0-9]+)\.nice-incontact\.com\/(?:oauth\/)?scim\/v2$/;
/** lookalikeReason's checks on the characters themselves; the rest compare spellings. */
const CHARACTER_TRICKS = new Set(['non-ascii', 'percent', 'punycode', 'trailing-dot']);

type Failure = ValidationFailure;

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

export function validateCxoneBaseUrl(input: string): ValidationResult {
  const { text, notes } = cleanPastedText(input);
  if (text === '') return fail('empty', { variant: 'cxone-base-url' });

  // URL parsers silently drop tabs and newlines; a space usually means two values were pasted together.
  const chars = Array.from(text);
  const blank = chars.findIndex((c) => /[\s\p{C}]/u.test(c));
  if (blank >= 0) return fail('cxone-base-url-not-a-url', { variant: 'blank', char: chars[blank] ?? ' ', position: blank + 1 });
  if (text.includes('\\')) return fail('cxone-base-url-not-a-url', { variant: 'backslash' });

  const split = splitRawUrl(text);
  if (!split.ok) {
    // "na1.nice-incontact.com/scim/v2": everything but the scheme.
    const hostFirst = split.problem === 'no-scheme' && isHostThenPath(text);
    return hostFirst ? fail('cxone-base-url-scheme', { variant: 'missing' }) : fail('cxone-base-url-not-a-url');
  }
  const url = split.url;

  const scheme = url.scheme.toLowerCase();
  if (scheme !== 'https') return fail('cxone-base-url-scheme', scheme === 'http' ? { scheme, variant: 'http' } : { scheme });
  if (url.scheme !== scheme) notes.push({ code: 'lower-cased-scheme', message: `Changed ${url.scheme}:// to lower case.` });

  if (url.userinfo !== null) return fail('cxone-base-url-userinfo', url.host === '' ? { variant: 'no-host' } : { host: url.host });

  const host = url.host.toLowerCase();
  if (host === '') return fail('cxone-base-url-not-a-url', { variant: 'no-host' });
  const hostProblem = checkHost(host);
  if (hostProblem) return hostProblem;
  if (url.host !== host) notes.push({ code: 'lower-cased-host', message: `Changed the host ${url.host} to lower case.` });

  if (url.port !== null) return fail('cxone-base-url-port', { port: url.port });

  const path = checkPath(url.path, notes);
  if (typeof path !== 'string') return path;

  if (url.query !== null) return fail('cxone-base-url-query');
  if (url.fragment !== null) return fail('cxone-base-url-fragment');

  const value = `https://${host}${path}`;
  return notes.length > 0 ? { ok: true, value, notes } : { ok: true, value };
}

/**
 * "host.name" up to a "/" or the end, as `/^[^/?#]+\.[^/?#]+(\/|$)/` says: a dot with text on both
 * sides before the first "/", "?" or "#", and that one a "/" or none. Not that regex: on a long
 * paste with many dots before a "?", it backtracks over every dot, quadratic.
 */
function isHostThenPath(text: string): boolean {
  const end = text.search(/[/?#]/);
  const hostEnd = end < 0 ? text.length : end;
  if (end >= 0 && text[end] !== '/') return false;
  return hostEnd >= 3 && text.lastIndexOf('.', hostEnd - 2) > 0;
}

/** The area code of a base URL validateCxoneBaseUrl returned (na1 in https://na1.nice-incontact.com/scim/v2). */
export function areaOfCxoneBaseUrl(normalised: string): string {
  return VALUE.exec(normalised)?.[1] ?? '';
}

function checkHost(host: string): Failure | null {
  const labels = host.split('.');
  const first = labels[0] ?? '';
  if (labels.length === 3 && host.endsWith(`.${CXONE_API_DOMAIN}`) && isCxoneArea(first)) return null;

  const area = guessArea(first);
  const expected = area ? `${area}.${CXONE_API_DOMAIN}` : ANY_AREA_HOST;
  // Compared with the API host of the area the admin seems to mean, and with the bare domain.
  const reason = lookalikeReason(host, [area ? expected : `na1.${CXONE_API_DOMAIN}`, CXONE_API_DOMAIN]);
  if (reason && CHARACTER_TRICKS.has(reason.reason)) return lookalike(host, expected, reason);

  if (host === CXONE_OAUTH_DOMAIN || host.endsWith(`.${CXONE_OAUTH_DOMAIN}`)) return fail('cxone-base-url-oauth-host', { host, expected });

  if (host === CXONE_API_DOMAIN) return fail('cxone-base-url-host', { variant: 'no-area', host });
  if (host.endsWith(`.${CXONE_API_DOMAIN}`)) {
    const before = host.slice(0, -(CXONE_API_DOMAIN.length + 1)).split('.');
    if (before.length > 1) return fail('cxone-base-url-host', { variant: 'extra-labels', host });
    if (first === '') return fail('cxone-base-url-host', { variant: 'no-area', host });
    return fail('cxone-base-url-host', { variant: 'area', host, area: shorten(first) });
  }

  if (reason) return lookalike(host, expected, reason);
  // lookalikeReason splits brand names at hyphens, so it misses "nice-incontact" inside another domain.
  if (host.replace(/[-_.]/g, '').includes('niceincontact')) {
    return lookalike(host, expected, { reason: 'brand', brand: 'nice-incontact', domain: CXONE_API_DOMAIN });
  }
  return fail('cxone-base-url-host', { host });
}

/** na1 from "na1" or "api-na1" (the older REST API hosts' first label), when it is one. */
function guessArea(label: string): string | null {
  if (isCxoneArea(label)) return label;
  const tail = /-([a-z]+[0-9]+)$/.exec(label)?.[1];
  return tail !== undefined && isCxoneArea(tail) ? tail : null;
}

function lookalike(host: string, expected: string, reason: LookalikeReason): Failure {
  return fail('cxone-base-url-lookalike-host', { host, expected, ...reason });
}

/** The normalised path, or why it is not one of the two bases. */
function checkPath(raw: string, notes: ValidationNote[]): string | Failure {
  let path = raw;
  if (path.endsWith('/')) {
    path = path.slice(0, -1);
    notes.push({ code: 'removed-trailing-slash', message: 'Removed the slash at the end.' });
  }
  const wrongPath = (variant?: string) => fail('cxone-base-url-path', { path: shorten(path), ...(variant ? { variant } : {}) });
  // Servers decode these and resolve "..", so what the IdP calls could differ from what the admin read.
  if (path.includes('%')) return wrongPath('percent');
  if (path.split('/').some((s) => s === '.' || s === '..')) return wrongPath('dot-segments');
  if (path.includes('//') || path.endsWith('/')) return wrongPath('empty-segment');
  if (path === '') return wrongPath('no-path');

  for (const base of BASE_PATHS) {
    if (path === base) return path;
    if (!path.startsWith(`${base}/`)) continue;
    const rest = path.slice(base.length);
    if (!/^\/users(\/|$)/i.test(rest)) return fail('cxone-base-url-path', { variant: 'extra', extra: shorten(rest) });
    notes.push({ code: 'removed-users-path', message: `Removed "${shorten(rest)}" at the end: the base URL ends at ${base}.` });
    return base;
  }

  const lower = path.toLowerCase();
  if (BASE_PATHS.some((base) => lower === base || lower.startsWith(`${base}/`))) return wrongPath('case');
  // The seed's sentence ("/oauth 앞에 /scim도 포함") reads as if /scim came first; its example has /oauth first.
  if (lower === '/scim/oauth/v2' || lower.startsWith('/scim/oauth/v2/')) return wrongPath('order');
  return wrongPath();
}
