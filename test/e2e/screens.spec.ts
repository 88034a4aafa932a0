import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { TEST_ORG_ID } from './support/webex-peers';
import { newDataDir } from './support/browser-host';
import { webexSessions } from './support/webex-session';
import { next, signInAtProvider, startSignIn, walkToBearerTokenStep } from './support/webex-walk';
import { WCAG_TAGS } from './support/axe';
import { expectDialogCentred, expectNextWithoutScrolling } from './support/screen-checks';

/**
 * Screenshots of every Webex screen in both languages, for people to look at
 * (test/artifacts/screens/<lang>/<nn>-<screen>.png), and on each one the
 * layout promise the screenshots are judged by: Next is on screen at
 * 1280x800 without scrolling the page.
 */

const sessions = webexSessions();
const SCREENS = join('test', 'artifacts', 'screens');
const SCHEMA_FIXTURE = join('test', 'fixtures', 'entra-schema', 'webex-default.json');

interface ShotOptions {
  /** Screens with the wizard's Next button: check it is on screen with the page at its top. */
  nextOnScreen: boolean;
  /** What the screen is about when it is below the fold: scrolled into view for the picture (else the page's top). */
  view?: string;
}

/** The dialogs are drawn by ui/Dialog: axe's WCAG A/AA rules on each, as accessibility.spec.ts does for the steps. */
async function expectDialogAccessible(page: Page, testId: string | null) {
  const dialog = testId ? `[data-testid="${testId}"]` : 'dialog[open]';
  const { violations } = await new AxeBuilder({ page }).include(dialog).withTags(WCAG_TAGS).analyze();
  expect
    .soft(
      violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      dialog,
    )
    .toEqual([]);
  // Centred in the window, wherever the page was scrolled and wherever the dialog sits in the page.
  await expectDialogCentred(page, dialog, dialog);
}

function screenshotter(page: Page, folder: string) {
  mkdirSync(folder, { recursive: true });
  let count = 0;
  return async (screen: string, options: ShotOptions) => {
    if (options.view) await page.getByTestId(options.view).evaluate((element) => element.scrollIntoView({ block: 'center' }));
    else await page.evaluate(() => window.scrollTo(0, 0));
    // Spinners and caret blinks are frozen so two runs of the same screen compare.
    await page.screenshot({ path: join(folder, `${String(count++).padStart(2, '0')}-${screen}.png`), animations: 'disabled', caret: 'hide' });
    if (options.nextOnScreen) await expectNextWithoutScrolling(page, screen);
  };
}

