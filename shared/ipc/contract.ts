import { z } from 'zod';
import { MAX_SCHEMA_JSON_CHARS } from '../mapping/limits';
import { localeSchema, profileIdSchema, settingsSchema } from '../settings/schema';
import { SECRET_IDS } from '../secrets';
import { SCIM_OUTCOMES, SCIM_TEST_REASON_LIST, SCIM_TEST_WARNING_CODES, type ScimOutcome } from './scim-test-result';
import { ORG_ID_COMPARISONS, tokenIdentitySchema } from '../token-identity/identity-record';
import { graphIdSchema } from '../settings/graph-progress';

/**
 * The one IPC contract: every call the renderer can make, its request and its
 * response, described once. Main (Electron ipcMain and the browser-mode HTTP
 * host) validates requests against it before a handler runs; the preload
 * exposes exactly these channels; the renderer's typed client is derived from it.
 */

const noticeSchema = z.object({
  code: z.enum(['settings-corrupt-moved', 'settings-migrated', 'endpoints-file-loaded']),
  message: z.string(),
  params: z.record(z.string(), z.string()).optional(),
});
export type Notice = z.infer<typeof noticeSchema>;

const keychainStatusSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), backend: z.string() }),
  /** Codes only: the renderer writes the state and its fix (shared/i18n/keychain-fix.ts); `detail` is the system's own words, for support. */
  z.object({
    ok: z.literal(false),
    code: z.enum(['KEYCHAIN_UNAVAILABLE', 'KEYCHAIN_LOCKED']),
    problem: z.enum(['unavailable', 'locked', 'no-keyring', 'module']),
    platform: z.string(),
    detail: z.string(),
  }),
]);
export type KeychainStatus = z.infer<typeof keychainStatusSchema>;

const appInfoSchema = z.object({
  appName: z.string(),
  appVersion: z.string(),
  host: z.enum(['electron', 'browser']),
  versions: z.record(z.string(), z.string()),
  platform: z.string(),
  arch: z.string(),
  osLocale: z.string(),
  dataDir: z.string(),
  settingsFile: z.string(),
  /** Keychain accounts of this data folder are `<keychainNamespace>/<profileId>/<secretId>`; null while the settings file is refused. */
  keychainNamespace: z.string().nullable(),
  testEndpoints: z.object({ file: z.string() }).nullable(),
  /** Endpoint facts in force per integration (production or test), so the page validates and computes as main does. */
  endpointFacts: z.record(z.string(), z.record(z.string(), z.string())),
  notices: z.array(noticeSchema),
  /** Presenting mode (a customer watches the screen): secrets stay masked, Reveal and Copy of secrets are refused. */
  presenting: z.boolean(),
  /** A language fixed at start (`--locale en|ko`): the page uses it and the language select is locked. */
  fixedLocale: localeSchema.nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

const profileRef = z.object({ profileId: profileIdSchema });
const requestIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const fieldIdSchema = z.string().regex(/^[A-Za-z0-9.-]{1,64}$/);
const stepIdSchema = z.string().regex(/^[A-Za-z0-9.-]{1,64}$/);
const secretIdSchema = z.enum(SECRET_IDS);

const profileStateSchema = settingsSchema.shape.profiles.valueType;
/** A profile's display name as typed; main trims it and refuses empty, overlong or duplicate names (codes, not sentences). */
const profileNameInputSchema = z.string().max(200);
const refusalSchema = z.object({
  ok: z.literal(false),
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
/** A hand-off file's text: main measures the 1 MiB limit itself and answers `handoff-too-large`, so the bound here is looser. */
const handoffTextSchema = z.string().max(2 * 1024 * 1024);
/** A file name the admin is offered when saving (no folder, no characters any OS refuses). */
const suggestedFileNameSchema = z
  .string()
  .min(1)
  .max(120)
  .refine((name) => !/[\\/:*?"<>|]/.test(name) && [...name].every((ch) => ch.charCodeAt(0) >= 0x20), 'a file name without a folder or reserved characters');
/** Where a file went: `main` wrote it after a save dialog (Electron); `renderer` means the page saves it itself (browser mode). */
const fileSavedSchema = z.object({ savedBy: z.enum(['main', 'renderer']), saved: z.boolean() });
const settingsOrRefusalSchema = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), settings: settingsSchema }), refusalSchema]);

const saveFieldResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.string(), notes: z.array(z.object({ code: z.string(), message: z.string() })), profile: profileStateSchema }),
  z.object({ ok: z.literal(false), code: z.string(), message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }),
]);

