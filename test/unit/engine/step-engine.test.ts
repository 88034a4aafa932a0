import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import {
  canVisit,
  completeStep,
  currentStep,
  firstOpenStepIndex,
  goToStep,
  invalidateActions,
  progressCounts,
  stepStatus,
  unmetRequirements,
} from '../../../shared/engine/step-engine';
import { webexEntraIntegration as webex, WEBEX_ACTIONS, WEBEX_FIELDS } from '../../../shared/integrations/webex-entra';
import { emptyProfile, type Profile } from '../../../shared/settings/schema';

const now = new Date('2026-11-22T10:00:00Z');

function startedProfile(): Profile {
  return { ...emptyProfile('default', 'Default', now), integrationId: 'webex-entra', currentStepId: 'before-you-start' };
}

function expectAppError(fn: () => unknown, reason: string) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION_FAILED');
    expect((error as AppError).params?.reason).toBe(reason);
    return;
  }
  throw new Error('expected an AppError');
}

describe('step engine on the Webex steps', () => {
  it('has the procedure steps 0 to 8 in order', () => {
    expect(webex.steps.map((s) => s.id)).toEqual([
      'before-you-start',
      'add-gallery-app',
      'assign-users',
      'org-id',
      'bearer-token',
      'test-connection',
      'hand-over',
      'attribute-mapping',
      'done',
    ]);
  });

  it('gates Next on the step requirements', () => {
    const profile = startedProfile();
    const first = webex.steps[0]!;
    expect(unmetRequirements(first, profile)).toEqual([{ kind: 'field', fieldId: WEBEX_FIELDS.offer }]);
    expectAppError(() => completeStep(webex, profile, first.id, false, now), 'requirements-unmet');
    const chosen = { ...profile, fields: { [WEBEX_FIELDS.offer]: 'commercial' } };
    const next = completeStep(webex, chosen, first.id, false, now);
    expect(next.completedStepIds).toEqual(['before-you-start']);
    expect(next.currentStepId).toBe('add-gallery-app');
  });

  it('refuses to jump past unfinished steps and to skip a step that cannot be skipped', () => {
    const profile = startedProfile();
    expect(canVisit(webex, profile, 'org-id')).toBe(false);
    expectAppError(() => goToStep(webex, profile, 'org-id', now), 'earlier-steps-open');
    expectAppError(() => completeStep(webex, profile, 'before-you-start', true, now), 'not-skippable');
  });

  it('skips the gallery step only, and records it as skipped', () => {
    let profile: Profile = { ...startedProfile(), fields: { [WEBEX_FIELDS.offer]: 'government' } };
    profile = completeStep(webex, profile, 'before-you-start', false, now);
    profile = completeStep(webex, profile, 'add-gallery-app', true, now);
    expect(profile.skippedStepIds).toEqual(['add-gallery-app']);
    expect(profile.currentStepId).toBe('assign-users');
    expect(stepStatus(webex, profile, webex.steps[1]!)).toBe('skipped');
    expect(firstOpenStepIndex(webex, profile)).toBe(2);
    // Skipped is closed but not done: the progress says so apart.
    expect(progressCounts(webex, profile)).toEqual({ done: 1, skipped: 1, total: 9 });
  });

  it('a completed step whose requirement is undone needs attention and reopens the path', () => {
    let profile: Profile = { ...startedProfile(), fields: { [WEBEX_FIELDS.offer]: 'commercial' } };
    profile = completeStep(webex, profile, 'before-you-start', false, now);
    profile = completeStep(webex, profile, 'add-gallery-app', true, now);
    profile = { ...profile, fields: { ...profile.fields, [WEBEX_FIELDS.testUserAssigned]: 'true' } };
    profile = completeStep(webex, profile, 'assign-users', false, now);
    const unticked = { ...profile, fields: { ...profile.fields, [WEBEX_FIELDS.testUserAssigned]: 'false' }, currentStepId: 'before-you-start' };
    expect(stepStatus(webex, unticked, webex.steps[2]!)).toBe('attention');
    expect(canVisit(webex, unticked, 'org-id')).toBe(false);
  });

  it('falls back to the first open step when the saved current step is out of reach', () => {
    const profile = { ...startedProfile(), currentStepId: 'done' };
    expect(currentStep(webex, profile)?.id).toBe('before-you-start');
  });

  it('forgets a successful connection test when the tenant URL or the token changes', () => {
    const profile = { ...startedProfile(), actions: { [WEBEX_ACTIONS.testConnection]: { ok: true, at: now.toISOString() } } };
    expect(invalidateActions(webex, profile, [WEBEX_FIELDS.tenantUrl]).actions).toEqual({});
    expect(invalidateActions(webex, profile, ['secret:webex-bearer-token']).actions).toEqual({});
    expect(invalidateActions(webex, profile, [WEBEX_FIELDS.galleryAdded]).actions).toEqual(profile.actions);
  });

  it('moves the tenant URL to the other offer, keeping the Org ID', () => {
    const bases = { commercial: 'https://api.ciscospark.com/v1/scim', government: 'https://api-usgov.webex.com/v1/scim' };
    const endpoints = { 'scimBaseUrl.commercial': bases.commercial, 'scimBaseUrl.government': bases.government };
    const orgId = 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c';
    const fields = { [WEBEX_FIELDS.offer]: 'government', [WEBEX_FIELDS.tenantUrl]: `${bases.commercial}/${orgId}` };
    expect(webex.deriveFields?.(fields, endpoints)).toEqual({ [WEBEX_FIELDS.tenantUrl]: `${bases.government}/${orgId}` });
    expect(webex.deriveFields?.({ ...fields, [WEBEX_FIELDS.offer]: 'commercial' }, endpoints)).toEqual({});
  });

  it('every step is reachable: each has an i18n title and requirements that name its own fields or actions', () => {
    for (const step of webex.steps) {
      expect(step.titleKey).toMatch(/^integrations\.webex-entra\.steps\./);
      for (const requirement of step.requires) {
        if (requirement.kind === 'field') expect(step.fields.map((f) => f.id)).toContain(requirement.fieldId);
        if (requirement.kind === 'action') expect(step.actions.map((a) => a.id)).toContain(requirement.actionId);
      }
    }
  });
});
