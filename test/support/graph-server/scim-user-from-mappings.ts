import type { DirectoryUser } from './directory-store';
import type { AttributeMapping, AttributeMappingSource } from './sync-schemas';

/**
 * Applies a job's user attribute mappings to a directory user, giving the SCIM resource Entra would send.
 * Evaluates direct attributes, constants and Switch() (the "active" mapping); other functions are left out.
 */

function sourceAttribute(user: DirectoryUser, name: string): string | null {
  switch (name) {
    case 'objectId':
      return user.id;
    // Entra's source attribute for a soft-deleted (unassigned or deleted) user; a live user is not.
    case 'IsSoftDeleted':
      return 'False';
    case 'accountEnabled':
      return user.accountEnabled ? 'True' : 'False';
    default: {
      const value = (user as unknown as Record<string, unknown>)[name];
      return typeof value === 'string' ? value : null;
    }
  }
}

function evaluate(user: DirectoryUser, source: AttributeMappingSource): string | null {
  if (source.type === 'Attribute') return sourceAttribute(user, source.name);
  if (source.type === 'Constant') return source.name;
  if (source.name === 'Switch') {
    const [input, fallback, ...cases] = source.parameters;
    const actual = input ? evaluate(user, input.value) : null;
    for (let index = 0; index + 1 < cases.length; index += 2) {
      if (evaluate(user, cases[index]!.value) === actual) return evaluate(user, cases[index + 1]!.value);
    }
    const otherwise = fallback ? evaluate(user, fallback.value) : null;
    return otherwise === '' ? null : otherwise;
  }
  return null;
}

/** Sets `name.givenName`, `emails[type eq "work"].value` and the like on a SCIM body. */
function setTarget(body: Record<string, unknown>, target: string, value: string | boolean): void {
  const multi = /^(\w+)\[type eq "(\w+)"\]\.(\w+)$/.exec(target);
  if (multi) {
    const [, attribute = '', type = '', sub = ''] = multi;
    const list = (body[attribute] as Array<Record<string, unknown>> | undefined) ?? [];
    let entry = list.find((candidate) => candidate.type === type);
    if (!entry) {
      entry = { type, ...(list.length === 0 ? { primary: true } : {}) };
      list.push(entry);
    }
    entry[sub] = value;
    body[attribute] = list;
    return;
  }
  const [head = '', child] = target.split('.');
  if (child === undefined) {
    body[head] = value;
    return;
  }
  const complex = (body[head] as Record<string, unknown> | undefined) ?? {};
  complex[child] = value;
  body[head] = complex;
}

export function scimUserFor(
  user: DirectoryUser,
  mappings: AttributeMapping[],
): { body: Record<string, unknown>; modified: Array<{ displayName: string; oldValue: null; newValue: string }> } {
  const body: Record<string, unknown> = { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'] };
  const modified: Array<{ displayName: string; oldValue: null; newValue: string }> = [];
  for (const mapping of mappings) {
    const value = evaluate(user, mapping.source) ?? mapping.defaultValue;
    if (value === null) continue;
    const typed = mapping.targetAttributeName === 'active' ? value === 'True' : value;
    setTarget(body, mapping.targetAttributeName, typed);
    modified.push({ displayName: mapping.targetAttributeName, oldValue: null, newValue: String(value) });
  }
  return { body, modified };
}
