import type { Condition, Conditions } from '../integrations/types';
import type { Profile } from '../settings/schema';

/** What conditions read: the saved answers and which secrets are stored. */
export type ConditionSubject = Pick<Profile, 'fields' | 'secrets'>;

export function conditionHolds(condition: Condition, subject: ConditionSubject): boolean {
  if ('secretStored' in condition) return subject.secrets[condition.secretStored] !== undefined;
  const value = Object.hasOwn(subject.fields, condition.fieldId) ? subject.fields[condition.fieldId] : undefined;
  return value !== undefined && condition.in.includes(value);
}

/** An absent or empty list always holds. */
export function conditionsHold(conditions: Conditions | undefined, subject: ConditionSubject): boolean {
  return (conditions ?? []).every((c) => conditionHolds(c, subject));
}
