import type { WebexOffer } from '../endpoints/webex-endpoints';
import { PRODUCTION_WEBEX_ENDPOINTS } from '../endpoints/webex-endpoints';
import { splitRawUrl } from './url-parts';

/**
 * The prefix every tenant URL of an offer must start with: the production
 * SCIM base, or the endpoints file's (tests). Plain http is allowed only when
 * that base is itself http on a loopback host, i.e. a local test server.
 */
export interface ScimBase {
  /** `${scheme}://${host}[:port]${path}`, no trailing slash. */
  canonical: string;
  scheme: string;
  host: string;
  port: string | null;
  /** "" or "/v1/scim"-like, no trailing slash. */
  path: string;
  /** Whether this is the production base of the offer (test endpoints otherwise). */
  production: boolean;
}

export interface ScimBaseOptions {
  offer: WebexOffer;
  scimBaseUrl?: string;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Null when the base is not a URL, or is neither https nor http on a loopback host. */
export function resolveScimBase(options: ScimBaseOptions): ScimBase | null {
  const productionBase = PRODUCTION_WEBEX_ENDPOINTS[options.offer].scimBaseUrl;
  const text = (options.scimBaseUrl ?? productionBase).replace(/\/$/, '');
  const split = splitRawUrl(text);
  if (!split.ok) return null;
  const { url } = split;
  if (url.userinfo !== null || url.query !== null || url.fragment !== null || url.host === '') return null;
  const scheme = url.scheme.toLowerCase();
  const host = url.host.toLowerCase();
  // Only a local test server may go without TLS: a token must never cross the network in clear text.
  if (scheme !== 'https' && !(scheme === 'http' && LOOPBACK_HOSTS.has(host))) return null;
  const canonical = `${scheme}://${host}${url.port === null ? '' : `:${url.port}`}${url.path}`;
  return {
    canonical,
    scheme,
    host,
    port: url.port,
    path: url.path,
    production: canonical === productionBase,
  };
}

/** The production API host of each offer (api.ciscospark.com, api-usgov.webex.com). */
export function productionHost(offer: WebexOffer): string {
  const split = splitRawUrl(PRODUCTION_WEBEX_ENDPOINTS[offer].scimBaseUrl);
  return split.ok ? split.url.host : '';
}
