import { describe, expect, it } from 'vitest';
import { en } from '../../../shared/i18n';
import { INTEGRATIONS } from '../../../shared/integrations';
import { catalogueEntry, findCatalogueEntry, INTEGRATION_CATALOGUE } from '../../../shared/integrations/catalogue';

describe('integration catalogue (what the first screen knows)', () => {
  it('lists every integration, in order, with the definition’s own title, summary and availability', () => {
    expect(INTEGRATION_CATALOGUE.map((entry) => entry.id)).toEqual(INTEGRATIONS.map((definition) => definition.id));
    for (const definition of INTEGRATIONS) {
      const { id, titleKey, summaryKey, available } = definition;
      expect(findCatalogueEntry(id)).toEqual({ id, titleKey, summaryKey, available });
    }
  });

  it('names texts that exist', () => {
    const lookup = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en);
    for (const entry of INTEGRATION_CATALOGUE) {
      expect(typeof lookup(entry.titleKey)).toBe('string');
      expect(typeof lookup(entry.summaryKey)).toBe('string');
    }
  });

  it('finds nothing for an unknown or missing id, and refuses to build a definition on one', () => {
    expect(findCatalogueEntry('okta')).toBeUndefined();
    expect(findCatalogueEntry(null)).toBeUndefined();
    expect(() => catalogueEntry('okta')).toThrow('No catalogue entry for integration okta');
  });
});
