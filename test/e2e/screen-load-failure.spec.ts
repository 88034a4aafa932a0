import { expect, test } from '@playwright/test';
import { newDataDir, startBrowserHost, type RunningHost } from './support/browser-host';
import { expectOnlyDocumentedTestIds, recordTestIds } from './support/testid-contract';

/**
 * A screen loaded on demand (the wizard, a dialog) whose code or texts cannot be fetched: the host
 * stopped, or an install lost a file. The page says so where the screen would be, with Reload, in
 * the language on screen; the header keeps working and nothing saved is lost.
 */

let host: RunningHost | undefined;
test.beforeEach(async ({ page }) => recordTestIds(page));
test.afterEach(async ({ page }) => {
  await expectOnlyDocumentedTestIds(page);
  await host?.stop();
  host = undefined;
});

const WIZARD_CODE = '**/assets/IntegrationWizard-*.js';

test('the wizard cannot load: a message with Reload, in either language; Reload opens it once the files are back', async ({ page }) => {
  host = await startBrowserHost({ dataDir: newDataDir() });
  await page.route(WIZARD_CODE, (route) => route.abort('connectionrefused'));
  await page.goto(host.url);
  await page.getByTestId('integration-start-cxone').click();

  const failed = page.getByTestId('screen-load-failed');
  await expect(failed).toHaveAttribute('data-screen', 'wizard');
  await expect(failed).toContainText('This part of the app could not be loaded. Reload to try again; everything you saved is kept.');
  await expect(page.getByTestId('screen-load-reload')).toHaveText('Reload');

  // The header still works, and the message follows the language.
  await page.getByTestId('language-select').selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(failed).toContainText('앱의 이 부분을 불러오지 못했습니다.');
  await expect(page.getByTestId('screen-load-reload')).toHaveText('다시 불러오기');

  // The choice of integration was saved before the wizard failed to load: Reload lands on its first step.
  await page.unroute(WIZARD_CODE);
  await page.getByTestId('screen-load-reload').click();
  await expect(page.getByTestId('step-before-you-start')).toBeVisible();
  await expect(page.getByTestId('screen-load-failed')).toHaveCount(0);
});

test('the other screens’ texts cannot load: the diagnostics dialog says so instead of showing text keys', async ({ page }) => {
  host = await startBrowserHost({ dataDir: newDataDir() });
  await page.route('**/assets/locale-pack-en-screens-*.js', (route) => route.abort('connectionrefused'));
  await page.goto(host.url);
  await expect(page.getByTestId('integration-picker')).toBeVisible();
  await page.getByTestId('open-diagnostics').click();

  const failed = page.getByTestId('screen-load-failed');
  await expect(failed).toHaveAttribute('data-screen', 'diagnostics');
  await expect(failed).toContainText('This part of the app could not be loaded.');
  await expect(page.getByTestId('diagnostics-panel')).toHaveCount(0);
  // The picker underneath is untouched and still answers.
  await expect(page.getByTestId('integration-start-webex-entra')).toBeEnabled();
});
