import type { ActionDefinition } from './types';

/** The address an open-external action goes to for this profile's answers. */
export function externalActionUrl(action: Extract<ActionDefinition, { kind: 'open-external' }>, fields: Readonly<Record<string, string>>): string {
  const choice = action.urlByField;
  if (!choice) return action.url;
  const answer = Object.hasOwn(fields, choice.fieldId) ? fields[choice.fieldId] : undefined;
  return answer !== undefined && Object.hasOwn(choice.urls, answer) ? (choice.urls[answer] ?? action.url) : action.url;
}