for (const [locale, lang] of [
  ['en-US', 'en'],
  ['ko-KR', 'ko'],
] as const) {
  test.describe(`every Webex screen (${lang})`, () => {
    test.use({ locale, viewport: { width: 1280, height: 800 } });

    test(`is screenshotted at 1280x800 with Next on screen (${lang})`, async ({ page }) => {
      const { host } = await sessions.start();
      const shot = screenshotter(page, join(SCREENS, lang));
      await page.goto(host.url);
      await expect(page.getByTestId('integration-picker')).toBeVisible();
      await shot('picker', { nextOnScreen: false });

      await page.getByTestId('open-diagnostics').click();
      await expect(page.getByTestId('diagnostics-keychain')).toHaveAttribute('data-state', 'ok');
      await shot('diagnostics', { nextOnScreen: false });
      await expectDialogAccessible(page, null);
      // Focus starts inside the modal dialog (on its title), not on the page behind it.
      expect(await page.evaluate(() => document.activeElement?.closest('dialog[open]') !== null)).toBe(true);
      await page.getByTestId('diagnostics-close').click();
      await expect(page.getByTestId('diagnostics-panel')).toBeHidden();

      await page.getByTestId('integration-start-webex-entra').click();
      await expect(page.getByTestId('step-before-you-start')).toBeVisible();
      await shot('before-you-start', { nextOnScreen: true });
      await page.getByTestId('field-webex.offer-commercial').check();
      await shot('before-you-start-chosen', { nextOnScreen: true });
      await next(page, 'add-gallery-app');
      await shot('add-gallery-app', { nextOnScreen: true });

      // Skipped, so the step list shows a skipped mark beside the done ones.
      await page.getByTestId('nav-skip').click();
      await expect(page.getByTestId('step-assign-users')).toBeVisible();
      await shot('assign-users', { nextOnScreen: true });
      await page.getByTestId('field-webex.testUserAssigned').check();
      await next(page, 'org-id');
      await shot('org-id', { nextOnScreen: true });
      await page.getByTestId('field-webex.tenantUrl').fill('a35bfbc6-ccbd-4a17-a488-72gf46c5420c');
      await expect(page.getByTestId('field-error-webex.tenantUrl')).toBeVisible();
      await shot('org-id-error', { nextOnScreen: true, view: 'field-error-webex.tenantUrl' });
      await page.getByTestId('field-webex.tenantUrl').fill(TEST_ORG_ID);
      await expect(page.getByTestId('tenant-url-preview')).toContainText(TEST_ORG_ID);
      await shot('org-id-saved', { nextOnScreen: true });
      await next(page, 'bearer-token');
      await shot('bearer-token', { nextOnScreen: true });
      await page.getByTestId('token-paste-open').click();
      await shot('bearer-token-paste-form', { nextOnScreen: true, view: 'token-paste-form' });
      await page.getByTestId('token-paste-close').click();

      const popup = await startSignIn(page);
      await expect(page.getByTestId('token-waiting')).toBeVisible();
      await shot('bearer-token-waiting', { nextOnScreen: true, view: 'token-waiting' });
      await signInAtProvider(popup);
      await expect(page.getByTestId('token-captured')).toBeVisible();
      await popup.close();
      await page.bringToFront();
      await shot('bearer-token-captured', { nextOnScreen: true, view: 'token-captured' });
      await page.getByTestId('token-remove').click();
      await expect(page.getByTestId('confirm-remove-token')).toBeVisible();
      await shot('bearer-token-remove-dialog', { nextOnScreen: false });
      await expectDialogAccessible(page, 'confirm-remove-token');
      await expect(page.getByTestId('confirm-remove-token-cancel'), 'the safe answer has the focus').toBeFocused();
      await page.getByTestId('confirm-remove-token-cancel').click();
      await expect(page.getByTestId('confirm-remove-token')).toBeHidden();
      await next(page, 'test-connection');
      await shot('test-connection', { nextOnScreen: true });
      await page.getByTestId('action-test-connection').click();
      await expect(page.getByTestId('test-connection-result')).toHaveAttribute('data-outcome', 'ok');
      await shot('test-connection-passed', { nextOnScreen: true, view: 'test-connection-result' });
      await next(page, 'hand-over');
      await shot('hand-over', { nextOnScreen: true });
      for (const id of ['modeAutomatic', 'pasted', 'tested', 'notificationEmail', 'saved']) await page.getByTestId(`field-webex.entra.${id}`).check();
      await shot('hand-over-ticked', { nextOnScreen: true, view: 'field-webex.entra.saved' });
      await next(page, 'attribute-mapping');
      await shot('attribute-mapping', { nextOnScreen: true });
      await page.getByTestId('action-load-entra-schema').setInputFiles(SCHEMA_FIXTURE);
      await expect(page.getByTestId('mapping-result')).toBeVisible();
      await shot('attribute-mapping-loaded', { nextOnScreen: true, view: 'mapping-result' });
      await page.getByTestId('field-webex.mappingReviewed').check();
      await next(page, 'done');
      await shot('done', { nextOnScreen: true });
      await page.getByTestId('nav-next').click();
      await expect(page.getByTestId('wizard-complete')).toBeVisible();
      await shot('complete', { nextOnScreen: true, view: 'wizard-complete' });
      await page.getByTestId('change-integration').click();
      await expect(page.getByTestId('confirm-change-integration')).toBeVisible();
      await shot('change-integration-dialog', { nextOnScreen: false });
      await expectDialogAccessible(page, 'confirm-change-integration');
      await page.getByTestId('confirm-change-integration-cancel').click();
      await expect(page.getByTestId('wizard')).toBeVisible();
    });

    test(`shows a start-up notice and a failed connection test (${lang})`, async ({ page }) => {
      // A damaged settings file: the app starts fresh and says so in a notice banner.
      const dataDir = newDataDir();
      writeFileSync(join(dataDir, 'settings.json'), '{"schemaVersion": 1, "profiles": {broken');
      const { host } = await sessions.start({ dataDir });
      const shot = screenshotter(page, join(SCREENS, `${lang}-problems`));
      await page.goto(host.url);
      await expect(page.getByTestId('notice-settings-corrupt-moved')).toBeVisible();
      await shot('notice', { nextOnScreen: false });
      await page.getByTestId('notice-dismiss-settings-corrupt-moved').click();

      // An Org ID the SCIM server does not know: a 404 with the server's own words under the explanation.
      await walkToBearerTokenStep(page, '0b0b0b0b-1111-4222-8333-444455556666');
      const popup = await startSignIn(page);
      await signInAtProvider(popup);
      await expect(page.getByTestId('token-captured')).toBeVisible();
      await popup.close();
      await next(page, 'test-connection');
      await page.getByTestId('action-test-connection').click();
      await expect(page.getByTestId('test-connection-result')).toHaveAttribute('data-outcome', 'not-found');
      await shot('test-connection-failed', { nextOnScreen: true, view: 'test-connection-result' });
    });
  });
}

for (const viewport of [
  { width: 900, height: 700 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`the wizard at ${viewport.width}x${viewport.height}`, () => {
    test.use({ locale: 'en-US', viewport });

    test(`keeps Next on screen at ${viewport.width}x${viewport.height}`, async ({ page }) => {
      const { host } = await sessions.start();
      const shot = screenshotter(page, join(SCREENS, `en-${viewport.width}x${viewport.height}`));
      await page.goto(host.url);
      await expect(page.getByTestId('integration-picker')).toBeVisible();
      await shot('picker', { nextOnScreen: false });
      await page.getByTestId('integration-start-webex-entra').click();
      await page.getByTestId('field-webex.offer-commercial').check();
      await shot('before-you-start', { nextOnScreen: true });
      await next(page, 'add-gallery-app');
      await page.getByTestId('nav-skip').click();
      await page.getByTestId('field-webex.testUserAssigned').check();
      await next(page, 'org-id');
      await page.getByTestId('field-webex.tenantUrl').fill(TEST_ORG_ID);
      await expect(page.getByTestId('tenant-url-preview')).toContainText(TEST_ORG_ID);
      await shot('org-id-saved', { nextOnScreen: true });
      await next(page, 'bearer-token');
      await shot('bearer-token', { nextOnScreen: true });
      await page.getByTestId('open-diagnostics').click();
      await expect(page.getByTestId('diagnostics-keychain')).toHaveAttribute('data-state', 'ok');
      await shot('diagnostics', { nextOnScreen: false });
    });
  });
}
