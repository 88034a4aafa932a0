import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../shared/external-urls';
import { externalActionUrl } from '../../../shared/integrations/action-url';
import { INTEGRATIONS } from '../../../shared/integrations';
import { WEBEX_FIELDS, webexEntraIntegration } from '../../../shared/integrations/webex-entra';

const openActions = INTEGRATIONS.flatMap((integration) => integration.steps.flatMap((step) => step.actions.map((action) => ({ step: step.id, action }))))
  .map(({ step, action }) => (action.kind === 'open-external' ? { step, action } : null))
  .filter((entry) => entry !== null);

describe('links in the step data', () => {
  it('every address an open-external action can go to is on the allow-list main enforces', () => {
    expect(openActions.length).toBeGreaterThan(0);
    for (const { step, action } of openActions) {
      for (const url of [action.url, ...Object.values(action.urlByField?.urls ?? {})]) expect(isAllowedExternalUrl(url), `${step}: ${url}`).toBe(true);
    }
  });

  it('goes to the Entra Enterprise applications list, not the portal home', () => {
    const gallery = webexEntraIntegration.steps.find((s) => s.id === 'add-gallery-app')!.actions[0]!;
    expect(gallery.kind === 'open-external' && gallery.url).toMatch(
      /^https:\/\/portal\.azure\.com\/#view\/Microsoft_AAD_IAM\/StartboardApplicationsMenuBlade\//,
    );
  });

  it('opens the Control Hub of the chosen offer', () => {
    const action = webexEntraIntegration.steps.find((s) => s.id === 'org-id')!.actions.find((a) => a.id === 'open-control-hub')!;
    if (action.kind !== 'open-external') throw new Error('open-control-hub is not an open-external action');
    expect(externalActionUrl(action, { [WEBEX_FIELDS.offer]: 'government' })).toBe('https://admin-usgov.webex.com/');
    expect(externalActionUrl(action, { [WEBEX_FIELDS.offer]: 'commercial' })).toBe('https://admin.webex.com/');
    expect(externalActionUrl(action, {})).toBe('https://admin.webex.com/');
    // An answer that names an inherited property is not an answer.
    expect(externalActionUrl(action, { [WEBEX_FIELDS.offer]: 'constructor' })).toBe('https://admin.webex.com/');
  });
});
