import type { WebexOffer } from '../endpoints/webex-endpoints';
import { lookalikeReason } from './lookalike-host';
import { cleanPastedText, describeCharacter } from './pasted-text';
import type { ValidationNote, ValidationResult } from './result';
import { fail } from './result';
import type { ScimBase } from './scim-base';
import { invalidScimBaseMessage, productionHost, resolveScimBase } from './scim-base';
import { splitRawUrl } from './url-parts';
import { readOrgId } from './webex-org-id';

/**
 * The whole Webex tenant URL, `<scimBase>/<OrgId>` (production:
 * https://api.ciscospark.com/v1/scim/<OrgId>, Government:
 * https://api-usgov.webex.com/v1/scim/<OrgId>). Entra sends the bearer token
 * to this URL, so anything that could send it elsewhere is refused, not
 * repaired. Problems are reported left to right (scheme, user info, host,
 * port, path, Org ID, query, fragment): the first one is what the admin reads
 * first in the URL too.
 */

export interface TenantUrlOptions {
  offer: WebexOffer;
  /** The SCIM base in force for the offer when it is not production (endpoints file). */
  scimBaseUrl?: string;
}

type Failure = Extract<ValidationResult, { ok: false }>;
export type ParsedTenantUrl = { ok: true; tenantUrl: string; orgId: string; notes: ValidationNote[] } | Failure;

const OFFER_NAMES: Record<WebexOffer, string> = { commercial: 'Webex (commercial)', government: 'Webex for Government' };
const OFFERS: readonly WebexOffer[] = ['commercial', 'government'];

const refuse = (code: string, message: string, params?: Record<string, string | number>) => fail(code, message, params) as Failure;
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

export function validateWebexTenantUrl(input: string, options: TenantUrlOptions): ValidationResult {
  const parsed = parseWebexTenantUrl(input, options);
  if (!parsed.ok) return parsed;
  return parsed.notes.length > 0 ? { ok: true, value: parsed.tenantUrl, notes: parsed.notes } : { ok: true, value: parsed.tenantUrl };
}

/** Like validateWebexTenantUrl, also returning the Org ID on its own. */
export function parseWebexTenantUrl(input: string, options: TenantUrlOptions): ParsedTenantUrl {
  const base = resolveScimBase(options);
  if (!base) return refuse('invalid-scim-base', invalidScimBaseMessage(options.scimBaseUrl));
  const example = `${base.canonical}/<OrgId>`;

  const { text, notes } = cleanPastedText(input);
  if (text === '') return refuse('empty', 'Enter the tenant URL.');

  // Parsers silently drop tabs and newlines, and a space usually means two values were pasted together.
  const chars = Array.from(text);
  const blank = chars.findIndex((c) => /[\s\p{C}]/u.test(c));
  if (blank >= 0) {
    const char = chars[blank] ?? '';
    return refuse('not-a-url', `The URL contains ${describeCharacter(char)} at position ${blank + 1}; a URL has no spaces or invisible characters.`, { char, position: blank + 1 });
  }
  if (text.includes('\\')) return refuse('not-a-url', 'The URL contains a backslash (\\); URLs use forward slashes (/).');

  const split = splitRawUrl(text);
  if (!split.ok) return refuse('not-a-url', `This is not a whole URL; a tenant URL looks like ${example}.`);
  const url = split.url;

  const schemeProblem = checkScheme(url.scheme.toLowerCase(), base);
  if (schemeProblem) return schemeProblem;
  if (url.scheme !== url.scheme.toLowerCase()) notes.push({ code: 'lower-cased-scheme', message: `Changed ${url.scheme}:// to lower case.` });

  if (url.userinfo !== null) {
    return refuse(
      'userinfo',
      `The part before "@" (${shorten(url.userinfo)}) is a user name, so this URL really goes to ${url.host || 'no host'}. A tenant URL has no user name or "@".`,
      { host: url.host },
    );
  }

  const host = url.host.toLowerCase();
  if (host === '') return refuse('not-a-url', `The URL has no host; a tenant URL looks like ${example}.`);
  const hostProblem = checkHost(host, base, options.offer);
  if (hostProblem) return hostProblem;
  if (url.host !== host) notes.push({ code: 'lower-cased-host', message: `Changed the host ${url.host} to lower case.` });

  if (url.port !== base.port) {
    if (base.port === null) return refuse('port', `Remove ":${url.port}": a tenant URL has no port number (not even :443).`, { port: url.port ?? '' });
    return refuse('port', `The test endpoints use port ${base.port}; this URL has ${url.port === null ? 'none' : url.port}.`, { port: url.port ?? '', expected: base.port });
  }

  const path = checkPath(url.path, base, notes, example);
  if (!path.ok) return path;

  if (url.query !== null) return refuse('query', `Remove "?${shorten(url.query)}": a tenant URL ends with the Org ID and has no query.`, { query: url.query });
  if (url.fragment !== null) return refuse('fragment', `Remove "#${shorten(url.fragment)}": a tenant URL ends with the Org ID and has no "#" part.`, { fragment: url.fragment });

  return { ok: true, tenantUrl: `${base.canonical}/${path.orgId}`, orgId: path.orgId, notes };
}