const tokenCaptureStartSchema = z.object({
  captureId: requestIdSchema,
  authorizeUrl: z.string(),
  redirectUri: z.string(),
  /** 'main' when the host opened the sign-in page itself; 'renderer' when the page must open it (browser mode). */
  openedBy: z.enum(['main', 'renderer']),
  timeoutAt: z.string(),
});

/** A Microsoft account as the sign-in names it (never a token). */
const graphAccountSchema = z.object({ username: z.string(), name: z.string().nullable(), tenantId: z.string().nullable() });

const scimOutcomeSchema = z.enum(SCIM_OUTCOMES);
export type { ScimOutcome };

const scimTestResultSchema = z.object({
  ok: z.boolean(),
  /** Which exchange the outcome is about: the access-key token endpoint, or the SCIM server. */
  stage: z.enum(['token-exchange', 'scim']),
  outcome: scimOutcomeSchema,
  status: z.number().int().optional(),
  /** Codes and values only: the renderer writes the sentence (shared/ipc/scim-test-result.ts). */
  reason: z.enum(SCIM_TEST_REASON_LIST).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** The server's own SCIM Error `scimType: detail`, token removed: shown verbatim as the server's words. */
  serverDetail: z.string().optional(),
  warning: z.object({ code: z.enum(SCIM_TEST_WARNING_CODES), count: z.number().int() }).optional(),
  elapsedMs: z.number(),
  profile: profileStateSchema,
});

const mappingFindingSchema = z.object({
  target: z.string(),
  recommendedSource: z.string(),
  kind: z.enum(['default', 'optional']),
  status: z.enum(['ok', 'missing', 'different-source']),
  actualSource: z.string().optional(),
});
export type MappingFinding = z.infer<typeof mappingFindingSchema>;

export { MAX_SCHEMA_JSON_CHARS };

// ---- Microsoft Graph (issue 11 §2): the Entra ID side done by the app. Ids and codes only; never a token.
const graphAppSchema = z.object({ servicePrincipalId: z.string(), appId: z.string(), displayName: z.string(), hidden: z.boolean() });
const graphPrincipalSchema = z.object({ id: z.string(), type: z.enum(['User', 'Group']), displayName: z.string(), detail: z.string().nullable() });
const graphStepSchema = z.object({ name: z.string(), type: z.string(), status: z.string(), description: z.string() });
const graphLogEntrySchema = z.object({
  id: z.string(),
  activityDateTime: z.string(),
  action: z.string(),
  status: z.string(),
  errorCode: z.string().nullable(),
  reason: z.string().nullable(),
  steps: z.array(graphStepSchema),
});

