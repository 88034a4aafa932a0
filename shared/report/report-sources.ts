import { CXONE_FIELDS, OTHER_AREA } from '../integrations/cxone-computed';
import { WEBEX_FIELDS } from '../integrations/webex-entra-ids';
import type { ValueSource } from '../integrations/types';

/** An answer the report names (IdP, environment, region, offer): a choice field, and for "another code" the field that holds it. */
export interface FactSource {
  id: 'offer' | 'idp' | 'environment' | 'region';
  field: string;
  /** When the choice is `otherValue`, the report shows this field's text instead (CXone's typed area code). */
  other?: { otherValue: string; field: string };
}

/** A URL the report lists: the same source the values panels read (a saved field or a computed value). */
export interface UrlSource {
  id: 'tenantUrl' | 'scimBaseUrl' | 'oauthScimBaseUrl' | 'accessKeyTokenUrl' | 'oauthTokenUrl' | 'oauthAuthorizeUrl';
  source: ValueSource;
}

interface ReportSources {
  facts: readonly FactSource[];
  urls: readonly UrlSource[];
}

/**
 * What the report reads per integration. Webex: the offer and the validated tenant URL (seed 002).
 * CXone: IdP, environment and region, and the URLs the IdP is given: both SCIM base URLs, the
 * access-key token endpoint and the OAuth endpoints (shared/integrations/cxone-computed.ts).
 */
export const REPORT_SOURCES: Readonly<Record<string, ReportSources>> = {
  'webex-entra': {
    facts: [{ id: 'offer', field: WEBEX_FIELDS.offer }],
    urls: [{ id: 'tenantUrl', source: { field: WEBEX_FIELDS.tenantUrl } }],
  },
  cxone: {
    facts: [
      { id: 'idp', field: CXONE_FIELDS.idp },
      { id: 'environment', field: CXONE_FIELDS.environment },
      { id: 'region', field: CXONE_FIELDS.region, other: { otherValue: OTHER_AREA, field: CXONE_FIELDS.regionCode } },
    ],
    urls: [
      { id: 'scimBaseUrl', source: { computed: 'scimBaseUrl' } },
      { id: 'oauthScimBaseUrl', source: { computed: 'oauthScimBaseUrl' } },
      { id: 'accessKeyTokenUrl', source: { computed: 'accessKeyTokenUrl' } },
      { id: 'oauthTokenUrl', source: { computed: 'oauthTokenUrl' } },
      { id: 'oauthAuthorizeUrl', source: { computed: 'oauthAuthorizeUrl' } },
    ],
  },
};
