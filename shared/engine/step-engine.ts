import { AppError } from '../errors';
import type { Profile } from '../settings/schema';
import type { ActionDefinition, IntegrationDefinition, Requirement, StepDefinition } from '../integrations/types';
import { conditionsHold } from './conditions';

/**
 * The step engine: pure functions over (integration definition, profile).
 * Main applies them before saving; the renderer uses the same ones to show
 * progress and gate Next, so both sides always agree.
 */
export type StepStatus = 'done' | 'skipped' | 'current' | 'attention' | 'todo';

function isRequirementMet(requirement: Requirement, profile: Profile): boolean {
  switch (requirement.kind) {
    case 'field': {
      const value = profile.fields[requirement.fieldId];
      return value !== undefined && value !== '' && value !== 'false';
    }
    case 'secret':
      return profile.secrets[requirement.secretId] !== undefined;
    case 'action':
      return profile.actions[requirement.actionId]?.ok === true;
  }
}

/** The requirements in force for the profile's answers (a `when` that does not hold drops one). */
export function activeRequirements(step: StepDefinition, profile: Profile): Requirement[] {
  return step.requires.filter((r) => conditionsHold(r.when, profile));
}

export function unmetRequirements(step: StepDefinition, profile: Profile): Requirement[] {
  return activeRequirements(step, profile).filter((r) => !isRequirementMet(r, profile));
}

/** A step with a `skippableKey` can be skipped while its `skippableWhen` holds. */
export function canSkip(step: StepDefinition, profile: Profile): boolean {
  return step.skippableKey !== undefined && conditionsHold(step.skippableWhen, profile);
}

function isClosed(step: StepDefinition, profile: Profile): boolean {
  if (profile.skippedStepIds.includes(step.id)) return true;
  return profile.completedStepIds.includes(step.id) && unmetRequirements(step, profile).length === 0;
}

/** Index of the first step not yet completed (or skipped); steps.length when all are. */
export function firstOpenStepIndex(integration: IntegrationDefinition, profile: Profile): number {
  const index = integration.steps.findIndex((s) => !isClosed(s, profile));
  return index === -1 ? integration.steps.length : index;
}

export function currentStep(integration: IntegrationDefinition, profile: Profile): StepDefinition | undefined {
  const saved = integration.steps.find((s) => s.id === profile.currentStepId);
  if (saved && canVisit(integration, profile, saved.id)) return saved;
  return integration.steps[Math.min(firstOpenStepIndex(integration, profile), integration.steps.length - 1)];
}

export function stepStatus(integration: IntegrationDefinition, profile: Profile, step: StepDefinition): StepStatus {
  if (currentStep(integration, profile)?.id === step.id) return 'current';
  if (profile.skippedStepIds.includes(step.id)) return 'skipped';
  if (profile.completedStepIds.includes(step.id)) return unmetRequirements(step, profile).length === 0 ? 'done' : 'attention';
  return 'todo';
}

/** A step can be visited once every step before it is closed: no jumping past unfinished work. */
export function canVisit(integration: IntegrationDefinition, profile: Profile, stepId: string): boolean {
  const index = integration.steps.findIndex((s) => s.id === stepId);
  return index !== -1 && index <= firstOpenStepIndex(integration, profile);
}

/** Done and skipped are counted apart: a skipped step is closed but was not carried out. */
export interface ProgressCounts {
  done: number;
  skipped: number;
  total: number;
}

export function progressCounts(integration: IntegrationDefinition, profile: Profile): ProgressCounts {
  const closed = integration.steps.filter((s) => isClosed(s, profile));
  const skipped = closed.filter((s) => profile.skippedStepIds.includes(s.id)).length;
  return { done: closed.length - skipped, skipped, total: integration.steps.length };
}

function requireStep(integration: IntegrationDefinition, stepId: string): StepDefinition {
  const step = integration.steps.find((s) => s.id === stepId);
  if (!step) throw new AppError('NOT_FOUND', `Step ${stepId} is not part of ${integration.id}.`, { stepId });
  return step;
}

export function goToStep(integration: IntegrationDefinition, profile: Profile, stepId: string, now: Date): Profile {
  requireStep(integration, stepId);
  if (!canVisit(integration, profile, stepId)) {
    throw new AppError('VALIDATION_FAILED', 'Finish the earlier steps first.', { stepId, reason: 'earlier-steps-open' });
  }
  return { ...profile, currentStepId: stepId, updatedAt: now.toISOString() };
}

/** Marks a step done (or skipped, where the step allows it) and moves to the next one. */
export function completeStep(integration: IntegrationDefinition, profile: Profile, stepId: string, skip: boolean, now: Date): Profile {
  const step = requireStep(integration, stepId);
  if (!canVisit(integration, profile, stepId)) {
    throw new AppError('VALIDATION_FAILED', 'Finish the earlier steps first.', { stepId, reason: 'earlier-steps-open' });
  }
  if (skip && !canSkip(step, profile)) throw new AppError('VALIDATION_FAILED', 'This step cannot be skipped.', { stepId, reason: 'not-skippable' });
  if (!skip) {
    const unmet = unmetRequirements(step, profile);
    if (unmet.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'This step is not finished yet.', {
        stepId,
        reason: 'requirements-unmet',
        unmet: unmet.map(describeRequirement).join(','),
      });
    }
  }
  const completed = skip ? profile.completedStepIds.filter((id) => id !== stepId) : addOnce(profile.completedStepIds, stepId);
  const skipped = skip ? addOnce(profile.skippedStepIds, stepId) : profile.skippedStepIds.filter((id) => id !== stepId);
  // The report says when each step was closed; closing it again (done after skipped) records the new time.
  const stepsClosedAt = { ...profile.stepsClosedAt, [stepId]: now.toISOString() };
  const next: Profile = { ...profile, completedStepIds: completed, skippedStepIds: skipped, stepsClosedAt, updatedAt: now.toISOString() };
  const index = integration.steps.findIndex((s) => s.id === stepId);
  const following = integration.steps[index + 1];
  return { ...next, currentStepId: following ? following.id : stepId };
}

function describeRequirement(requirement: Requirement): string {
  switch (requirement.kind) {
    case 'field':
      return `field:${requirement.fieldId}`;
    case 'secret':
      return `secret:${requirement.secretId}`;
    case 'action':
      return `action:${requirement.actionId}`;
  }
}

function addOnce(list: string[], id: string): string[] {
  return list.includes(id) ? list : [...list, id];
}

function allActions(integration: IntegrationDefinition): ActionDefinition[] {
  return integration.steps.flatMap((s) => s.actions);
}

/** Drops recorded action outcomes that depend on something that just changed (`field id` or `secret:<id>`). */
export function invalidateActions(integration: IntegrationDefinition, profile: Profile, changed: string[]): Profile {
  const stale = allActions(integration).filter((a) => a.kind === 'test-connection' && a.invalidatedBy.some((dep) => changed.includes(dep)));
  if (stale.length === 0) return profile;
  const actions = { ...profile.actions };
  for (const action of stale) delete actions[action.id];
  return { ...profile, actions };
}

export function findField(integration: IntegrationDefinition, fieldId: string) {
  for (const step of integration.steps) {
    const field = step.fields.find((f) => f.id === fieldId);
    if (field) return { step, field };
  }
  return undefined;
}
