import type { EndpointsFile } from './endpoints-file-schema';

/**
 * Where the CXone flow talks to and what it tells the IdP (seed 000, "SCIM 설정"):
 * - base URL per area: `https://<area>.nice-incontact.com/scim/v2`, and with a bearer token
 *   `https://<area>.nice-incontact.com/oauth/scim/v2` ("/oauth 앞에 /scim도 포함");
 * - the access-key token endpoint of the area, `POST https://<area>.nice-incontact.com/authentication/v1/token/access-key`
 *   with `{"accessKeyId","accessKeySecret"}` (NICE CXone developer portal, "Access Key" authentication);
 * - the OAuth endpoints the IdP is given, standard and FedRAMP (cxone-gov).
 * The seed gives base URLs on nice-incontact.com only, so FedRAMP changes only the OAuth endpoints.
 * An endpoints file's `cxone` block may replace any of them; `{area}` stands for the region code.
 */
export const CXONE_ENVIRONMENTS = ['standard', 'fedramp'] as const;
export type CxoneEnvironment = (typeof CXONE_ENVIRONMENTS)[number];

export const AREA_PLACEHOLDER = '{area}';

export interface CxoneEndpoints {
  /** `https://{area}.nice-incontact.com`: the SCIM bases are this plus /scim/v2 and /oauth/scim/v2. */
  apiBaseUrl: string;
  accessKeyTokenUrl: string;
  oauthTokenUrl: Record<CxoneEnvironment, string>;
  oauthAuthorizeUrl: Record<CxoneEnvironment, string>;
}

export const PRODUCTION_CXONE_ENDPOINTS: CxoneEndpoints = {
  apiBaseUrl: 'https://{area}.nice-incontact.com',
  accessKeyTokenUrl: 'https://{area}.nice-incontact.com/authentication/v1/token/access-key',
  oauthTokenUrl: { standard: 'https://cxone.niceincontact.com/auth/token', fedramp: 'https://cxone-gov.niceincontact.com/auth/token' },
  oauthAuthorizeUrl: {
    standard: 'https://cxone.niceincontact.com/auth/authorize?scope=openid',
    fedramp: 'https://cxone-gov.niceincontact.com/auth/authorize?scope=openid',
  },
};

export const CXONE_SCIM_PATH = '/scim/v2';
export const CXONE_OAUTH_SCIM_PATH = '/oauth/scim/v2';

/** The endpoints in force: production, with the file's overrides on top. */
export function resolveCxoneEndpoints(file: EndpointsFile | null): CxoneEndpoints {
  const base = PRODUCTION_CXONE_ENDPOINTS;
  const o = file?.cxone;
  if (!o) return base;
  const apiBaseUrl = o.apiBaseUrl ?? base.apiBaseUrl;
  return {
    apiBaseUrl,
    // Overriding the API base moves the token endpoint with it, unless the file names one.
    accessKeyTokenUrl: o.accessKeyTokenUrl ?? (o.apiBaseUrl ? `${apiBaseUrl}/authentication/v1/token/access-key` : base.accessKeyTokenUrl),
    oauthTokenUrl: o.oauthTokenUrl ? { standard: o.oauthTokenUrl, fedramp: o.oauthTokenUrl } : base.oauthTokenUrl,
    oauthAuthorizeUrl: o.oauthAuthorizeUrl ? { standard: o.oauthAuthorizeUrl, fedramp: o.oauthAuthorizeUrl } : base.oauthAuthorizeUrl,
  };
}

/** As flat facts for the app info and the pure integration data. */
export function cxoneEndpointFacts(endpoints: CxoneEndpoints): Record<string, string> {
  return {
    apiBaseUrl: endpoints.apiBaseUrl,
    accessKeyTokenUrl: endpoints.accessKeyTokenUrl,
    'oauthTokenUrl.standard': endpoints.oauthTokenUrl.standard,
    'oauthTokenUrl.fedramp': endpoints.oauthTokenUrl.fedramp,
    'oauthAuthorizeUrl.standard': endpoints.oauthAuthorizeUrl.standard,
    'oauthAuthorizeUrl.fedramp': endpoints.oauthAuthorizeUrl.fedramp,
  };
}

export function withArea(template: string, area: string): string {
  return template.split(AREA_PLACEHOLDER).join(area);
}
