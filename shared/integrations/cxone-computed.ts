import { CXONE_OAUTH_SCIM_PATH, CXONE_SCIM_PATH, withArea } from '../endpoints/cxone-endpoints';
import { ownValue } from '../own-property';
import type { EndpointFacts } from './types';

/** The CXone answers the computed values read. */
export const CXONE_FIELDS = {
  idp: 'cxone.idp',
  environment: 'cxone.environment',
  region: 'cxone.region',
  regionCode: 'cxone.regionCode',
} as const;

/** The documented area codes (seed 000 names NA1; NICE's regional lists add AU1 and EU1). */
export const CXONE_AREAS = ['na1', 'au1', 'eu1'] as const;
export const OTHER_AREA = 'other';

/** The chosen area code: a listed one, or the code typed under "another code"; undefined until known. */
export function cxoneArea(fields: Readonly<Record<string, string>>): string | undefined {
  const region = ownValue(fields, CXONE_FIELDS.region);
  if (!region) return undefined;
  if (region !== OTHER_AREA) return region;
  const code = ownValue(fields, CXONE_FIELDS.regionCode);
  return code ? code : undefined;
}

/**
 * The URLs of the chosen area and environment, as the IdP gets them: SCIM base (access key / OAuth 2),
 * SCIM base for a bearer token, the access-key token endpoint, and the OAuth endpoints.
 */
export function cxoneComputed(fields: Readonly<Record<string, string>>, endpoints: EndpointFacts): Record<string, string> {
  const values: Record<string, string> = {};
  const environment = ownValue(fields, CXONE_FIELDS.environment) === 'fedramp' ? 'fedramp' : 'standard';
  const tokenUrl = ownValue(endpoints, `oauthTokenUrl.${environment}`);
  const authorizeUrl = ownValue(endpoints, `oauthAuthorizeUrl.${environment}`);
  if (tokenUrl) values.oauthTokenUrl = tokenUrl;
  if (authorizeUrl) values.oauthAuthorizeUrl = authorizeUrl;
  const area = cxoneArea(fields);
  const api = ownValue(endpoints, 'apiBaseUrl');
  const accessKeyTokenUrl = ownValue(endpoints, 'accessKeyTokenUrl');
  if (area && api) {
    values.area = area;
    values.scimBaseUrl = withArea(api, area) + CXONE_SCIM_PATH;
    values.oauthScimBaseUrl = withArea(api, area) + CXONE_OAUTH_SCIM_PATH;
  }
  if (area && accessKeyTokenUrl) values.accessKeyTokenUrl = withArea(accessKeyTokenUrl, area);
  return values;
}
