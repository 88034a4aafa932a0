import { expect, test } from '@playwright/test';
import { TEST_ORG_ID } from './support/webex-peers';
import { webexSessions } from './support/webex-session';
import { next, signInAtProvider, startSignIn } from './support/webex-walk';
import { expectAccessible } from './support/axe';

/**
 * axe-core (WCAG 2.x A and AA rules) on every screen of the wizard, in both
 * languages: labels, names, roles, contrast, landmarks. One finding fails.
 */

const sessions = webexSessions();

for (const locale of ['en-US', 'ko-KR']) {
  test.describe(locale, () => {
    test.use({ locale });
    test(`every screen passes axe (${locale})`, async ({ page }) => {
      const { host } = await sessions.start();
      await page.goto(host.url);
      await expectAccessible(page, 'integration picker');
      await page.getByTestId('open-diagnostics').click();
      await expect(page.getByTestId('diagnostics-keychain')).not.toHaveAttribute('data-state', 'checking');
      await expectAccessible(page, 'diagnostics');
      await page.getByTestId('diagnostics-close').click();

      await page.getByTestId('integration-start-webex-entra').click();
      await expectAccessible(page, 'before-you-start');
      await page.getByTestId('field-webex.offer-commercial').check();
      await next(page, 'add-gallery-app');
      await expectAccessible(page, 'add-gallery-app');
      await page.getByTestId('field-webex.galleryAdded').check();
      await next(page, 'assign-users');
      await expectAccessible(page, 'assign-users');
      await page.getByTestId('field-webex.testUserAssigned').check();
      await next(page, 'org-id');
      await page.getByTestId('field-webex.tenantUrl').fill('a35bfbc6-ccbd-4a17-a488-72gf46c5420c');
      await expect(page.getByTestId('field-error-webex.tenantUrl')).toBeVisible();
      await expectAccessible(page, 'org-id with an error');
      await page.getByTestId('field-webex.tenantUrl').fill(TEST_ORG_ID);
      await expect(page.getByTestId('tenant-url-preview')).toContainText(TEST_ORG_ID);
      await next(page, 'bearer-token');
      const popup = await startSignIn(page);
      await expect(page.getByTestId('token-waiting')).toBeVisible();
      await expectAccessible(page, 'bearer-token while waiting');
      await signInAtProvider(popup);
      await expect(page.getByTestId('token-captured')).toBeVisible();
      await popup.close();
      await expectAccessible(page, 'bearer-token captured');
      await next(page, 'test-connection');
      await page.getByTestId('action-test-connection').click();
      await expect(page.getByTestId('test-connection-result')).toHaveAttribute('data-outcome', 'ok');
      await expectAccessible(page, 'test-connection');
      await next(page, 'hand-over');
      await expectAccessible(page, 'hand-over');
      for (const id of ['modeAutomatic', 'pasted', 'tested', 'notificationEmail', 'saved']) await page.getByTestId(`field-webex.entra.${id}`).check();
      await next(page, 'attribute-mapping');
      await page.getByTestId('action-load-entra-schema').setInputFiles('test/fixtures/entra-schema/webex-default.json');
      await expect(page.getByTestId('mapping-result')).toBeVisible();
      await expectAccessible(page, 'attribute-mapping');
      await page.getByTestId('field-webex.mappingReviewed').check();
      await next(page, 'done');
      await page.getByTestId('nav-next').click();
      await expect(page.getByTestId('wizard-complete')).toBeVisible();
      await expectAccessible(page, 'done');
    });
  });
}
