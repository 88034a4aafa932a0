import type { IntegrationDefinition } from './types';
import { webexOffer } from './webex-offer';
import { WEBEX_ACTIONS, WEBEX_FIELDS } from './webex-entra-ids';
import { catalogueEntry } from './catalogue';

/**
 * Cisco Webex Control Hub with Entra ID (Azure AD): the vendor procedure of
 * seed 002, step by step. Text lives in shared/i18n under integrations.webex-entra.
 */
const t = (key: string) => `integrations.webex-entra.${key}`;

export { WEBEX_ACTIONS, WEBEX_FIELDS };

const TOKEN = 'webex-bearer-token' as const;
const ORG_ID_IN_TENANT_URL = /\/([0-9a-f-]{36})$/;

/**
 * Where the links go. Entra: the Enterprise applications list of the Azure portal (the seed's path,
 * "Azure Active Directory > 기업 응용프로그램 > 모든 응용프로그램"); the app's own Users and groups and
 * Provisioning pages need the app's object id in the address, which the wizard does not know, so
 * the steps name them instead. Control Hub per offer: admin.webex.com, and admin-usgov.webex.com for
 * Webex for Government (help.webex.com article wmhul0).
 */
const ENTRA_ENTERPRISE_APPS = 'https://portal.azure.com/#view/Microsoft_AAD_IAM/StartboardApplicationsMenuBlade/~/AppAppsPreview';
const CONTROL_HUB = { commercial: 'https://admin.webex.com/', government: 'https://admin-usgov.webex.com/' } as const;
const openEnterpriseApps = { id: WEBEX_ACTIONS.openPortal, kind: 'open-external', labelKey: t('actions.openPortal'), url: ENTRA_ENTERPRISE_APPS } as const;

