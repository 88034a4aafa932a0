import type { EndpointFacts, IntegrationDefinition, ValueSource } from '../integrations/types';

/**
 * The plain text of a field, computed or literal value, as main uses it (a check's base URL)
 * and as the page shows and copies it. Secrets, outcomes and translated texts are not plain
 * values: they return undefined here and are shown by the renderer.
 */
export function plainValue(
  integration: IntegrationDefinition,
  source: ValueSource,
  fields: Readonly<Record<string, string>>,
  endpoints: EndpointFacts,
): string | undefined {
  if ('field' in source) return nonEmpty(Object.hasOwn(fields, source.field) ? fields[source.field] : undefined);
  if ('computed' in source) {
    const computed = integration.computed?.(fields, endpoints) ?? {};
    return nonEmpty(Object.hasOwn(computed, source.computed) ? computed[source.computed] : undefined);
  }
  if ('literal' in source) return source.literal;
  return undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
