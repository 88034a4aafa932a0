import { WEBEX_OFFER_FIELD } from './webex-offer';

/**
 * The ids of the Webex integration's fields and actions, apart from its steps (webex-entra.ts): what a panel or
 * the report names does not load the whole definition with it.
 */
export const WEBEX_FIELDS = {
  offer: WEBEX_OFFER_FIELD,
  galleryAdded: 'webex.galleryAdded',
  hiddenFromUsers: 'webex.hiddenFromUsers',
  testUserAssigned: 'webex.testUserAssigned',
  tenantUrl: 'webex.tenantUrl',
  entraMode: 'webex.entra.modeAutomatic',
  entraPasted: 'webex.entra.pasted',
  entraTested: 'webex.entra.tested',
  entraEmail: 'webex.entra.notificationEmail',
  entraSaved: 'webex.entra.saved',
  mappingReviewed: 'webex.mappingReviewed',
} as const;

export const WEBEX_ACTIONS = {
  openPortal: 'open-azure-portal',
  openControlHub: 'open-control-hub',
  captureToken: 'capture-token',
  testConnection: 'test-connection',
  copyTenantUrl: 'copy-tenant-url',
  copyToken: 'copy-token',
  loadSchema: 'load-entra-schema',
} as const;
