/**
 * The Webex vendor table of Entra ID -> Webex SCIM attribute mappings, as
 * data. `default` rows are what Entra's Cisco Webex gallery app ships and the
 * vendor requires; `optional` rows are ones the vendor suggests adding.
 *
 * `source` is written as Entra's mapping editor shows it: an attribute name
 * for a direct mapping, or the full expression. The vendor document prints
 * the `active` expression garbled (`[IsSoftd]`); the value here is the real
 * one Entra uses for SCIM apps.
 */

export type MappingKind = 'default' | 'optional';

export interface RecommendedMapping {
  /** Entra ID attribute name, or an expression. */
  source: string;
  /** Webex (SCIM) target attribute, as named in Entra's target list. */
  target: string;
  kind: MappingKind;
}

export const ACTIVE_FROM_SOFT_DELETE = 'Switch([IsSoftDeleted], , "False", "True", "True", "False")';

export const WEBEX_RECOMMENDED_MAPPINGS: readonly RecommendedMapping[] = [
  { source: 'userPrincipalName', target: 'userName', kind: 'default' },
  { source: ACTIVE_FROM_SOFT_DELETE, target: 'active', kind: 'default' },
  { source: 'displayName', target: 'displayName', kind: 'default' },
  { source: 'surname', target: 'name.familyName', kind: 'default' },
  { source: 'givenName', target: 'name.givenName', kind: 'default' },
  { source: 'objectId', target: 'externalId', kind: 'default' },

  { source: 'jobTitle', target: 'title', kind: 'optional' },
  { source: 'usageLocation', target: 'addresses[type eq "work"].country', kind: 'optional' },
  { source: 'city', target: 'addresses[type eq "work"].locality', kind: 'optional' },
  { source: 'streetAddress', target: 'addresses[type eq "work"].streetAddress', kind: 'optional' },
  { source: 'state', target: 'addresses[type eq "work"].region', kind: 'optional' },
  { source: 'postalCode', target: 'addresses[type eq "work"].postalCode', kind: 'optional' },
  { source: 'telephoneNumber', target: 'phoneNumbers[type eq "work"].value', kind: 'optional' },
  { source: 'mobile', target: 'phoneNumbers[type eq "mobile"].value', kind: 'optional' },
  { source: 'facsimileTelephoneNumber', target: 'phoneNumbers[type eq "fax"].value', kind: 'optional' },
];
