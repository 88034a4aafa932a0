import { expect, test } from '@playwright/test';
import { CXONE_SECRET_FIELDS } from '../../shared/integrations/cxone';
import { cxoneSessions, keychainValue } from './support/cxone-session';
import { checklistOf, next, runCheck, startCxone, storeAccessKey, tickChecklist, walkRoleAndEmployee } from './support/cxone-walk';
import { press, tabTo } from './support/keyboard';
import { grantClipboard } from './support/webex-session';
import { expectAccessible } from './support/axe';

/**
 * The CXone flow for everyone: axe-core (WCAG 2.x A and AA) on every step and state in both
 * languages, and the parts new to this flow (a secret field, its Reveal and Replace dialog, a
 * live check, the values card's copy buttons) with the keyboard alone.
 */

const sessions = cxoneSessions();

for (const locale of ['en-US', 'ko-KR']) {
  test.describe(locale, () => {
    test.use({ locale });
    test(`every CXone step and state passes axe (${locale})`, async ({ page }) => {
      const { host, secrets } = await sessions.start();
      await page.goto(host.url);
      await startCxone(page, 'okta');
      await expectAccessible(page, 'before-you-start with the Okta note');
      await walkRoleAndEmployee(page);
      await page.getByTestId('field-cxone.accessKeyId').fill('ABC DEF');
      await page.getByTestId('field-save-cxone.accessKeyId').click();
      await expect(page.getByTestId('field-error-cxone.accessKeyId')).toBeVisible();
      await expectAccessible(page, 'access-key with a refused value');
      await storeAccessKey(page, secrets);
      await page.getByTestId('field-reveal-cxone.accessKeyId').click();
      await expect(page.getByTestId('field-revealed-cxone.accessKeyId')).toBeVisible();
      await expectAccessible(page, 'access-key stored and revealed');
      await page.getByTestId('field-replace-cxone.accessKeySecret').click();
      await expect(page.getByTestId('confirm-replace-cxone.accessKeySecret')).toBeVisible();
      await expectAccessible(page, 'replace dialog');
      await page.getByTestId('confirm-replace-cxone.accessKeySecret-cancel').click();
      await next(page, 'bearer-token');
      await expectAccessible(page, 'bearer-token (optional for Okta)');
      await next(page, 'region-check');
      await page.getByTestId('field-cxone.region-other').check();
      await page.getByTestId('field-cxone.regionCode').fill('1na');
      await expect(page.getByTestId('field-error-cxone.regionCode')).toBeVisible();
      await expectAccessible(page, 'region-check with a refused code');
      await page.getByTestId('field-cxone.region-na1').check();
      await expect(await runCheck(page, 'check-access-key')).toHaveAttribute('data-outcome', 'ok');
      await expectAccessible(page, 'region-check passed');
      await next(page, 'idp-settings');
      await expectAccessible(page, 'idp-settings (Okta card)');
      await tickChecklist(page, 'idp-settings');
      await next(page, 'done');
      await expectAccessible(page, 'done');
    });
  });
}

test('a secret field, its Reveal and Replace, a live check and a copy button with the keyboard alone', async ({ page, context }) => {
  const { host, secrets, dataDir } = await sessions.start();
  await grantClipboard(context, host.origin);
  await page.goto(host.url);
  await startCxone(page, 'okta');
  await walkRoleAndEmployee(page);

  // Paste (typed here) and Enter saves to the keychain; the input gives way to the stored state.
  await tabTo(page, `field-${CXONE_SECRET_FIELDS.accessKeyId}`);
  await page.keyboard.type(secrets.accessKeyId);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(`field-stored-${CXONE_SECRET_FIELDS.accessKeyId}`)).toBeVisible();
  await tabTo(page, `field-${CXONE_SECRET_FIELDS.accessKeySecret}`);
  await page.keyboard.type(secrets.accessKeySecret);
  await press(page, `field-save-${CXONE_SECRET_FIELDS.accessKeySecret}`, 'Enter');
  await expect(page.getByTestId(`field-stored-${CXONE_SECRET_FIELDS.accessKeySecret}`)).toBeVisible();
  expect(await keychainValue(dataDir, 'cxone-access-key-secret')).toBe(secrets.accessKeySecret);

  // Reveal with Space, Hide with Enter.
  await press(page, `field-reveal-${CXONE_SECRET_FIELDS.accessKeyId}`, 'Space');
  await expect(page.getByTestId(`field-revealed-${CXONE_SECRET_FIELDS.accessKeyId}`)).toContainText(secrets.accessKeyId);
  await press(page, `field-hide-${CXONE_SECRET_FIELDS.accessKeyId}`, 'Enter');
  await expect(page.getByTestId(`field-revealed-${CXONE_SECRET_FIELDS.accessKeyId}`)).toHaveCount(0);

  // Replace opens its dialog; Escape closes it and the stored value stays.
  await press(page, `field-replace-${CXONE_SECRET_FIELDS.accessKeyId}`, 'Enter');
  await expect(page.getByTestId(`confirm-replace-${CXONE_SECRET_FIELDS.accessKeyId}`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId(`confirm-replace-${CXONE_SECRET_FIELDS.accessKeyId}`)).toBeHidden();
  await expect(page.getByTestId(`field-${CXONE_SECRET_FIELDS.accessKeyId}`)).toHaveCount(0);
  expect(await keychainValue(dataDir, 'cxone-access-key-id')).toBe(secrets.accessKeyId);

  for (const id of checklistOf('access-key')) await press(page, `field-${id}`, 'Space');
  await press(page, 'nav-next', 'Enter');
  await expect(page.getByTestId('step-bearer-token')).toBeVisible();
  await press(page, 'nav-next', 'Enter');
  await expect(page.getByTestId('step-region-check')).toBeVisible();

  // The region with the arrow keys' radio group (Space picks), the check with Enter, the copy with Enter.
  await press(page, 'field-cxone.region-na1', 'Space');
  await expect(page.getByTestId('field-cxone.region-na1')).toBeChecked();
  await press(page, 'action-check-access-key', 'Enter');
  await expect(page.getByTestId('check-access-key-result')).toHaveAttribute('data-outcome', 'ok');
  await press(page, 'value-base-urls-scimBaseUrl-copy', 'Enter');
  await expect(page.getByTestId('value-base-urls-scimBaseUrl-status')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('/na1/scim/v2');
  await press(page, 'nav-next', 'Enter');
  await expect(page.getByTestId('step-idp-settings')).toBeVisible();
});
