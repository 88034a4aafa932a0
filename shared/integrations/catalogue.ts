/**
 * What the first screen knows of each integration: its name, its summary and whether it can be
 * started. The steps, fields and validators (index.ts) load with the wizard, once one is chosen;
 * each definition takes its entry from here, so the two never disagree.
 */
export interface IntegrationCatalogueEntry {
  id: string;
  titleKey: string;
  summaryKey: string;
  available: boolean;
}

const entry = (id: string, available: boolean): IntegrationCatalogueEntry => ({
  id,
  titleKey: `integrations.${id}.title`,
  summaryKey: `integrations.${id}.summary`,
  available,
});

/** In the picker's order. */
export const INTEGRATION_CATALOGUE: readonly IntegrationCatalogueEntry[] = [entry('webex-entra', true), entry('cxone', true)];

export function findCatalogueEntry(id: string | null | undefined): IntegrationCatalogueEntry | undefined {
  return INTEGRATION_CATALOGUE.find((item) => item.id === id);
}

/** The entry a definition is built on; an id missing here is a programming error caught at load. */
export function catalogueEntry(id: string): IntegrationCatalogueEntry {
  const found = findCatalogueEntry(id);
  if (!found) throw new Error(`No catalogue entry for integration ${id}`);
  return found;
}
