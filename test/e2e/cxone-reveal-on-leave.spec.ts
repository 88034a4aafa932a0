import { expect, test, type Page } from '@playwright/test';
import { cxoneSessions } from './support/cxone-session';
import { next, saveSecret, skipAccessKeySteps, startCxone, storeAccessKey, walkRoleAndEmployee } from './support/cxone-walk';
import { expectOnlyDocumentedTestIds, recordTestIds } from './support/testid-contract';

/**
 * Issue 8: a revealed secret is "hidden again after 30 s or on leaving the step". The 30 s timer
 * is covered by cxone-flow.spec.ts; these prove the other half. Reveal, leave the step (Next/Back,
 * or the step list), come back well within 30 s: the value is masked again and is nowhere in the
 * DOM, neither in the markup nor in any input's value.
 */

const sessions = cxoneSessions();

test.beforeEach(async ({ page }) => recordTestIds(page));
test.afterEach(async ({ page }) => {
  await expectOnlyDocumentedTestIds(page);
});

/** The secret's text anywhere in the page: the markup, or a form control's live value (not in the markup). */
async function secretInDom(page: Page, value: string): Promise<boolean> {
  if ((await page.content()).includes(value)) return true;
  return page.evaluate(
    (secret) => [...document.querySelectorAll('input, textarea')].some((el) => (el as HTMLInputElement | HTMLTextAreaElement).value.includes(secret)),
    value,
  );
}

/** Reveals the stored value and proves it is really on the page, so the "gone" check after leaving can fail. */
async function reveal(page: Page, fieldId: string, value: string) {
  await page.getByTestId(`field-reveal-${fieldId}`).click();
  await expect(page.getByTestId(`field-revealed-${fieldId}`)).toContainText(value);
  expect(await secretInDom(page, value)).toBe(true);
}

/** Back on the step: stored, masked (Reveal offered again), and the value gone from the DOM. */
async function expectMaskedAgain(page: Page, fieldId: string, value: string) {
  await expect(page.getByTestId(`field-block-${fieldId}`)).toHaveAttribute('data-stored', 'true');
  await expect(page.getByTestId(`field-reveal-${fieldId}`)).toBeVisible();
  await expect(page.getByTestId(`field-revealed-${fieldId}`)).toHaveCount(0);
  expect(await secretInDom(page, value)).toBe(false);
}

test('a revealed secret access key is hidden again after Next then Back', async ({ page }) => {
  const { host, secrets } = await sessions.start();
  // Playwright's clock, paused: the 30 s timer cannot be what hides the value in this test.
  await page.clock.install();
  await page.goto(host.url);
  await startCxone(page, 'okta');
  await walkRoleAndEmployee(page);
  await storeAccessKey(page, secrets);

  const field = 'cxone.accessKeySecret';
  await reveal(page, field, secrets.accessKeySecret);
  await next(page, 'bearer-token');
  expect(await secretInDom(page, secrets.accessKeySecret)).toBe(false);
  await page.getByTestId('nav-back').click();
  await expect(page.getByTestId('step-access-key')).toBeVisible();
  await expectMaskedAgain(page, field, secrets.accessKeySecret);

  // Hiding did not break Reveal: it reads the keychain again on request.
  await reveal(page, field, secrets.accessKeySecret);
});

test('a revealed bearer token is hidden again after leaving through the step list and coming back', async ({ page }) => {
  const { host, secrets } = await sessions.start();
  await page.clock.install();
  await page.goto(host.url);
  await startCxone(page, 'entra');
  await skipAccessKeySteps(page);
  const field = 'cxone.bearerToken';
  await saveSecret(page, field, secrets.bearerToken);
  await next(page, 'region-check');
  await page.getByTestId('step-nav-bearer-token').click();
  await expect(page.getByTestId('step-bearer-token')).toBeVisible();

  await reveal(page, field, secrets.bearerToken);
  await page.getByTestId('step-nav-region-check').click();
  await expect(page.getByTestId('step-region-check')).toBeVisible();
  expect(await secretInDom(page, secrets.bearerToken)).toBe(false);
  await page.getByTestId('step-nav-bearer-token').click();
  await expect(page.getByTestId('step-bearer-token')).toBeVisible();
  await expectMaskedAgain(page, field, secrets.bearerToken);
});
