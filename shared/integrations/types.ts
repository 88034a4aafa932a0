import type { ValidatorId } from '../validators';
import type { SecretId } from '../secrets';

/**
 * Integrations are data: an ordered list of steps, each with instruction
 * paragraphs, fields, actions and a completion rule. The step engine
 * (shared/engine) and the UI read these; nothing here knows about Webex or
 * CXone beyond the ids it names, so a new procedure is a new data file.
 * All user-facing text is an i18n key under `integrations.<integrationId>.`.
 */
export interface ChoiceOption {
  value: string;
  labelKey: string;
}

export type FieldDefinition =
  | { id: string; kind: 'text'; labelKey: string; helpKey?: string; placeholderKey?: string; validator: ValidatorId; required: boolean; monospace?: boolean }
  | { id: string; kind: 'choice'; labelKey: string; helpKey?: string; options: ChoiceOption[]; required: boolean }
  /** A checklist item the admin ticks once done in the vendor portal. */
  | { id: string; kind: 'checkbox'; labelKey: string; helpKey?: string; required: boolean };

export type ActionDefinition =
  /** `urlByField`: the page depends on an answer (e.g. Control Hub of the chosen offer); `url` otherwise. */
  | { id: string; kind: 'open-external'; labelKey: string; url: string; urlByField?: { fieldId: string; urls: Readonly<Record<string, string>> } }
  | { id: string; kind: 'capture-token'; labelKey: string; secretId: SecretId }
  | { id: string; kind: 'test-connection'; labelKey: string; invalidatedBy: string[] }
  | { id: string; kind: 'copy-field'; labelKey: string; fieldId: string }
  | { id: string; kind: 'copy-secret'; labelKey: string; secretId: SecretId }
  | { id: string; kind: 'load-entra-schema'; labelKey: string };

/** What must hold before Next is allowed. */
export type Requirement = { kind: 'field'; fieldId: string } | { kind: 'secret'; secretId: SecretId } | { kind: 'action'; actionId: string };

/** Read-only blocks a step shows besides its fields (rendered by named panels). */
export type PanelId = 'sync-facts' | 'tenant-url-preview' | 'token-status' | 'mapping-table' | 'summary';

export interface StepDefinition {
  id: string;
  titleKey: string;
  /** Paragraphs and numbered instructions, each an i18n key. */
  bodyKeys: string[];
  /** Highlighted warnings (e.g. UPN mismatch creates duplicates). */
  warningKeys?: string[];
  fields: FieldDefinition[];
  actions: ActionDefinition[];
  panels?: PanelId[];
  requires: Requirement[];
  /** The actions come before the fields: the admin uses them first (copy the values, then tick the checklist). */
  actionsFirst?: boolean;
  /** When present the step can be skipped, and the key says when that is right. */
  skippableKey?: string;
}

export interface IntegrationDefinition {
  id: string;
  titleKey: string;
  summaryKey: string;
  available: boolean;
  steps: StepDefinition[];
  /**
   * Fields recomputed from others after any save (e.g. the tenant URL follows
   * the chosen offer). Pure; returns only the fields it changes.
   */
  deriveFields?: (fields: Readonly<Record<string, string>>, context: DeriveContext) => Record<string, string>;
}

export interface DeriveContext {
  /** SCIM base in force per offer (production, or the endpoints file's). */
  scimBaseUrl: (offer: string) => string;
}
