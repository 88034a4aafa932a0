import { describe, expect, it } from 'vitest';
import { INTEGRATIONS } from '../../../shared/integrations';
import { INTEGRATION_CATALOGUE } from '../../../shared/integrations/catalogue';
import { LOADABLE_INTEGRATION_IDS, loadIntegrationDefinition } from '../../../shared/integrations/load-definition';

describe('integration definitions loaded one at a time (the page)', () => {
  it('loads, for every catalogue entry, the very definition main uses', async () => {
    expect([...LOADABLE_INTEGRATION_IDS].sort()).toEqual(INTEGRATION_CATALOGUE.map((entry) => entry.id).sort());
    for (const definition of INTEGRATIONS) {
      expect(await loadIntegrationDefinition(definition.id)).toBe(definition);
    }
  });

  it('answers the same promise every time, so React sees it settled after the first load', () => {
    expect(loadIntegrationDefinition('cxone')).toBe(loadIntegrationDefinition('cxone'));
  });

  it('answers undefined for an unknown id, a prototype key or an empty id', async () => {
    for (const id of ['okta', 'constructor', '__proto__', 'toString', '']) {
      await expect(loadIntegrationDefinition(id)).resolves.toBeUndefined();
    }
  });
});
