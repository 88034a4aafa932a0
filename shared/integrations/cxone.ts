import { CXONE_AREAS, CXONE_FIELDS, OTHER_AREA, cxoneComputed } from './cxone-computed';
import type { Conditions, IntegrationDefinition, ValueRow } from './types';
import { catalogueEntry } from './catalogue';

/**
 * NICE CXone Mpower with any IdP (seed 000, "CXone Mpower 및 IdP를 SCIM과 통합"): an access key
 * pair for a dedicated role and employee, a SCIM bearer token, then the regional base URL and
 * OAuth endpoints typed into the IdP. Text lives in shared/i18n under integrations.cxone.
 */
const t = (key: string) => `integrations.cxone.${key}`;

export { CXONE_FIELDS };

export const CXONE_CHECKLIST = {
  roleOpened: 'cxone.role.opened',
  roleNamed: 'cxone.role.named',
  rolePermissions: 'cxone.role.permissions',
  roleSaved: 'cxone.role.saved',
  employeeEmail: 'cxone.employee.email',
  employeeName: 'cxone.employee.name',
  employeeRole: 'cxone.employee.primaryRole',
  employeeAttributes: 'cxone.employee.attributesCleared',
  employeeAuthenticator: 'cxone.employee.authenticator',
  employeeCreated: 'cxone.employee.created',
  keyActivated: 'cxone.accessKey.activated',
  idpValuesEntered: 'cxone.idp.valuesEntered',
  idpSaved: 'cxone.idp.saved',
  idpTestRun: 'cxone.idp.testRun',
} as const;

export const CXONE_SECRET_FIELDS = {
  accessKeyId: 'cxone.accessKeyId',
  accessKeySecret: 'cxone.accessKeySecret',
  bearerToken: 'cxone.bearerToken',
} as const;

export const CXONE_ACTIONS = {
  openCxone: 'open-cxone',
  checkAccessKey: 'check-access-key',
  checkBearerToken: 'check-bearer-token',
} as const;

const KEY_ID = 'cxone-access-key-id' as const;
const KEY_SECRET = 'cxone-access-key-secret' as const;
const BEARER = 'cxone-bearer-token' as const;

const idpIs = (...idps: string[]): Conditions => [{ fieldId: CXONE_FIELDS.idp, in: idps }];
/** Okta and other IdPs authenticate with OAuth 2 (the access key pair as client credentials); Entra's provisioning takes only a secret token. */
const usesAccessKey = idpIs('okta', 'other');
const usesBearerOnly = idpIs('entra');

/**
 * CXone's sign-in, standard and FedRAMP (the hosts of the seed's OAuth endpoints): the admin opens
 * Admin from the app selector there.
 */
const CXONE_SIGN_IN = { standard: 'https://cxone.niceincontact.com/', fedramp: 'https://cxone-gov.niceincontact.com/' } as const;
const openCxone = {
  id: CXONE_ACTIONS.openCxone,
  kind: 'open-external',
  labelKey: t('actions.openCxone'),
  url: CXONE_SIGN_IN.standard,
  urlByField: { fieldId: CXONE_FIELDS.environment, urls: CXONE_SIGN_IN },
} as const;

const checklist = (ids: string[], step: string) =>
  ids.map((id) => ({ id, kind: 'checkbox' as const, labelKey: t(`steps.${step}.checklist.${id.split('.').pop() ?? id}`), required: true }));
const requireFields = (ids: string[], when?: Conditions) => ids.map((fieldId) => ({ kind: 'field' as const, fieldId, ...(when ? { when } : {}) }));

/** A row of panel `group`: its label is `values.<group>.<id>` (or `summaryPanel.<id>` for the closing summary). */
const row = (group: string, id: string, value: ValueRow['value'], extra: Partial<ValueRow> = {}): ValueRow => ({
  id,
  labelKey: t(`${group === 'summary' ? 'summaryPanel' : `values.${group}`}.${id}`),
  value,
  ...extra,
});

