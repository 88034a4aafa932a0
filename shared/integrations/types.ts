import type { IntegrationCatalogueEntry } from './catalogue';
import type { ValidatorId } from '../validators';
import type { SecretId } from '../secrets';

/**
 * Integrations are data: an ordered list of steps, each with instruction
 * paragraphs, fields, actions, panels and a completion rule. The step engine
 * (shared/engine) and the UI read these; nothing here knows about Webex or
 * CXone beyond the ids it names, so a new procedure is a new data file.
 * All user-facing text is an i18n key under `integrations.<integrationId>.`.
 */
export interface ChoiceOption {
  value: string;
  labelKey: string;
}

/**
 * Something that depends on an earlier answer: a saved field value is one of `in`
 * (the IdP, the environment), or a secret is stored. A list holds when every item holds.
 */
export type Condition = { fieldId: string; in: readonly string[] } | { secretStored: SecretId };
export type Conditions = readonly Condition[];

interface FieldBase {
  id: string;
  labelKey: string;
  helpKey?: string;
  /** Shown (and saved, and required) only while these hold. */
  when?: Conditions;
}

export type FieldDefinition =
  | (FieldBase & { kind: 'text'; placeholderKey?: string; validator: ValidatorId; required: boolean; monospace?: boolean })
  | (FieldBase & { kind: 'choice'; options: ChoiceOption[]; required: boolean })
  /** A checklist item the admin ticks once done in the vendor portal. */
  | (FieldBase & { kind: 'checkbox'; required: boolean })
  /**
   * A secret the admin pastes (shown once by the vendor): the value goes straight to main
   * and the keychain, never into the settings file. `requiredWhen` makes it required only
   * for some answers; `optionalKey` says why it is optional otherwise.
   */
  | (FieldBase & { kind: 'secret'; secretId: SecretId; required: boolean; requiredWhen?: Conditions; optionalKey?: string });

/**
 * Where a shown value comes from: a saved field (choices show their option label),
 * a value computed from the answers and the endpoints in force (IntegrationDefinition.computed),
 * a fixed text to paste as is, a translated text, or a stored secret's state.
 */
export type ValueSource =
  | { field: string }
  | { computed: string }
  | { literal: string }
  | { textKey: string }
  | { secret: SecretId }
  | { actionOutcome: string }
  | { skippedSteps: true };

/** One line of a values card or a summary: a label, a value, maybe a copy button. */
export interface ValueRow {
  id: string;
  labelKey: string;
  value: ValueSource;
  /** A copy button beside the value (secrets are copied through main and cleared after 60 s). */
  copy?: boolean;
  noteKey?: string;
  when?: Conditions;
}

/** A live SCIM check of one credential against one base URL. */
export type ProbeStyle =
  /** Entra's Test Connection: `GET <base>/Users?filter=userName eq "<random GUID>"`, expects an empty ListResponse. */
  | 'entra'
  /** Okta's Test Connector Configuration: `GET <base>/Users?startIndex=1&count=2`, expects a ListResponse. */
  | 'okta';

export type CheckCredential =
  /** A stored bearer token, sent as is. */
  | { kind: 'bearer'; secretId: SecretId }
  /** An access key pair, exchanged at `tokenUrl` for a short-lived token held in memory only. */
  | { kind: 'access-key'; keyIdSecretId: SecretId; keySecretSecretId: SecretId; tokenUrl: ValueSource };

export interface ScimCheckDefinition {
  baseUrl: ValueSource;
  credential: CheckCredential;
  /** A fixed style, or one picked by an answer (the IdP) with a fallback. */
  probe: ProbeStyle | { byField: string; styles: Readonly<Record<string, ProbeStyle>>; otherwise: ProbeStyle };
}

export type ActionDefinition =
  /** `urlByField`: the page depends on an answer (e.g. Control Hub of the chosen offer); `url` otherwise. */
  | {
      id: string;
      kind: 'open-external';
      labelKey: string;
      url: string;
      urlByField?: { fieldId: string; urls: Readonly<Record<string, string>> };
      when?: Conditions;
    }
  | { id: string; kind: 'capture-token'; labelKey: string; secretId: SecretId; when?: Conditions }
  /** A live SCIM check; its last outcome is dropped when anything in `invalidatedBy` (field id or `secret:<id>`) changes. */
  | { id: string; kind: 'test-connection'; labelKey: string; check: ScimCheckDefinition; invalidatedBy: string[]; when?: Conditions }
  | { id: string; kind: 'copy-field'; labelKey: string; fieldId: string; when?: Conditions }
  | { id: string; kind: 'copy-secret'; labelKey: string; secretId: SecretId; when?: Conditions }
  | { id: string; kind: 'load-entra-schema'; labelKey: string; when?: Conditions };

/** What must hold before Next is allowed; `when` limits it to some answers. */
export type Requirement =
  | { kind: 'field'; fieldId: string; when?: Conditions }
  | { kind: 'secret'; secretId: SecretId; when?: Conditions }
  | { kind: 'action'; actionId: string; when?: Conditions };