export const webexEntraIntegration: IntegrationDefinition = {
  ...catalogueEntry('webex-entra'),
  steps: [
    {
      id: 'before-you-start',
      titleKey: t('steps.before-you-start.title'),
      bodyKeys: [t('steps.before-you-start.intro'), t('steps.before-you-start.wizardApp')],
      warningKeys: [t('steps.before-you-start.verifiedDomains')],
      panels: [
        {
          kind: 'facts',
          id: 'sync-facts',
          titleKey: t('syncFacts.title'),
          itemKeys: [t('syncFacts.nulls'), t('syncFacts.groups'), t('syncFacts.notSynced')],
        },
      ],
      fields: [
        {
          id: WEBEX_FIELDS.offer,
          kind: 'choice',
          labelKey: t('fields.offer.label'),
          helpKey: t('fields.offer.help'),
          required: true,
          options: [
            { value: 'commercial', labelKey: t('fields.offer.commercial') },
            { value: 'government', labelKey: t('fields.offer.government') },
          ],
        },
      ],
      actions: [],
      requires: [{ kind: 'field', fieldId: WEBEX_FIELDS.offer }],
    },
    {
      id: 'add-gallery-app',
      titleKey: t('steps.add-gallery-app.title'),
      bodyKeys: [1, 2, 3, 4, 5, 6].map((n) => t(`steps.add-gallery-app.body${n}`)),
      skippableKey: t('steps.add-gallery-app.skippable'),
      fields: [
        { id: WEBEX_FIELDS.galleryAdded, kind: 'checkbox', labelKey: t('fields.galleryAdded.label'), required: true },
        {
          id: WEBEX_FIELDS.hiddenFromUsers,
          kind: 'checkbox',
          labelKey: t('fields.hiddenFromUsers.label'),
          helpKey: t('fields.hiddenFromUsers.help'),
          required: false,
        },
      ],
      panels: [
        {
          kind: 'graph',
          tasks: ['app'],
          completes: { app: [WEBEX_FIELDS.galleryAdded], hidden: [WEBEX_FIELDS.hiddenFromUsers] },
        },
      ],
      actions: [openEnterpriseApps],
      requires: [{ kind: 'field', fieldId: WEBEX_FIELDS.galleryAdded }],
    },
    {
      id: 'assign-users',
      titleKey: t('steps.assign-users.title'),
      bodyKeys: [1, 2, 3, 4].map((n) => t(`steps.assign-users.body${n}`)),
      warningKeys: [t('steps.assign-users.groupsNote'), t('steps.assign-users.testUserFirst')],
      fields: [{ id: WEBEX_FIELDS.testUserAssigned, kind: 'checkbox', labelKey: t('fields.testUserAssigned.label'), required: true }],
      panels: [{ kind: 'graph', tasks: ['assign'], completes: { assigned: [WEBEX_FIELDS.testUserAssigned] } }],
      actions: [openEnterpriseApps],
      requires: [{ kind: 'field', fieldId: WEBEX_FIELDS.testUserAssigned }],
    },
    {
      id: 'org-id',
      titleKey: t('steps.org-id.title'),
      bodyKeys: [t('steps.org-id.body1'), t('steps.org-id.body2')],
      panels: [{ kind: 'tenant-url-preview' }],
      fields: [
        {
          id: WEBEX_FIELDS.tenantUrl,
          kind: 'text',
          labelKey: t('fields.tenantUrl.label'),
          helpKey: t('fields.tenantUrl.help'),
          placeholderKey: t('fields.tenantUrl.placeholder'),
          validator: 'webex-org-input',
          required: true,
          monospace: true,
        },
      ],
      actions: [
        {
          id: WEBEX_ACTIONS.openControlHub,
          kind: 'open-external',
          labelKey: t('actions.openControlHub'),
          url: CONTROL_HUB.commercial,
          urlByField: { fieldId: WEBEX_FIELDS.offer, urls: CONTROL_HUB },
        },
      ],
      requires: [{ kind: 'field', fieldId: WEBEX_FIELDS.tenantUrl }],
    },
    {
      id: 'bearer-token',
      titleKey: t('steps.bearer-token.title'),
      bodyKeys: [t('steps.bearer-token.body1'), t('steps.bearer-token.body2'), t('steps.bearer-token.body3')],
      warningKeys: [t('steps.bearer-token.fullAdmin')],
      panels: [{ kind: 'token-status', secretId: TOKEN }],
      fields: [],
      actions: [{ id: WEBEX_ACTIONS.captureToken, kind: 'capture-token', labelKey: t('actions.captureToken'), secretId: TOKEN }],
      requires: [{ kind: 'secret', secretId: TOKEN }],
    },
    {
      id: 'test-connection',
      titleKey: t('steps.test-connection.title'),
      bodyKeys: [t('steps.test-connection.body1')],
      fields: [],
      actions: [
        {
          id: WEBEX_ACTIONS.testConnection,
          kind: 'test-connection',
          labelKey: t('actions.testConnection'),
          // Seed 002 step 7: Entra's own Test Connection, so the same request.
          check: { baseUrl: { field: WEBEX_FIELDS.tenantUrl }, credential: { kind: 'bearer', secretId: TOKEN }, probe: 'entra' },
          invalidatedBy: [WEBEX_FIELDS.tenantUrl, WEBEX_FIELDS.offer, `secret:${TOKEN}`],
        },
      ],
      requires: [{ kind: 'action', actionId: WEBEX_ACTIONS.testConnection }],
    },
    {
      id: 'hand-over',
      titleKey: t('steps.hand-over.title'),
      bodyKeys: [t('steps.hand-over.body1'), t('steps.hand-over.body2')],
      actionsFirst: true,
      panels: [
        {
          kind: 'graph',
          tasks: ['provisioning'],
          completes: {
            provisioning: [WEBEX_FIELDS.entraMode, WEBEX_FIELDS.entraPasted, WEBEX_FIELDS.entraTested, WEBEX_FIELDS.entraSaved],
            notified: [WEBEX_FIELDS.entraEmail],
          },
        },
      ],
      fields: [
        { id: WEBEX_FIELDS.entraMode, kind: 'checkbox', labelKey: t('fields.entraMode.label'), required: true },
        { id: WEBEX_FIELDS.entraPasted, kind: 'checkbox', labelKey: t('fields.entraPasted.label'), required: true },
        { id: WEBEX_FIELDS.entraTested, kind: 'checkbox', labelKey: t('fields.entraTested.label'), required: true },
        { id: WEBEX_FIELDS.entraEmail, kind: 'checkbox', labelKey: t('fields.entraEmail.label'), required: true },
        { id: WEBEX_FIELDS.entraSaved, kind: 'checkbox', labelKey: t('fields.entraSaved.label'), required: true },
      ],
      actions: [
        { id: WEBEX_ACTIONS.copyTenantUrl, kind: 'copy-field', labelKey: t('actions.copyTenantUrl'), fieldId: WEBEX_FIELDS.tenantUrl },
        { id: WEBEX_ACTIONS.copyToken, kind: 'copy-secret', labelKey: t('actions.copyToken'), secretId: TOKEN },
        openEnterpriseApps,
      ],
      requires: [WEBEX_FIELDS.entraMode, WEBEX_FIELDS.entraPasted, WEBEX_FIELDS.entraTested, WEBEX_FIELDS.entraEmail, WEBEX_FIELDS.entraSaved].map(
        (fieldId) => ({
          kind: 'field' as const,
          fieldId,
        }),
      ),
    },
    {
      id: 'attribute-mapping',
      titleKey: t('steps.attribute-mapping.title'),
      bodyKeys: [1, 2, 3, 4].map((n) => t(`steps.attribute-mapping.body${n}`)),
      warningKeys: [t('steps.attribute-mapping.userNameWarning'), t('steps.attribute-mapping.notSynced')],
      panels: [{ kind: 'graph', tasks: ['schema'] }, { kind: 'mapping-table' }],
      fields: [{ id: WEBEX_FIELDS.mappingReviewed, kind: 'checkbox', labelKey: t('fields.mappingReviewed.label'), required: true }],
      actions: [{ id: WEBEX_ACTIONS.loadSchema, kind: 'load-entra-schema', labelKey: t('actions.loadSchema') }],
      requires: [{ kind: 'field', fieldId: WEBEX_FIELDS.mappingReviewed }],
    },
    {
      id: 'done',
      titleKey: t('steps.done.title'),
      bodyKeys: [t('steps.done.body1')],
      panels: [
        {
          kind: 'summary',
          rows: [
            { id: 'offer', labelKey: t('summaryPanel.offer'), value: { field: WEBEX_FIELDS.offer } },
            { id: 'tenant-url', labelKey: t('summaryPanel.tenantUrl'), value: { field: WEBEX_FIELDS.tenantUrl } },
            { id: 'token', labelKey: t('summaryPanel.token'), value: { secret: TOKEN } },
            { id: 'test', labelKey: t('summaryPanel.test'), value: { actionOutcome: WEBEX_ACTIONS.testConnection } },
            { id: 'skipped', labelKey: t('summaryPanel.skipped'), value: { skippedSteps: true } },
          ],
        },
        { kind: 'token-status', secretId: TOKEN },
      ],
      fields: [],
      actions: [{ id: WEBEX_ACTIONS.captureToken, kind: 'capture-token', labelKey: t('actions.renewToken'), secretId: TOKEN }],
      requires: [],
    },
  ],
  deriveFields(fields, endpoints): Record<string, string> {
    // The tenant URL follows the offer: switching to Government rewrites the host, keeping the Org ID.
    const tenantUrl = fields[WEBEX_FIELDS.tenantUrl];
    const orgId = tenantUrl ? ORG_ID_IN_TENANT_URL.exec(tenantUrl)?.[1] : undefined;
    if (!tenantUrl || !orgId) return {};
    const base = endpoints[`scimBaseUrl.${webexOffer(fields)}`];
    if (base === undefined) return {};
    const expected = `${base}/${orgId}`;
    const changes: Record<string, string> = {};
    if (expected !== tenantUrl) changes[WEBEX_FIELDS.tenantUrl] = expected;
    return changes;
  },
  // The Entra ID side through Microsoft Graph: the "Cisco Webex" gallery app, credentials as in the
  // Entra tutorial for Cisco Webex (Tenant URL = the SCIM base with the Org ID, Secret Token = the bearer token).
  // Whose a captured token is: the People API, and the Org ID it must match (shared/token-identity).
  tokenIdentity: [{ secretId: TOKEN, kind: 'webex-people', orgAnswerFieldId: WEBEX_FIELDS.tenantUrl }],
  graph: {
    template: { displayName: 'Cisco Webex' },
    defaultAppName: 'Cisco Webex',
    baseAddress: { field: WEBEX_FIELDS.tenantUrl },
    secretToken: { secretId: TOKEN },
    mappingCheck: 'webex-recommended',
  },
};