/** Okta's own field names (Provisioning > Integration, SCIM 2.0 app). */
const OKTA_ROWS: ValueRow[] = [
  row('okta', 'baseUrl', { computed: 'scimBaseUrl' }, { copy: true }),
  row('okta', 'uniqueIdentifier', { literal: 'userName' }, { copy: true }),
  row('okta', 'provisioningActions', { textKey: t('values.okta.provisioningActionsValue') }),
  row('okta', 'authMode', { literal: 'OAuth 2' }),
  row('okta', 'tokenEndpoint', { computed: 'oauthTokenUrl' }, { copy: true }),
  row('okta', 'authorizeEndpoint', { computed: 'oauthAuthorizeUrl' }, { copy: true }),
  row('okta', 'clientId', { secret: KEY_ID }, { copy: true }),
  row('okta', 'clientSecret', { secret: KEY_SECRET }, { copy: true }),
  row('okta', 'toApp', { textKey: t('values.okta.toAppValue') }, { noteKey: t('values.okta.toAppNote') }),
];

/** Entra's own field names (Provisioning > Admin Credentials). */
const ENTRA_ROWS: ValueRow[] = [
  row('entra', 'tenantUrl', { computed: 'oauthScimBaseUrl' }, { copy: true }),
  row('entra', 'secretToken', { secret: BEARER }, { copy: true }),
];

/** The seed's generic names. */
const OTHER_ROWS: ValueRow[] = [
  row('other', 'baseUrl', { computed: 'scimBaseUrl' }, { copy: true }),
  row('other', 'bearerBaseUrl', { computed: 'oauthScimBaseUrl' }, { copy: true, when: [{ secretStored: BEARER }] }),
  row('other', 'uniqueIdentifier', { literal: 'userName' }, { copy: true }),
  row('other', 'provisioningActions', { textKey: t('values.other.provisioningActionsValue') }),
  row('other', 'authType', { literal: 'OAuth 2' }),
  row('other', 'tokenEndpoint', { computed: 'oauthTokenUrl' }, { copy: true }),
  row('other', 'authorizeEndpoint', { computed: 'oauthAuthorizeUrl' }, { copy: true }),
  row('other', 'accessKeyId', { secret: KEY_ID }, { copy: true }),
  row('other', 'accessKeySecret', { secret: KEY_SECRET }, { copy: true }),
  row('other', 'bearerToken', { secret: BEARER }, { copy: true, when: [{ secretStored: BEARER }] }),
];

const CHECK_INVALIDATED_BY = [CXONE_FIELDS.region, CXONE_FIELDS.regionCode, CXONE_FIELDS.idp];

