import { randomUUID } from 'node:crypto';
import type { ConnectorKind } from './sync-schemas';

/**
 * The application gallery this peer serves (applicationTemplate, https://learn.microsoft.com/en-us/graph/api/resources/applicationtemplate).
 *
 * - The non-gallery template's id is documented: "You can use this API to instantiate non-gallery apps. Use the
 *   following ID for applicationTemplate: 8adf8e6e-67b2-4cf2-a259-e3dc5476c621"
 *   (https://learn.microsoft.com/en-us/graph/api/applicationtemplate-instantiate). Its display name, "Custom",
 *   is not on that page; clients should address it by id.
 * - Cisco Webex's template id is published on no Microsoft page we could find. It is made up afresh for every
 *   server start, so a client can only get it the documented way: GET /applicationTemplates?$filter=displayName eq 'Cisco Webex'.
 * - "Cisco Webex Meetings" (single sign-on only) stands beside it so a contains() search finds two and eq one.
 */
export const NON_GALLERY_TEMPLATE_ID = '8adf8e6e-67b2-4cf2-a259-e3dc5476c621';

export interface ApplicationTemplate {
  id: string;
  displayName: string;
  homePageUrl: string | null;
  supportedSingleSignOnModes: string[];
  supportedProvisioningTypes: string[];
  logoUrl: string | null;
  categories: string[];
  publisher: string;
  description: string | null;
}

export interface CatalogEntry {
  template: ApplicationTemplate;
  /** Which provisioning connector its instances get; null = no provisioning (no synchronization template). */
  connector: ConnectorKind | null;
  /** The synchronization template id its instances list (GET .../synchronization/templates). */
  synchronizationTemplateId: string | null;
}

export function defaultCatalog(): CatalogEntry[] {
  return [
    {
      template: {
        id: randomUUID(),
        displayName: 'Cisco Webex',
        homePageUrl: 'https://www.webex.com/',
        supportedSingleSignOnModes: ['saml', 'external'],
        supportedProvisioningTypes: ['sync'],
        logoUrl: null,
        categories: ['collaboration', 'productivity'],
        publisher: 'Cisco Systems, Inc.',
        description: null,
      },
      connector: 'webex',
      // Not documented publicly; clients read it from the instance's template list.
      synchronizationTemplateId: 'ciscoWebex',
    },
    {
      template: {
        id: randomUUID(),
        displayName: 'Cisco Webex Meetings',
        homePageUrl: 'https://www.webex.com/',
        supportedSingleSignOnModes: ['saml', 'external'],
        supportedProvisioningTypes: [],
        logoUrl: null,
        categories: ['collaboration'],
        publisher: 'Cisco Systems, Inc.',
        description: null,
      },
      connector: null,
      synchronizationTemplateId: null,
    },
    {
      template: {
        id: NON_GALLERY_TEMPLATE_ID,
        displayName: 'Custom',
        homePageUrl: null,
        supportedSingleSignOnModes: ['password', 'saml', 'external'],
        supportedProvisioningTypes: ['sync'],
        logoUrl: null,
        categories: [],
        publisher: 'Microsoft Corporation',
        description: null,
      },
      connector: 'custom-scim',
      // The non-gallery SCIM connector's template ("scim"), as Entra lists it for a non-gallery app.
      synchronizationTemplateId: 'scim',
    },
    {
      // The example entry of https://learn.microsoft.com/en-us/graph/api/applicationtemplate-list.
      template: {
        id: '00000007-0000-0000-c000-000000000000',
        displayName: 'Dynamics CRM Online',
        homePageUrl: 'http://www.microsoft.com/dynamics/crm',
        supportedSingleSignOnModes: ['oidc', 'external'],
        supportedProvisioningTypes: [],
        logoUrl: null,
        categories: ['crm', 'productivity', 'collaboration', 'businessMgmt'],
        publisher: 'Microsoft Corporation',
        description: null,
      },
      connector: null,
      synchronizationTemplateId: null,
    },
  ];
}