export const ipcContract = {
  'app.getInfo': { request: z.object({}).strict(), response: appInfoSchema },
  'diagnostics.probeKeychain': { request: z.object({}).strict(), response: keychainStatusSchema },
  'settings.get': { request: z.object({}).strict(), response: settingsSchema },
  'settings.setLocale': { request: z.object({ locale: localeSchema.nullable() }).strict(), response: settingsSchema },
  'profile.selectIntegration': {
    request: profileRef.extend({ integrationId: z.string().min(1).max(64) }).strict(),
    response: profileStateSchema,
  },
  'profile.saveField': {
    request: profileRef.extend({ fieldId: fieldIdSchema, value: z.string().max(4096) }).strict(),
    response: saveFieldResultSchema,
  },
  'profile.goToStep': { request: profileRef.extend({ stepId: stepIdSchema }).strict(), response: profileStateSchema },
  'profile.completeStep': {
    request: profileRef.extend({ stepId: stepIdSchema, skip: z.boolean().optional() }).strict(),
    response: profileStateSchema,
  },
  'profile.reset': { request: profileRef.strict(), response: profileStateSchema },
  'secrets.status': {
    request: profileRef.strict(),
    response: z.object({ secrets: z.partialRecord(secretIdSchema, z.object({ present: z.boolean(), expiresAt: z.string().nullable() })) }),
  },
  /** A secret the admin pasted: validated by main, straight to the keychain; the settings file records only its dates. */
  'secrets.save': {
    request: profileRef.extend({ secretId: secretIdSchema, value: z.string().max(8192), expiresAt: z.string().max(40).nullable() }).strict(),
    response: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), profile: profileStateSchema }),
      z.object({ ok: z.literal(false), code: z.string(), message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() }),
    ]),
  },
  /** Removes a secret from the keychain and its dates from the settings file. */
  'secrets.remove': {
    request: profileRef.extend({ secretId: secretIdSchema }).strict(),
    response: z.object({ removed: z.boolean(), profile: profileStateSchema }),
  },
  'secrets.copyToClipboard': {
    request: profileRef.extend({ secretId: secretIdSchema }).strict(),
    response: z.discriminatedUnion('placedBy', [
      z.object({ placedBy: z.literal('main'), clearAfterMs: z.number() }),
      /** Browser mode has no OS clipboard in the host: the page places the value itself and clears it later. */
      z.object({ placedBy: z.literal('renderer'), value: z.string(), clearAfterMs: z.number() }),
    ]),
  },
  /** A secret read back from the keychain to show it for a moment (Reveal); the page hides it again after `hideAfterMs`. */
  'secrets.reveal': {
    request: profileRef.extend({ secretId: secretIdSchema }).strict(),
    response: z.object({ value: z.string(), hideAfterMs: z.number() }),
  },
  /** Starts the sign-in of a capture-token action: a loopback listener, and the vendor's sign-in page. */
  'signIn.start': {
    request: profileRef.extend({ actionId: fieldIdSchema, opener: z.enum(['in-app-private', 'system-browser']) }).strict(),
    response: tokenCaptureStartSchema,
  },
  'signIn.await': {
    request: z.object({ captureId: requestIdSchema }).strict(),
    response: z.object({ expiresAt: z.string().nullable(), tokenType: z.string().nullable(), profile: profileStateSchema }),
  },
  'signIn.cancel': { request: z.object({ captureId: requestIdSchema }).strict(), response: z.object({ cancelled: z.boolean() }) },
  /** The sign-in still waiting for this profile, if any: a reloaded page attaches to it again. */
  'signIn.pending': { request: profileRef.strict(), response: z.object({ pending: tokenCaptureStartSchema.nullable() }) },
  /** Runs a test-connection action of the profile's integration (a live SCIM check); cancellable with `actions.cancel`. */
  'checks.run': {
    request: profileRef.extend({ actionId: fieldIdSchema, requestId: requestIdSchema }).strict(),
    response: scimTestResultSchema,
  },
  'actions.cancel': { request: z.object({ requestId: requestIdSchema }).strict(), response: z.object({ cancelled: z.boolean() }) },
  'mapping.analyzeEntraSchema': {
    request: profileRef.extend({ json: z.string().max(MAX_SCHEMA_JSON_CHARS) }).strict(),
    response: z.object({ findings: z.array(mappingFindingSchema), objectMappingName: z.string(), profile: profileStateSchema }),
  },
  /** Profiles: named setups side by side. Create and duplicate make the new one active; duplicate never copies secrets. */
  'profiles.create': {
    request: z.object({ name: profileNameInputSchema, integrationId: z.string().min(1).max(64).nullable() }).strict(),
    response: settingsOrRefusalSchema,
  },
  'profiles.rename': { request: profileRef.extend({ name: profileNameInputSchema }).strict(), response: settingsOrRefusalSchema },
  'profiles.duplicate': { request: profileRef.extend({ name: profileNameInputSchema }).strict(), response: settingsOrRefusalSchema },
  /** Deletes a profile and its keychain entries; the last profile cannot be deleted; deleting the active one activates another. */
  'profiles.delete': {
    request: profileRef.strict(),
    response: z.object({ settings: settingsSchema, removedSecrets: z.array(secretIdSchema) }),
  },
  'profiles.setActive': { request: profileRef.strict(), response: settingsSchema },
  /** A profile as a hand-off file: versioned JSON with its answers and progress, never a secret. */
  'handoff.export': { request: profileRef.strict(), response: z.object({ fileName: z.string(), text: z.string() }) },
  /**
   * Starts a new profile from a hand-off file and makes it active. A name already taken is refused
   * (`handoff-name-taken`) unless the page sends another `name`, or `replaceProfileId` after asking.
   */
  'handoff.import': {
    request: z.object({ text: handoffTextSchema, name: profileNameInputSchema.nullable(), replaceProfileId: profileIdSchema.nullable() }).strict(),
    response: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), settings: settingsSchema, profileId: profileIdSchema, replaced: z.boolean() }),
      refusalSchema,
    ]),
  },
  /** Saves a text file for a profile (its report, its hand-off file); refused when the text holds one of its stored secrets. */
  'files.saveText': {
    request: profileRef
      .extend({ suggestedName: suggestedFileNameSchema, text: z.string().max(2 * 1024 * 1024), kind: z.enum(['markdown', 'handoff']) })
      .strict(),
    response: fileSavedSchema,
  },
  /** The printable report on screen as PDF (Electron's printToPDF, then a save dialog); browser mode answers `renderer` and the page prints. */
  'report.savePdf': { request: profileRef.extend({ suggestedName: suggestedFileNameSchema }).strict(), response: fileSavedSchema },
  'app.setPresenting': { request: z.object({ presenting: z.boolean() }).strict(), response: z.object({ presenting: z.boolean() }) },
  'shell.openExternal': { request: z.object({ url: z.string().max(2048) }).strict(), response: z.object({ opened: z.boolean() }) },
  /**
   * Asks the vendor whose stored token this is (Webex: People API `people/me`) and records it with the token.
   * An empty Org ID answer is filled from the token's organisation; a typed one that differs is only reported.
   * Failures are `IDENTITY_*` error codes. Also runs by itself right after every captured token.
   */
  'tokenIdentity.check': {
    request: profileRef.extend({ secretId: secretIdSchema }).strict(),
    response: z.object({
      identity: tokenIdentitySchema,
      orgIdMatchesAnswer: z.enum(ORG_ID_COMPARISONS),
      /** True when this check filled the empty Org ID answer from the token's organisation. */
      orgIdFilled: z.boolean(),
      /** The Org ID the answer holds (after any fill), so a 'differs' can name both. */
      answerOrgId: z.string().nullable(),
      profile: profileStateSchema,
    }),
  },
  // Microsoft sign-in for Graph (electron/services/graph-sign-in): the profile's app registration,
  // then an authorization-code + PKCE sign-in on a loopback redirect, like `signIn.*`. The tokens stay
  // in the keychain; these answers carry the account only. Failures are `GRAPH_*` error codes.
  /** Sets (or with null clears) the profile's Application (client) ID; a refusal is the `graph-client-id` validator's. A new ID signs out. */
  'graph.setClientId': {
    request: profileRef.extend({ clientId: z.string().max(4096).nullable() }).strict(),
    response: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), profile: profileStateSchema }), refusalSchema]),
  },
  'graph.signIn': {
    request: profileRef.extend({ opener: z.enum(['in-app-private', 'system-browser']) }).strict(),
    response: z.object({
      signInId: requestIdSchema,
      authorizeUrl: z.string(),
      redirectUri: z.string(),
      /** 'main' when the host opened the Microsoft page itself; 'renderer' when the page must open it (browser mode). */
      openedBy: z.enum(['main', 'renderer']),
      timeoutAt: z.string(),
    }),
  },
  /** The signed-in account once the code was exchanged (main does that as soon as the redirect arrives, page or no page). */
  'graph.signIn.await': {
    request: z.object({ signInId: requestIdSchema }).strict(),
    response: z.object({ account: graphAccountSchema, profile: profileStateSchema }),
  },
  'graph.signIn.cancel': { request: z.object({ signInId: requestIdSchema }).strict(), response: z.object({ cancelled: z.boolean() }) },
  /** Forgets the profile's Microsoft sign-in: every keychain entry of its token cache. */
  'graph.signOut': { request: profileRef.strict(), response: z.object({ signedOut: z.literal(true), profile: profileStateSchema }) },
  'graph.status': {
    request: profileRef.strict(),
    response: z.discriminatedUnion('signedIn', [
      z.object({ signedIn: z.literal(false) }),
      z.object({ signedIn: z.literal(true), account: graphAccountSchema }),
    ]),
  },
  /** The integration's application template, and the tenant's instances of it whose name starts with `nameStartsWith`. */
  'graph.findApp': {
    request: profileRef.extend({ nameStartsWith: z.string().max(256) }).strict(),
    response: z.object({ template: z.object({ id: z.string(), displayName: z.string() }), existing: z.array(graphAppSchema), profile: profileStateSchema }),
  },
  /** Instantiates the template as a new enterprise app and records it (createdByWizard). */
  'graph.createApp': {
    request: profileRef.extend({ displayName: z.string().trim().min(1).max(256) }).strict(),
    response: z.object({ app: graphAppSchema, profile: profileStateSchema }),
  },
  /** Undo of graph.createApp: deletes the app the wizard created (Entra keeps it 30 days in the deleted items) and forgets it. */
  'graph.deleteApp': { request: profileRef.strict(), response: z.object({ deleted: z.boolean(), profile: profileStateSchema }) },
  /** Records an enterprise app the admin already has instead of creating one. */
  'graph.useExistingApp': {
    request: profileRef.extend({ servicePrincipalId: graphIdSchema }).strict(),
    response: z.object({ app: graphAppSchema, profile: profileStateSchema }),
  },
  /** Hides the app from users (the HideApp tag) or shows it again; other tags are kept. */
  'graph.setHidden': { request: profileRef.extend({ hidden: z.boolean() }).strict(), response: z.object({ hidden: z.boolean(), profile: profileStateSchema }) },
  'graph.searchPrincipals': {
    request: profileRef.extend({ query: z.string().max(256) }).strict(),
    response: z.object({ principals: z.array(graphPrincipalSchema), profile: profileStateSchema }),
  },
  /** Assigns a user or group to the app (its User role when it has one); undo is `graph.unassign`. */
  'graph.assign': {
    request: profileRef.extend({ principalId: graphIdSchema, principalType: z.enum(['User', 'Group']) }).strict(),
    response: z.object({
      assignment: z.object({ id: z.string(), principalId: z.string(), principalType: z.enum(['User', 'Group']), displayName: z.string() }),
      profile: profileStateSchema,
    }),
  },
  'graph.unassign': {
    request: profileRef.extend({ assignmentId: graphIdSchema }).strict(),
    response: z.object({ removed: z.boolean(), profile: profileStateSchema }),
  },
  /**
   * Creates the provisioning job, validates the credentials (BaseAddress, SecretToken from the keychain) and saves them with
   * the notification e-mail. A failure is the typed error with `step`: 'create-job', 'validate-credentials' or 'save-credentials'.
   */
  'graph.setUpProvisioning': {
    request: profileRef.extend({ notificationEmail: z.string().trim().max(320).nullable() }).strict(),
    response: z.object({ jobId: z.string(), profile: profileStateSchema }),
  },
  /** Undo of graph.startProvisioning: POST .../jobs/{jobId}/pause. */
  'graph.pauseProvisioning': { request: profileRef.strict(), response: z.object({ profile: profileStateSchema }) },
  /** Undo of graph.setUpProvisioning: deletes the provisioning job. */
  'graph.removeProvisioning': { request: profileRef.strict(), response: z.object({ removed: z.boolean(), profile: profileStateSchema }) },
  'graph.startProvisioning': { request: profileRef.strict(), response: z.object({ startedAt: z.string(), profile: profileStateSchema }) },
  /** Provisions one assigned user now (default: the first assigned user) and reads that user's provisioning log entries. */
  'graph.provisionOnDemand': {
    request: profileRef.extend({ userId: graphIdSchema.nullable() }).strict(),
    response: z.object({
      userId: z.string(),
      result: z.object({
        status: z.enum(['success', 'skipped', 'failure']),
        errorCode: z.string().nullable(),
        reason: z.string().nullable(),
        steps: z.array(graphStepSchema),
      }),
      logEntries: z.array(graphLogEntrySchema),
      profile: profileStateSchema,
    }),
  },
  /** Reads the job's schema and runs the attribute-mapping check on it; `findings` is null when the integration publishes no mappings. */
  'graph.readSchema': {
    request: profileRef.strict(),
    response: z.object({ objectMappingName: z.string().nullable(), findings: z.array(mappingFindingSchema).nullable(), profile: profileStateSchema }),
  },
} as const;

export type IpcContract = typeof ipcContract;
export type Channel = keyof IpcContract;
export type RequestOf<C extends Channel> = z.infer<IpcContract[C]['request']>;
export type ResponseOf<C extends Channel> = z.infer<IpcContract[C]['response']>;

export const CHANNELS = Object.keys(ipcContract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(ipcContract, name);
}

/** Electron ipcMain channel names are prefixed so they cannot collide with Electron's own. */
export const IPC_PREFIX = 'wizard:';

/** What crosses the wire: a result or a typed error, never a thrown Error (Electron would strip it). */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: import('../errors').AppErrorShape };
