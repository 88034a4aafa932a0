import type { WebexOffer } from '../endpoints/webex-endpoints';
import { lookalikeReason } from './lookalike-host';
import { cleanPastedText } from './pasted-text';
import type { ValidationFailure, ValidationNote, ValidationResult } from './result';
import { fail } from './result';
import type { ScimBase } from './scim-base';
import { productionHost, resolveScimBase } from './scim-base';
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

type Failure = ValidationFailure;
export type ParsedTenantUrl = { ok: true; tenantUrl: string; orgId: string; notes: ValidationNote[] } | Failure;

const OFFERS: readonly WebexOffer[] = ['commercial', 'government'];

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

export function validateWebexTenantUrl(input: string, options: TenantUrlOptions): ValidationResult {
  const parsed = parseWebexTenantUrl(input, options);
  if (!parsed.ok) return parsed;
  return parsed.notes.length > 0 ? { ok: true, value: parsed.tenantUrl, notes: parsed.notes } : { ok: true, value: parsed.tenantUrl };
}

/** Like validateWebexTenantUrl, also returning the Org ID on its own. */
export function parseWebexTenantUrl(input: string, options: TenantUrlOptions): ParsedTenantUrl {
  const base = resolveScimBase(options);
  if (!base) return fail('invalid-scim-base', { scimBaseUrl: options.scimBaseUrl ?? '' });
  const example = `${base.canonical}/<OrgId>`;

  const { text, notes } = cleanPastedText(input);
  if (text === '') return fail('empty', { variant: 'tenant-url' });

  // Parsers silently drop tabs and newlines, and a space usually means two values were pasted together.
  const chars = Array.from(text);
  const blank = chars.findIndex((c) => /[\s\p{C}]/u.test(c));
  if (blank >= 0) {
    const char = chars[blank] ?? '';
    return fail('not-a-url', { variant: 'blank', char, position: blank + 1 });
  }
  if (text.includes('\\')) return fail('not-a-url', { variant: 'backslash' });

  const split = splitRawUrl(text);
  if (!split.ok) return fail('not-a-url', { example });
  const url = split.url;

  const schemeProblem = checkScheme(url.scheme.toLowerCase(), base);
  if (schemeProblem) return schemeProblem;
  if (url.scheme !== url.scheme.toLowerCase()) notes.push({ code: 'lower-cased-scheme', message: `Changed ${url.scheme}:// to lower case.` });

  if (url.userinfo !== null) {
    return fail('userinfo', { userinfo: shorten(url.userinfo), host: url.host, ...(url.host === '' ? { variant: 'no-host' } : {}) });
  }

  const host = url.host.toLowerCase();
  if (host === '') return fail('not-a-url', { variant: 'no-host', example });
  const hostProblem = checkHost(host, base, options.offer);
  if (hostProblem) return hostProblem;
  if (url.host !== host) notes.push({ code: 'lower-cased-host', message: `Changed the host ${url.host} to lower case.` });

  if (url.port !== base.port) {
    if (base.port === null) return fail('port', { port: url.port ?? '' });
    return fail('port', { port: url.port ?? '', expected: base.port, variant: url.port === null ? 'test-none' : 'test' });
  }

  const path = checkPath(url.path, base, notes, example);
  if (!path.ok) return path;

  if (url.query !== null) return fail('query', { query: shorten(url.query) });
  if (url.fragment !== null) return fail('fragment', { fragment: shorten(url.fragment) });

  return { ok: true, tenantUrl: `${base.canonical}/${path.orgId}`, orgId: path.orgId, notes };
}

function checkScheme(scheme: string, base: ScimBase): Failure | null {
  if (scheme === base.scheme) return null;
  if (base.scheme === 'https') {
    return fail('not-https', { scheme, ...(scheme === 'http' ? { variant: 'http' } : {}) });
  }
  return fail('wrong-scheme', { scheme, expected: base.scheme, canonical: base.canonical });
}

function checkHost(host: string, base: ScimBase, offer: WebexOffer): Failure | null {
  if (host === base.host) return null;
  const params = { host, expected: base.host };
  const other = OFFERS.find((o) => o !== offer && productionHost(o) === host);
  if (other) {
    return fail('wrong-offer', { ...params, offer: other, ...(base.production ? { example: `${base.canonical}/<OrgId>` } : { variant: 'test' }) });
  }
  const reason = lookalikeReason(host, OFFERS.map(productionHost));
  if (reason) return fail('lookalike-host', { ...params, ...reason });
  return fail('wrong-host', base.production ? params : { ...params, variant: 'test' });
}

function checkPath(raw: string, base: ScimBase, notes: ValidationNote[], example: string): { ok: true; orgId: string } | Failure {
  const expectedPath = `${base.path}/<OrgId>`;
  let path = raw;
  if (path.endsWith('/')) {
    path = path.slice(0, -1);
    notes.push({ code: 'removed-trailing-slash', message: 'Removed the slash at the end.' });
  }
  // Servers decode these and resolve "..", so what Entra calls could differ from what the admin read.
  const wrongPath = (variant?: string) => fail('wrong-path', { expectedPath, path: shorten(path), ...(variant ? { variant } : {}) });
  if (path.includes('%')) return wrongPath('percent');
  if (path.split('/').some((s) => s === '.' || s === '..')) return wrongPath('dot-segments');
  if (path.includes('//') || path.endsWith('/')) return wrongPath('empty-segment');
  if (path === base.path) return fail('missing-org-id', { basePath: base.path, example });
  if (!path.startsWith(`${base.path}/`)) {
    if (path === '') return wrongPath('no-path');
    return wrongPath(path.toLowerCase().startsWith(`${base.path}/`) ? 'case' : undefined);
  }

  const [idText = '', ...extra] = path.slice(base.path.length + 1).split('/');
  const orgId = readOrgId(idText, notes);
  if (!orgId.ok) return fail(orgId.code, { ...orgId.params, within: withinTenantUrl(orgId.params?.within) });
  if (extra.length > 0) {
    const rest = `/${extra.join('/')}`;
    return fail('extra-path-segments', { extra: shorten(rest) });
  }
  return { ok: true, orgId: orgId.orgId };
}

/** An Org ID refused inside the URL says so first, before any context of its own (e.g. base64). */
function withinTenantUrl(inner: string | number | undefined): string {
  return typeof inner === 'string' && inner !== '' ? `tenant-url,${inner}` : 'tenant-url';
}
