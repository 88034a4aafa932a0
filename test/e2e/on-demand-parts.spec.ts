import { expect, test, type Page } from '@playwright/test';
import { newDataDir, startBrowserHost, type RunningHost } from './support/browser-host';
import { expectOnlyDocumentedTestIds, recordTestIds } from './support/testid-contract';

/**
 * What a step does not need on screen loads when needed (issue 10): the action and panel kinds only some
 * integrations' steps show are chunks of their own, loaded with the first wizard whose steps use them
 * (renderer/src/ui/on-demand.ts), and so are each integration's texts and its definition (steps, fields,
 * validators: shared/integrations/load-definition.ts). Told by the page's own Resource Timing: which scripts it
 * fetched.
 */

let host: RunningHost | undefined;
test.beforeEach(async ({ page }) => recordTestIds(page));
test.afterEach(async ({ page }) => {
  await expectOnlyDocumentedTestIds(page);
  await host?.stop();
  host = undefined;
});

/** The chunks each part is built into are named after its module (`<module>-<hash>.js`). */
const WEBEX_ONLY_PARTS = [
  // The definition (shared/integrations/webex-entra.ts).
  'webex-entra',
  'CaptureTokenAction',
  'CopyActions',
  'LoadSchemaAction',
  'FactsPanel',
  'TenantUrlPreviewPanel',
  'TokenStatusPanel',
  'MappingTablePanel',
  // Its own texts, in the language on screen (shared/i18n/locale-pack-<lang>-<id>.ts).
  'locale-pack-en-webex-entra',
];
const CXONE_ONLY_PARTS = ['cxone', 'ValuesPanel', 'locale-pack-en-cxone'];
/** Both integrations' steps offer Graph (Entra ID as the IdP). */
const SHARED_ON_DEMAND_PARTS = ['GraphPanel'];

function scriptsFetched(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname.split('/').pop() ?? '')
      .filter((file) => file.endsWith('.js'))
      .map((file) => file.replace(/-[\w-]{8}\.js$/, '')),
  );
}

async function openWizard(page: Page, integrationId: 'webex-entra' | 'cxone', firstStepId: string): Promise<void> {
  host = await startBrowserHost({ dataDir: newDataDir() });
  await page.goto(host.url);
  await expect(page.getByTestId('integration-picker')).toBeVisible();
  const before = await scriptsFetched(page);
  // None of them comes with the first screen.
  for (const part of [...WEBEX_ONLY_PARTS, ...CXONE_ONLY_PARTS, ...SHARED_ON_DEMAND_PARTS, 'IntegrationWizard']) expect(before).not.toContain(part);
  await page.getByTestId(`integration-start-${integrationId}`).click();
  await expect(page.getByTestId(`step-${firstStepId}`)).toBeVisible();
}

test('the CXone wizard loads its own parts and none of the Webex ones', async ({ page }) => {
  await openWizard(page, 'cxone', 'before-you-start');
  // Preloaded as the wizard opens, for the later steps that show them (base URLs, the IdP's values, Graph).
  await expect.poll(() => scriptsFetched(page)).toEqual(expect.arrayContaining([...CXONE_ONLY_PARTS, ...SHARED_ON_DEMAND_PARTS]));
  await page.getByTestId('field-cxone.idp-okta').check();
  await page.getByTestId('field-cxone.environment-standard').check();
  const fetched = await scriptsFetched(page);
  for (const part of WEBEX_ONLY_PARTS) expect(fetched, `${part} was fetched for CXone`).not.toContain(part);
});

test('the Webex wizard loads its own parts and not the CXone values panel', async ({ page }) => {
  await openWizard(page, 'webex-entra', 'before-you-start');
  await expect(page.getByTestId('sync-facts')).toBeVisible();
  await expect.poll(() => scriptsFetched(page)).toEqual(expect.arrayContaining([...WEBEX_ONLY_PARTS, ...SHARED_ON_DEMAND_PARTS]));
  const fetched = await scriptsFetched(page);
  for (const part of CXONE_ONLY_PARTS) expect(fetched, `${part} was fetched for Webex`).not.toContain(part);
});

/**
 * Starts the integration's wizard while the file `blocked` matches cannot be fetched: the wizard's slot says so
 * with Reload and the header still answers; once the file is back, Reload shows `shownAfter`.
 */
async function failThenReload(page: Page, blocked: string | RegExp, integrationId: 'webex-entra' | 'cxone', shownAfter: string[]): Promise<void> {
  await page.route(blocked, (route) => route.abort('connectionrefused'));
  host = await startBrowserHost({ dataDir: newDataDir() });
  await page.goto(host.url);
  await page.getByTestId(`integration-start-${integrationId}`).click();
  const failed = page.getByTestId('screen-load-failed');
  await expect(failed).toHaveAttribute('data-screen', 'wizard');
  await expect(failed).toContainText('This part of the app could not be loaded. Reload to try again; everything you saved is kept.');
  for (const testId of shownAfter) await expect(page.getByTestId(testId)).toHaveCount(0);
  await expect(page.getByTestId('language-select')).toBeEnabled();

  await page.unroute(blocked);
  await page.getByTestId('screen-load-reload').click();
  for (const testId of shownAfter) await expect(page.getByTestId(testId)).toBeVisible();
  await expect(page.getByTestId('screen-load-failed')).toHaveCount(0);
}

test('a part that cannot load: the wizard says so with Reload, and Reload shows the step once the file is back', async ({ page }) => {
  await failThenReload(page, '**/assets/FactsPanel-*.js', 'webex-entra', ['sync-facts']);
});

test("a definition that cannot load: the wizard says so with Reload, and Reload opens the integration's first step", async ({ page }) => {
  // The CXone definition's own chunk (shared/integrations/cxone.ts), not the modules it shares.
  await failThenReload(page, /\/assets\/cxone-[\w-]{8}\.js$/, 'cxone', ['step-before-you-start', 'field-cxone.idp-okta']);
});
