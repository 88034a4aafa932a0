import { endpointFactsByIntegration } from '../../../shared/endpoints/endpoint-facts';
import { completeStep } from '../../../shared/engine/step-engine';
import { createI18n } from '../../../shared/i18n';
import { CXONE_CHECKLIST, cxoneIntegration } from '../../../shared/integrations/cxone';
import type { IntegrationDefinition } from '../../../shared/integrations/types';
import { webexEntraIntegration } from '../../../shared/integrations/webex-entra';
import { buildReportModel, type ReportInput } from '../../../shared/report/report-model';
import { renderReportMarkdown } from '../../../shared/report/report-markdown';
import type { FormatDate, Translate } from '../../../shared/report/report-text';
import { emptyProfile, type Profile } from '../../../shared/settings/schema';
import type { Locale } from '../../../shared/settings/locales';

export const ORG_ID = '3f2b6c1e-8d4a-4e7b-9c2f-5a1d0e6b7c8d';
export const NOW = new Date('2026-03-10T09:30:00.000Z');
export const APP = {
  appName: 'SCIM Setup Wizard',
  appVersion: '1.2.3',
  host: 'electron' as const,
  platform: 'linux',
  arch: 'x64',
  endpointFacts: endpointFactsByIntegration(null),
};

/** Closes `stepId` at `at` through the engine, as profile.completeStep does. */
export function close(integration: IntegrationDefinition, profile: Profile, stepId: string, at: string, skip = false): Profile {
  return completeStep(integration, profile, stepId, skip, new Date(at));
}

/** Webex: offer, gallery skipped, users, Org ID, a token with a 20-day expiry and a passing test; now on hand-over. */
export function webexProfile(): Profile {
  let p: Profile = { ...emptyProfile('acme', 'Acme | Corp *HQ*', NOW), integrationId: 'webex-entra', currentStepId: 'before-you-start' };
  const i = webexEntraIntegration;
  p = { ...p, fields: { 'webex.offer': 'commercial' } };
  p = close(i, p, 'before-you-start', '2026-03-01T10:00:00.000Z');
  p = close(i, p, 'add-gallery-app', '2026-03-01T10:05:00.000Z', true);
  p = { ...p, fields: { ...p.fields, 'webex.testUserAssigned': 'true' } };
  p = close(i, p, 'assign-users', '2026-03-01T10:10:00.000Z');
  p = { ...p, fields: { ...p.fields, 'webex.tenantUrl': `https://webexapis.com/v1/scim/${ORG_ID}` } };
  p = close(i, p, 'org-id', '2026-03-01T10:15:00.000Z');
  p = { ...p, secrets: { 'webex-bearer-token': { savedAt: '2026-03-01T10:20:00.000Z', expiresAt: '2026-03-30T10:20:00.000Z' } } };
  p = close(i, p, 'bearer-token', '2026-03-01T10:21:00.000Z');
  p = { ...p, actions: { 'test-connection': { ok: true, at: '2026-03-01T10:25:00.000Z', code: 'ok' } } };
  return close(i, p, 'test-connection', '2026-03-01T10:26:00.000Z');
}

/** CXone, Okta, standard, na1: the access key pair stored, its check failed with 401. */
export function cxoneProfile(): Profile {
  return {
    ...emptyProfile('cx', 'CX tenant', NOW),
    integrationId: 'cxone',
    currentStepId: 'region-check',
    completedStepIds: ['before-you-start', 'access-key-role', 'access-key-employee', 'access-key'],
    skippedStepIds: ['bearer-token'],
    stepsClosedAt: {
      'before-you-start': '2026-03-02T08:00:00.000Z',
      'access-key-role': '2026-03-02T08:01:00.000Z',
      'access-key-employee': '2026-03-02T08:02:00.000Z',
      'access-key': '2026-03-02T08:03:00.000Z',
      'bearer-token': '2026-03-02T08:04:00.000Z',
    },
    fields: {
      'cxone.idp': 'okta',
      'cxone.environment': 'standard',
      'cxone.region': 'na1',
      ...Object.fromEntries(Object.values(CXONE_CHECKLIST).map((id) => [id, 'true'])),
    },
    secrets: {
      'cxone-access-key-id': { savedAt: '2026-03-02T08:02:30.000Z', expiresAt: null },
      'cxone-access-key-secret': { savedAt: '2026-03-02T08:02:40.000Z', expiresAt: null },
    },
    actions: { 'check-access-key': { ok: false, at: '2026-03-02T08:05:00.000Z', code: 'unauthorized' } },
  };
}

export function input(profile: Profile, overrides: Partial<ReportInput> = {}): ReportInput {
  const integration = profile.integrationId === 'cxone' ? cxoneIntegration : profile.integrationId === 'webex-entra' ? webexEntraIntegration : null;
  const presence = Object.fromEntries(Object.keys(profile.secrets).map((id) => [id, true]));
  return { profile, integration, app: APP, secretPresence: presence, now: NOW, ...overrides };
}

/** The report as Markdown in `locale`, dates as the page writes them (UTC here, so the test does not depend on the machine's zone). */
export function markdown(reportInput: ReportInput, locale: Locale = 'en'): string {
  const i18n = createI18n(locale);
  const t: Translate = (key, options) => i18n.t(key as string, options ?? {});
  const formatDate: FormatDate = (iso) => new Date(iso).toLocaleString(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
  return renderReportMarkdown(buildReportModel(reportInput), t, formatDate);
}