/** Read-only blocks a step shows besides its fields. */
export type PanelDefinition =
  /** Facts worth knowing before starting, as a titled list (test id: `id`). */
  | { kind: 'facts'; id: string; titleKey: string; itemKeys: string[] }
  /** Webex-specific panels, kept as named components (they read Webex answers). */
  | { kind: 'tenant-url-preview' }
  | { kind: 'mapping-table' }
  /** Whether the keychain really holds this secret, its expiry reminder, and removing it. */
  | { kind: 'token-status'; secretId: SecretId }
  /** Values the admin pastes elsewhere, each with its label and copy button. */
  | { kind: 'values'; id: string; titleKey: string; introKey?: string; rows: ValueRow[]; when?: Conditions }
  /** The closing summary. */
  | { kind: 'summary'; rows: ValueRow[] }
  /** "Do this for me with Microsoft Graph" beside a step's manual instructions (the integration's `graph` says how). */
  | GraphPanelDefinition;

/** What a Graph panel offers, in this order: the app (and hiding it), assignments, provisioning, the mapping check. */
export type GraphTask = 'app' | 'assign' | 'provisioning' | 'schema';
/** What a Graph action achieved, for the step's checklist: the wizard ticks the boxes the admin would have ticked by hand. */
export type GraphOutcome = 'app' | 'hidden' | 'assigned' | 'provisioning' | 'notified' | 'started';

export interface GraphPanelDefinition {
  kind: 'graph';
  tasks: readonly GraphTask[];
  /** Checklist fields (checkboxes of this step) a successful outcome answers "done". */
  completes?: Partial<Record<GraphOutcome, readonly string[]>>;
  when?: Conditions;
}

export interface StepDefinition {
  id: string;
  titleKey: string;
  /** Paragraphs and numbered instructions, each an i18n key. */
  bodyKeys: string[];
  /** Highlighted warnings (e.g. UPN mismatch creates duplicates). */
  warningKeys?: string[];
  /** Call-outs that apply to some answers only (e.g. a note for Okta admins). */
  notes?: ReadonlyArray<{ key: string; kind: 'info' | 'warning'; when?: Conditions }>;
  fields: FieldDefinition[];
  actions: ActionDefinition[];
  panels?: PanelDefinition[];
  requires: Requirement[];
  /** The actions come before the fields: the admin uses them first (copy the values, then tick the checklist). */
  actionsFirst?: boolean;
  /** The panels come after the fields: they show what the answers produce (the base URLs of the chosen region). */
  panelsAfterFields?: boolean;
  /** When present the step can be skipped (while `skippableWhen` holds), and the key says when that is right. */
  skippableKey?: string;
  skippableWhen?: Conditions;
}

/** Endpoint facts in force for one integration (production, or the endpoints file's), by name. */
export type EndpointFacts = Readonly<Record<string, string>>;

/**
 * How the wizard does the Entra ID side through Microsoft Graph for an integration (issue 11 §2):
 * which application template to instantiate, and which answer and stored secret become the
 * provisioning credentials. Pure data; electron/services/graph reads it.
 */
export interface GraphSetupDefinition {
  /**
   * The application template: by display name in the gallery
   * (GET /applicationTemplates?$filter=displayName eq '...'), or by its documented id.
   */
  template: { displayName: string } | { id: string };
  /** What a new instance is called unless the admin types another name. */
  defaultAppName: string;
  /** validateCredentials and the saved secrets' `BaseAddress`: the tenant or SCIM base URL answer. */
  baseAddress: ValueSource;
  /** The saved secrets' `SecretToken`: read from the keychain by main, never sent to the page. */
  secretToken: { secretId: SecretId };
  /** Compare the job's schema with the recommended attribute mappings (shared/mapping/entra-schema.ts); null when none are published. */
  mappingCheck: 'webex-recommended' | null;
  /** Shown only while these hold (e.g. CXone with Entra ID as the IdP). */
  when?: Conditions;
}

export interface IntegrationDefinition extends IntegrationCatalogueEntry {
  steps: StepDefinition[];
  /**
   * Fields recomputed from others after any save (e.g. the tenant URL follows
   * the chosen offer). Pure; returns only the fields it changes.
   */
  deriveFields?: (fields: Readonly<Record<string, string>>, endpoints: EndpointFacts) => Record<string, string>;
  /**
   * Values computed from the answers and the endpoints in force, never stored (base URLs
   * of the chosen region): what `{ computed: name }` shows and what checks use. Absent
   * when the answers do not determine it yet.
   */
  computed?: (fields: Readonly<Record<string, string>>, endpoints: EndpointFacts) => Readonly<Record<string, string>>;
  /** The Entra ID side done through Microsoft Graph; absent when the integration has none. */
  graph?: GraphSetupDefinition;
  /**
   * Stored tokens that can say whose they are, and where (issue 11 §1): e.g. Webex asks the People API
   * `people/me`, and its answer's organisation belongs in the Org ID field.
   */
  tokenIdentity?: ReadonlyArray<{ secretId: SecretId; kind: 'webex-people'; orgAnswerFieldId: string }>;
}
