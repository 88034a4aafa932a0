import { expect, type Page } from '@playwright/test';

/** Clicks Next and waits for the step that should follow. */
export async function next(page: Page, expectedStepId: string) {
  await page.getByTestId('nav-next').click();
  await expect(page.getByTestId(`step-${expectedStepId}`)).toBeVisible();
}

/** From the integration picker to step 3 (Org ID), the quick way: commercial offer, gallery step skipped. */
export async function walkToOrgIdStep(page: Page) {
  await page.getByTestId('integration-start-webex-entra').click();
  await page.getByTestId('field-webex.offer-commercial').check();
  await next(page, 'add-gallery-app');
  await page.getByTestId('nav-skip').click();
  await expect(page.getByTestId('step-assign-users')).toBeVisible();
  await page.getByTestId('field-webex.testUserAssigned').check();
  await next(page, 'org-id');
}

/** ...and on to step 4 (bearer token) with `orgId` saved. */
export async function walkToBearerTokenStep(page: Page, orgId: string) {
  await walkToOrgIdStep(page);
  await page.getByTestId('field-webex.tenantUrl').fill(orgId);
  await expect(page.getByTestId('tenant-url-preview')).toContainText(orgId.toLowerCase());
  await next(page, 'bearer-token');
}

/** Signs in on oidc-provider's form, unless its session from an earlier sign-in lets it redirect at once. */
export async function signInAtProvider(popup: Page) {
  const login = popup.locator('input[name="login"]');
  await login.or(popup.locator('#capture-status')).first().waitFor();
  if (!(await login.isVisible())) return;
  await login.fill('admin@example.com');
  await popup.locator('input[name="password"]').fill('any password');
  await popup.locator('button[type="submit"]').click();
}

/**
 * Clicks "Get token" and returns the sign-in tab the page opened. When the page says why it could not
 * start (the port taken, the keychain locked), fails at once with that sentence instead of waiting out
 * the test's timeout for a tab that will not open.
 */
export async function startSignIn(page: Page): Promise<Page> {
  const popupOpened = page.context().waitForEvent('page');
  await page.getByTestId('action-capture-token').click();
  const refused = page
    .getByTestId('token-error')
    .waitFor()
    .then(async () => Promise.reject(new Error(`No sign-in tab opened; the page says: ${await page.getByTestId('token-error').textContent()}`)));
  refused.catch(() => undefined);
  return Promise.race([popupOpened, refused]);
}
