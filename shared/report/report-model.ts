import { conditionsHold } from '../engine/conditions';
import { findField, stepStatus, unmetRequirements } from '../engine/step-engine';
import { tokenReminder, type TokenReminder } from '../engine/token-reminder';
import { plainValue } from '../engine/value-source';
import type { EndpointFacts, IntegrationDefinition } from '../integrations/types';
import type { AppInfo } from '../ipc/contract';
import { ownValue } from '../own-property';
import { SECRET_IDS, type SecretId } from '../secrets';
import type { Profile } from '../settings/schema';
import { REPORT_SOURCES, type FactSource, type UrlSource } from './report-sources';

/**
 * The setup report of one profile, as data: what the screen, the Markdown file and the PDF
 * all show. Built from the profile, its integration, the app's facts, whether the keychain
 * still holds each recorded secret, and the time. It never receives a secret's value (no
 * input carries one), so no rendering of it can leak one.
 */
export interface ReportInput {
  profile: Profile;
  integration: IntegrationDefinition | null;
  app: Pick<AppInfo, 'appName' | 'appVersion' | 'host' | 'platform' | 'arch' | 'endpointFacts'>;
  /** `secrets.status`: whether the keychain holds each recorded secret; null when it could not be asked. */
  secretPresence: Partial<Record<SecretId, boolean>> | null;
  now: Date;
}

/** `done` and `skipped` are closed; `attention` was closed but an answer changed since; `current` is open and on screen. */
export type ReportStepState = 'done' | 'skipped' | 'attention' | 'current' | 'todo';

export interface ReportStep {
  id: string;
  titleKey: string;
  state: ReportStepState;
  /** When the step was closed (null when open, or closed before the app recorded times). */
  closedAt: string | null;
}

/** A chosen option (an i18n key) or a typed value (CXone's "another" area code). */
export type ReportFactValue = { kind: 'option'; labelKey: string } | { kind: 'text'; text: string };

export interface ReportFact {
  id: FactSource['id'];
  value: ReportFactValue;
}

export interface ReportUrl {
  id: UrlSource['id'];
  url: string;
}

export interface ReportCheck {
  actionId: string;
  labelKey: string;
  last: { ok: boolean; at: string; code: string | null } | null;
}

/** `present`: the keychain holds it; `missing`: removed outside the app; `unchecked`: the keychain could not be asked. */
export type KeychainState = 'present' | 'missing' | 'unchecked';

export interface ReportSecret {
  secretId: SecretId;
  savedAt: string;
  expiresAt: string | null;
  keychain: KeychainState;
  reminder: TokenReminder;
  /** Whose token it is, as its vendor answered (issue 11): non-secret facts, for support to see who captured it. */
  identity: { displayName: string; email: string | null; orgId: string; isFullAdmin: boolean } | null;
}

export interface ReportModel {
  generatedAt: string;
  profile: { id: string; name: string };
  app: { name: string; version: string; host: 'electron' | 'browser'; platform: string; arch: string };
  integration: { id: string; titleKey: string } | null;
  facts: ReportFact[];
  steps: ReportStep[];
  urls: ReportUrl[];
  checks: ReportCheck[];
  secrets: ReportSecret[];
}

export function buildReportModel(input: ReportInput): ReportModel {
  const { profile, integration, app, now } = input;
  const endpoints: EndpointFacts = (integration ? ownValue(app.endpointFacts, integration.id) : undefined) ?? {};
  const sources = integration ? ownValue(REPORT_SOURCES, integration.id) : undefined;
  return {
    generatedAt: now.toISOString(),
    profile: { id: profile.id, name: profile.name },
    app: { name: app.appName, version: app.appVersion, host: app.host, platform: app.platform, arch: app.arch },
    integration: integration ? { id: integration.id, titleKey: integration.titleKey } : null,
    facts: integration && sources ? sources.facts.flatMap((fact) => factOf(integration, profile, fact)) : [],
    steps: integration ? stepsOf(integration, profile) : [],
    urls: integration && sources ? sources.urls.flatMap((url) => urlOf(integration, profile, endpoints, url)) : [],
    checks: integration ? checksOf(integration, profile) : [],
    secrets: secretsOf(profile, input.secretPresence, now),
  };
}

function factOf(integration: IntegrationDefinition, profile: Profile, fact: FactSource): ReportFact[] {
  const value = ownValue(profile.fields, fact.field);
  if (!value) return [];
  if (fact.other && value === fact.other.otherValue) {
    const typed = ownValue(profile.fields, fact.other.field);
    return typed ? [{ id: fact.id, value: { kind: 'text', text: typed } }] : [];
  }
  const field = findField(integration, fact.field)?.field;
  const option = field?.kind === 'choice' ? field.options.find((o) => o.value === value) : undefined;
  return [{ id: fact.id, value: option ? { kind: 'option', labelKey: option.labelKey } : { kind: 'text', text: value } }];
}

function stepsOf(integration: IntegrationDefinition, profile: Profile): ReportStep[] {
  return integration.steps.map((step) => {
    const closedAt = ownValue(profile.stepsClosedAt ?? {}, step.id) ?? null;
    // Closed wins over "current": the last step stays current after Finish, and is done.
    let state: ReportStepState;
    if (profile.skippedStepIds.includes(step.id)) state = 'skipped';
    else if (profile.completedStepIds.includes(step.id)) state = unmetRequirements(step, profile).length === 0 ? 'done' : 'attention';
    else state = stepStatus(integration, profile, step) === 'current' ? 'current' : 'todo';
    return { id: step.id, titleKey: step.titleKey, state, closedAt: state === 'current' || state === 'todo' ? null : closedAt };
  });
}

function urlOf(integration: IntegrationDefinition, profile: Profile, endpoints: EndpointFacts, url: UrlSource): ReportUrl[] {
  const value = plainValue(integration, url.source, profile.fields, endpoints);
  return value ? [{ id: url.id, url: value }] : [];
}

/** Every live check that applies to the answers, or that has an outcome on record. */
function checksOf(integration: IntegrationDefinition, profile: Profile): ReportCheck[] {
  return integration.steps
    .flatMap((step) => step.actions)
    .flatMap((action) => {
      if (action.kind !== 'test-connection') return [];
      const last = ownValue(profile.actions, action.id);
      if (!last && !conditionsHold(action.when, profile)) return [];
      return [{ actionId: action.id, labelKey: action.labelKey, last: last ? { ok: last.ok, at: last.at, code: last.code ?? null } : null }];
    });
}

function secretsOf(profile: Profile, presence: ReportInput['secretPresence'], now: Date): ReportSecret[] {
  return SECRET_IDS.flatMap((secretId) => {
    const meta = profile.secrets[secretId];
    if (!meta) return [];
    const present = presence ? presence[secretId] : undefined;
    const keychain: KeychainState = present === undefined ? 'unchecked' : present ? 'present' : 'missing';
    const who = meta.identity;
    const identity = who ? { displayName: who.displayName, email: who.email, orgId: who.orgId, isFullAdmin: who.isFullAdmin } : null;
    return [{ secretId, savedAt: meta.savedAt, expiresAt: meta.expiresAt, keychain, reminder: tokenReminder(meta.expiresAt, now), identity }];
  });
}
