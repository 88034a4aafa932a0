import type { EndpointsFile } from './endpoints-file-schema';

/**
 * Where the Webex flow talks to. Production values come from the vendor
 * procedure (seed 002); an endpoints file (--endpoints FILE or
 * SCIM_WIZARD_ENDPOINTS) may replace any of them for tests, and the UI then
 * shows a "test endpoints" banner. The file's schema is in
 * endpoints-file-schema.ts, apart, so the UI bundle carries no zod.
 */
export const WEBEX_OFFERS = ['commercial', 'government'] as const;
export type WebexOffer = (typeof WEBEX_OFFERS)[number];

export const LOOPBACK_REDIRECT_PATH = '/auth/code';
/** Placeholder in `extraParams` values replaced by a fresh random string per sign-in (e.g. an OIDC nonce). */
const RANDOM_PLACEHOLDER = '{random}';

export interface WebexEndpoints {
  authorizeUrl: string;
  clientId: string;
  scopes: string[];
  responseType: string;
  extraParams: Record<string, string>;
  loopbackPort: number;
  /** Tenant URLs are `${scimBaseUrl}/${orgId}`. */
  scimBaseUrl: string;
}

const SEED_CLIENT_ID = 'C4ca14fe00b0e51efb414ebd45aa88c1858c3bfb949b2405dba10b0ca4bc37402';
const SEED_SCOPES = ['spark:people_read', 'spark:people_write', 'Identity:SCIM'];

export const PRODUCTION_WEBEX_ENDPOINTS: Record<WebexOffer, WebexEndpoints> = {
  commercial: {
    authorizeUrl: 'https://idbroker.webex.com/idb/oauth2/v1/authorize',
    clientId: SEED_CLIENT_ID,
    scopes: SEED_SCOPES,
    responseType: 'token',
    extraParams: {},
    loopbackPort: 3000,
    scimBaseUrl: 'https://api.ciscospark.com/v1/scim',
  },
  government: {
    authorizeUrl: 'https://idbroker-f.webex.com/idb/oauth2/v1/authorize',
    clientId: SEED_CLIENT_ID,
    scopes: SEED_SCOPES,
    responseType: 'token',
    extraParams: {},
    loopbackPort: 3000,
    scimBaseUrl: 'https://api-usgov.webex.com/v1/scim',
  },
};

/**
 * The People API per offer, where `GET <base>/people/me` answers whose token was captured.
 * Commercial: https://webexapis.com/v1 (developer.webex.com/docs/api/v1/people/get-my-own-details).
 * Government: https://api-usgov.webex.com/v1, the API host of Webex for Government
 * (developer.webex.com/docs/api/guides/create-a-fedramp-integration: `POST https://api-usgov.webex.com/v1/applications`).
 */
export const PRODUCTION_WEBEX_PEOPLE_API: Record<WebexOffer, string> = {
  commercial: 'https://webexapis.com/v1',
  government: 'https://api-usgov.webex.com/v1',
};

/**
 * The People API base in force, or null when there is none for this token: an endpoints file
 * that replaces the Webex sign-in (`authorizeUrl`) without naming `peopleApiBaseUrl` issues
 * tokens of a test provider, which must never be sent to Webex.
 */
export function resolveWebexPeopleApiBase(offer: WebexOffer, file: EndpointsFile | null): string | null {
  const o = file?.webex;
  if (o?.peopleApiBaseUrl !== undefined) return o.peopleApiBaseUrl;
  if (o?.authorizeUrl !== undefined) return null;
  return PRODUCTION_WEBEX_PEOPLE_API[offer];
}

/** The endpoints in force for one offer: production, with the file's overrides on top. */
export function resolveWebexEndpoints(offer: WebexOffer, file: EndpointsFile | null): WebexEndpoints {
  const base = PRODUCTION_WEBEX_ENDPOINTS[offer];
  const o = file?.webex;
  if (!o) return base;
  return {
    authorizeUrl: o.authorizeUrl ?? base.authorizeUrl,
    clientId: o.clientId ?? base.clientId,
    scopes: o.scopes ?? base.scopes,
    responseType: o.responseType ?? base.responseType,
    extraParams: o.extraParams ?? base.extraParams,
    loopbackPort: o.loopbackPort ?? base.loopbackPort,
    scimBaseUrl: o.scimBaseUrl ?? base.scimBaseUrl,
  };
}

export function loopbackRedirectUri(port: number): string {
  return `http://localhost:${port}${LOOPBACK_REDIRECT_PATH}`;
}

/** Builds the idbroker (or test provider) authorize URL, with a fresh state and random placeholders filled. */
export function buildAuthorizeUrl(endpoints: WebexEndpoints, state: string, random: () => string): string {
  const url = new URL(endpoints.authorizeUrl);
  url.searchParams.set('response_type', endpoints.responseType);
  url.searchParams.set('client_id', endpoints.clientId);
  url.searchParams.set('redirect_uri', loopbackRedirectUri(endpoints.loopbackPort));
  url.searchParams.set('scope', endpoints.scopes.join(' '));
  url.searchParams.set('state', state);
  for (const [key, value] of Object.entries(endpoints.extraParams)) {
    url.searchParams.set(key, value === RANDOM_PLACEHOLDER ? random() : value);
  }
  // Spaces as %20, like the vendor's own URL (URLSearchParams would write '+'; a literal '+' is already %2B).
  url.search = url.searchParams.toString().replace(/\+/g, '%20');
  return url.toString();
}