export const cxoneIntegration: IntegrationDefinition = {
  ...catalogueEntry('cxone'),
  steps: [
    {
      id: 'before-you-start',
      titleKey: t('steps.before-you-start.title'),
      bodyKeys: [t('steps.before-you-start.intro'), t('steps.before-you-start.needs')],
      notes: [{ key: t('steps.before-you-start.oktaAlternative'), kind: 'info', when: idpIs('okta') }],
      fields: [
        {
          id: CXONE_FIELDS.idp,
          kind: 'choice',
          labelKey: t('fields.idp.label'),
          helpKey: t('fields.idp.help'),
          required: true,
          options: ['okta', 'entra', 'other'].map((value) => ({ value, labelKey: t(`fields.idp.${value}`) })),
        },
        {
          id: CXONE_FIELDS.environment,
          kind: 'choice',
          labelKey: t('fields.environment.label'),
          helpKey: t('fields.environment.help'),
          required: true,
          options: ['standard', 'fedramp'].map((value) => ({ value, labelKey: t(`fields.environment.${value}`) })),
        },
      ],
      actions: [],
      requires: requireFields([CXONE_FIELDS.idp, CXONE_FIELDS.environment]),
    },
    {
      id: 'access-key-role',
      titleKey: t('steps.access-key-role.title'),
      // The CXone link first: every instruction above happens there, the checklist after.
      actionsFirst: true,
      bodyKeys: [1, 2, 3, 4, 5].map((n) => t(`steps.access-key-role.body${n}`)),
      skippableKey: t('steps.access-key-role.skippable'),
      skippableWhen: usesBearerOnly,
      fields: checklist([CXONE_CHECKLIST.roleOpened, CXONE_CHECKLIST.roleNamed, CXONE_CHECKLIST.rolePermissions, CXONE_CHECKLIST.roleSaved], 'access-key-role'),
      actions: [openCxone],
      requires: requireFields([CXONE_CHECKLIST.roleOpened, CXONE_CHECKLIST.roleNamed, CXONE_CHECKLIST.rolePermissions, CXONE_CHECKLIST.roleSaved]),
    },
    {
      id: 'access-key-employee',
      titleKey: t('steps.access-key-employee.title'),
      actionsFirst: true,
      bodyKeys: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => t(`steps.access-key-employee.body${n}`)),
      warningKeys: [t('steps.access-key-employee.billable')],
      skippableKey: t('steps.access-key-employee.skippable'),
      skippableWhen: usesBearerOnly,
      fields: checklist(
        [
          CXONE_CHECKLIST.employeeEmail,
          CXONE_CHECKLIST.employeeName,
          CXONE_CHECKLIST.employeeRole,
          CXONE_CHECKLIST.employeeAttributes,
          CXONE_CHECKLIST.employeeAuthenticator,
          CXONE_CHECKLIST.employeeCreated,
        ],
        'access-key-employee',
      ),
      actions: [openCxone],
      requires: requireFields([
        CXONE_CHECKLIST.employeeEmail,
        CXONE_CHECKLIST.employeeName,
        CXONE_CHECKLIST.employeeRole,
        CXONE_CHECKLIST.employeeAttributes,
        CXONE_CHECKLIST.employeeAuthenticator,
        CXONE_CHECKLIST.employeeCreated,
      ]),
    },
    {
      id: 'access-key',
      titleKey: t('steps.access-key.title'),
      actionsFirst: true,
      bodyKeys: [1, 2, 3, 4, 5, 6, 7].map((n) => t(`steps.access-key.body${n}`)),
      warningKeys: [t('steps.access-key.shownOnce')],
      skippableKey: t('steps.access-key.skippable'),
      skippableWhen: usesBearerOnly,
      fields: [
        {
          id: CXONE_SECRET_FIELDS.accessKeyId,
          kind: 'secret',
          secretId: KEY_ID,
          labelKey: t('fields.accessKeyId.label'),
          helpKey: t('fields.accessKeyId.help'),
          required: false,
          requiredWhen: usesAccessKey,
          optionalKey: t('fields.accessKeyId.optional'),
        },
        {
          id: CXONE_SECRET_FIELDS.accessKeySecret,
          kind: 'secret',
          secretId: KEY_SECRET,
          labelKey: t('fields.accessKeySecret.label'),
          helpKey: t('fields.accessKeySecret.help'),
          required: false,
          requiredWhen: usesAccessKey,
          optionalKey: t('fields.accessKeySecret.optional'),
        },
        {
          id: CXONE_CHECKLIST.keyActivated,
          kind: 'checkbox',
          labelKey: t('fields.keyActivated.label'),
          helpKey: t('fields.keyActivated.help'),
          required: true,
        },
      ],
      actions: [openCxone],
      requires: [
        { kind: 'secret', secretId: KEY_ID, when: usesAccessKey },
        { kind: 'secret', secretId: KEY_SECRET, when: usesAccessKey },
        { kind: 'field', fieldId: CXONE_CHECKLIST.keyActivated },
      ],
    },
    {
      id: 'bearer-token',
      titleKey: t('steps.bearer-token.title'),
      actionsFirst: true,
      bodyKeys: [1, 2, 3, 4, 5].map((n) => t(`steps.bearer-token.body${n}`)),
      warningKeys: [t('steps.bearer-token.shownOnce'), t('steps.bearer-token.userRights')],
      fields: [
        {
          id: CXONE_SECRET_FIELDS.bearerToken,
          kind: 'secret',
          secretId: BEARER,
          labelKey: t('fields.bearerToken.label'),
          helpKey: t('fields.bearerToken.help'),
          required: false,
          requiredWhen: usesBearerOnly,
          optionalKey: t('fields.bearerToken.optional'),
        },
      ],
      actions: [openCxone],
      requires: [{ kind: 'secret', secretId: BEARER, when: usesBearerOnly }],
    },
    {
      id: 'region-check',
      titleKey: t('steps.region-check.title'),
      bodyKeys: [t('steps.region-check.body1'), t('steps.region-check.body2')],
      panelsAfterFields: true,
      fields: [
        {
          id: CXONE_FIELDS.region,
          kind: 'choice',
          labelKey: t('fields.region.label'),
          helpKey: t('fields.region.help'),
          required: true,
          options: [...CXONE_AREAS, OTHER_AREA].map((value) => ({ value, labelKey: t(`fields.region.${value}`) })),
        },
        {
          id: CXONE_FIELDS.regionCode,
          kind: 'text',
          labelKey: t('fields.regionCode.label'),
          helpKey: t('fields.regionCode.help'),
          placeholderKey: t('fields.regionCode.placeholder'),
          validator: 'cxone-region',
          required: true,
          monospace: true,
          when: [{ fieldId: CXONE_FIELDS.region, in: [OTHER_AREA] }],
        },
      ],
      panels: [
        {
          kind: 'values',
          id: 'base-urls',
          titleKey: t('values.baseUrls.title'),
          rows: [
            row('baseUrls', 'scimBaseUrl', { computed: 'scimBaseUrl' }, { copy: true, noteKey: t('values.baseUrls.scimBaseUrlNote') }),
            row('baseUrls', 'oauthScimBaseUrl', { computed: 'oauthScimBaseUrl' }, { copy: true, noteKey: t('values.baseUrls.oauthScimBaseUrlNote') }),
          ],
        },
      ],
      actions: [
        {
          id: CXONE_ACTIONS.checkAccessKey,
          kind: 'test-connection',
          labelKey: t('actions.checkAccessKey'),
          // The access key authenticates the /scim/v2 base; Okta's probe (any two users) as the IdP will send it.
          check: {
            baseUrl: { computed: 'scimBaseUrl' },
            credential: { kind: 'access-key', keyIdSecretId: KEY_ID, keySecretSecretId: KEY_SECRET, tokenUrl: { computed: 'accessKeyTokenUrl' } },
            probe: { byField: CXONE_FIELDS.idp, styles: { entra: 'entra' }, otherwise: 'okta' },
          },
          invalidatedBy: [...CHECK_INVALIDATED_BY, `secret:${KEY_ID}`, `secret:${KEY_SECRET}`],
          when: [{ secretStored: KEY_ID }],
        },
        {
          id: CXONE_ACTIONS.checkBearerToken,
          kind: 'test-connection',
          labelKey: t('actions.checkBearerToken'),
          // A bearer token goes to /oauth/scim/v2 (seed 000); probed the way the chosen IdP will probe it.
          check: {
            baseUrl: { computed: 'oauthScimBaseUrl' },
            credential: { kind: 'bearer', secretId: BEARER },
            probe: { byField: CXONE_FIELDS.idp, styles: { entra: 'entra' }, otherwise: 'okta' },
          },
          invalidatedBy: [...CHECK_INVALIDATED_BY, `secret:${BEARER}`],
          when: [{ secretStored: BEARER }],
        },
      ],
      requires: [
        { kind: 'field', fieldId: CXONE_FIELDS.region },
        { kind: 'field', fieldId: CXONE_FIELDS.regionCode, when: [{ fieldId: CXONE_FIELDS.region, in: [OTHER_AREA] }] },
        { kind: 'action', actionId: CXONE_ACTIONS.checkAccessKey, when: usesAccessKey },
        { kind: 'action', actionId: CXONE_ACTIONS.checkBearerToken, when: usesBearerOnly },
        // "Other" IdPs may use the bearer token too: once one is stored, it must pass as well.
        { kind: 'action', actionId: CXONE_ACTIONS.checkBearerToken, when: [...idpIs('other'), { secretStored: BEARER }] },
      ],
    },
    {
      id: 'idp-settings',
      titleKey: t('steps.idp-settings.title'),
      bodyKeys: [t('steps.idp-settings.body1')],
      warningKeys: [t('steps.idp-settings.userNameEmail'), t('steps.idp-settings.requiredAttributes'), t('steps.idp-settings.agentRole')],
      panels: [
        { kind: 'values', id: 'okta', titleKey: t('values.okta.title'), introKey: t('values.okta.intro'), rows: OKTA_ROWS, when: idpIs('okta') },
        { kind: 'values', id: 'entra', titleKey: t('values.entra.title'), introKey: t('values.entra.intro'), rows: ENTRA_ROWS, when: idpIs('entra') },
        { kind: 'values', id: 'other', titleKey: t('values.other.title'), introKey: t('values.other.intro'), rows: OTHER_ROWS, when: idpIs('other') },
        {
          kind: 'graph',
          tasks: ['app', 'assign', 'provisioning'],
          completes: { provisioning: [CXONE_CHECKLIST.idpValuesEntered, CXONE_CHECKLIST.idpSaved, CXONE_CHECKLIST.idpTestRun] },
          when: idpIs('entra'),
        },
      ],
      fields: checklist([CXONE_CHECKLIST.idpValuesEntered, CXONE_CHECKLIST.idpSaved, CXONE_CHECKLIST.idpTestRun], 'idp-settings'),
      actions: [],
      requires: requireFields([CXONE_CHECKLIST.idpValuesEntered, CXONE_CHECKLIST.idpSaved, CXONE_CHECKLIST.idpTestRun]),
    },
    {
      id: 'done',
      titleKey: t('steps.done.title'),
      bodyKeys: [t('steps.done.body1'), t('steps.done.body2')],
      panels: [
        {
          kind: 'summary',
          rows: [
            row('summary', 'idp', { field: CXONE_FIELDS.idp }),
            row('summary', 'environment', { field: CXONE_FIELDS.environment }),
            // A listed region by its name, another one by its code.
            row('summary', 'region', { field: CXONE_FIELDS.region }, { when: [{ fieldId: CXONE_FIELDS.region, in: CXONE_AREAS }] }),
            row('summary', 'region', { field: CXONE_FIELDS.regionCode }, { when: [{ fieldId: CXONE_FIELDS.region, in: [OTHER_AREA] }] }),
            // Only what the chosen IdP uses: Entra ID has no access key, Okta no bearer token unless one was stored.
            row('summary', 'scimBaseUrl', { computed: 'scimBaseUrl' }, { when: usesAccessKey }),
            row('summary', 'oauthScimBaseUrl', { computed: 'oauthScimBaseUrl' }, { when: [{ secretStored: BEARER }] }),
            row('summary', 'accessKeyId', { secret: KEY_ID }, { when: usesAccessKey }),
            row('summary', 'accessKeySecret', { secret: KEY_SECRET }, { when: usesAccessKey }),
            row('summary', 'bearerToken', { secret: BEARER }, { when: [{ secretStored: BEARER }] }),
            row('summary', 'checkAccessKey', { actionOutcome: CXONE_ACTIONS.checkAccessKey }, { when: usesAccessKey }),
            row('summary', 'checkBearerToken', { actionOutcome: CXONE_ACTIONS.checkBearerToken }, { when: [{ secretStored: BEARER }] }),
            row('summary', 'skipped', { skippedSteps: true }),
          ],
        },
      ],
      fields: [],
      actions: [],
      requires: [],
    },
  ],
  computed: cxoneComputed,
  // CXone with Entra ID as the IdP: a non-gallery app, whose template id Microsoft documents
  // (https://learn.microsoft.com/en-us/graph/api/applicationtemplate-instantiate), with the OAuth SCIM base and the bearer token.
  graph: {
    template: { id: '8adf8e6e-67b2-4cf2-a259-e3dc5476c621' },
    defaultAppName: 'NICE CXone Mpower',
    baseAddress: { computed: 'oauthScimBaseUrl' },
    secretToken: { secretId: BEARER },
    mappingCheck: null,
    when: usesBearerOnly,
  },
};