function checkScheme(scheme: string, base: ScimBase): Failure | null {
  if (scheme === base.scheme) return null;
  if (base.scheme === 'https') {
    const why = scheme === 'http' ? 'http:// would send the token unencrypted' : `it starts with ${scheme}://`;
    return refuse('not-https', `The tenant URL must start with https://; ${why}.`, { scheme });
  }
  return refuse('wrong-scheme', `The test endpoints in force use ${base.scheme}:// (${base.canonical}); this URL starts with ${scheme}://.`, { scheme, expected: base.scheme });
}

function checkHost(host: string, base: ScimBase, offer: WebexOffer): Failure | null {
  if (host === base.host) return null;
  const params = { host, expected: base.host };
  const other = OFFERS.find((o) => o !== offer && productionHost(o) === host);
  if (other) {
    const ours = base.production ? `, or use ${base.canonical}/<OrgId>` : '';
    return refuse('wrong-offer', `This is the ${OFFER_NAMES[other]} tenant URL; choose ${OFFER_NAMES[other]} in the first step${ours}.`, { ...params, offer: other });
  }
  const reason = lookalikeReason(host, OFFERS.map(productionHost));
  if (reason) return refuse('lookalike-host', `The host ${host} ${reason}: it only looks like ${base.host}. Copy the tenant URL again from the wizard or Control Hub.`, params);
  const test = base.production ? '' : ' (test endpoints in force)';
  return refuse('wrong-host', `The tenant URL must be on ${base.host}${test}; this one goes to ${host}.`, params);
}

function checkPath(raw: string, base: ScimBase, notes: ValidationNote[], example: string): { ok: true; orgId: string } | Failure {
  const expectedPath = `${base.path}/<OrgId>`;
  let path = raw;
  if (path.endsWith('/')) {
    path = path.slice(0, -1);
    notes.push({ code: 'removed-trailing-slash', message: 'Removed the slash at the end.' });
  }
  // Servers decode these and resolve "..", so what Entra calls could differ from what the admin read.
  if (path.includes('%')) return refuse('wrong-path', `The path contains percent-encoded characters (%); it must be exactly ${expectedPath}.`, { path: raw });
  if (path.split('/').some((s) => s === '.' || s === '..')) return refuse('wrong-path', `The path contains "." or ".." segments; it must be exactly ${expectedPath}.`, { path: raw });
  if (path.includes('//') || path.endsWith('/')) return refuse('wrong-path', `The path contains an empty segment ("//"); it must be exactly ${expectedPath}.`, { path: raw });
  if (path === base.path) return refuse('missing-org-id', `The URL ends at ${base.path}/ without the Org ID; add it: ${example}.`);
  if (!path.startsWith(`${base.path}/`)) {
    const lowerCase = path.toLowerCase().startsWith(`${base.path}/`) ? ' (in lower case)' : '';
    const shown = path === '' ? 'no path' : `"${shorten(path)}"`;
    return refuse('wrong-path', `The path must be exactly ${expectedPath}${lowerCase}; this URL has ${shown}.`, { path: raw });
  }

  const [idText = '', ...extra] = path.slice(base.path.length + 1).split('/');
  const orgId = readOrgId(idText, notes);
  if (!orgId.ok) return { ...orgId, message: `The Org ID at the end of the URL is not valid. ${orgId.message}` };
  if (extra.length > 0) {
    const rest = `/${extra.join('/')}`;
    return refuse('extra-path-segments', `Remove "${shorten(rest)}" after the Org ID: a tenant URL ends with the Org ID.`, { extra: rest });
  }
  return { ok: true, orgId: orgId.orgId };
}
