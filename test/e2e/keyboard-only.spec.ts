import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { TEST_ORG_ID } from './support/webex-peers';
import { grantClipboard, webexSessions } from './support/webex-session';
import { signInAtProvider } from './support/webex-walk';
import { press, tabTo } from './support/keyboard';

/**
 * Every step of the Webex procedure with the keyboard alone: each control is
 * reached with Tab (never clicked or focused by the test), shows a visible
 * focus ring, and works with Space, Enter or typing. Only the identity
 * provider's own sign-in page, which is not ours, is filled in directly.
 */

const sessions = webexSessions();

async function nextStep(page: Page, stepId: string) {
  await press(page, 'nav-next', 'Enter');
  await expect(page.getByTestId(`step-${stepId}`)).toBeVisible();
}

test('steps 0 to 8 with the keyboard alone', async ({ page, context }) => {
  const { host } = await sessions.start();
  await grantClipboard(context, host.origin);
  await page.goto(host.url);

  await press(page, 'integration-start-webex-entra', 'Enter');
  await press(page, 'field-webex.offer-commercial', 'Space');
  await expect(page.getByTestId('field-webex.offer-commercial')).toBeChecked();
  await nextStep(page, 'add-gallery-app');

  await press(page, 'field-webex.galleryAdded', 'Space');
  await nextStep(page, 'assign-users');

  await press(page, 'field-webex.testUserAssigned', 'Space');
  await nextStep(page, 'org-id');

  await tabTo(page, 'field-webex.tenantUrl');
  await page.keyboard.type(TEST_ORG_ID);
  await expect(page.getByTestId('tenant-url-preview')).toContainText(TEST_ORG_ID);
  await nextStep(page, 'bearer-token');

  const popupOpened = context.waitForEvent('page');
  await press(page, 'action-capture-token', 'Enter');
  const popup = await popupOpened;
  await signInAtProvider(popup);
  await expect(page.getByTestId('token-captured')).toBeVisible();
  await popup.close();
  await page.bringToFront();
  await nextStep(page, 'test-connection');

  await press(page, 'action-test-connection', 'Enter');
  await expect(page.getByTestId('test-connection-result')).toHaveAttribute('data-outcome', 'ok');
  await nextStep(page, 'hand-over');

  await press(page, 'action-copy-tenant-url', 'Enter');
  await expect(page.getByTestId('action-status-copy-tenant-url')).toBeVisible();
  await press(page, 'action-copy-token', 'Enter');
  await expect(page.getByTestId('action-status-copy-token')).toBeVisible();
  for (const id of ['modeAutomatic', 'pasted', 'tested', 'notificationEmail', 'saved']) await press(page, `field-webex.entra.${id}`, 'Space');
  await nextStep(page, 'attribute-mapping');

  const chooser = page.waitForEvent('filechooser');
  await press(page, 'action-load-entra-schema', 'Space');
  await (await chooser).setFiles(join('test', 'fixtures', 'entra-schema', 'webex-default.json'));
  await expect(page.getByTestId('mapping-result')).toBeVisible();
  await press(page, 'field-webex.mappingReviewed', 'Space');
  await nextStep(page, 'done');

  await press(page, 'nav-next', 'Enter');
  await expect(page.getByTestId('wizard-complete')).toBeVisible();
});
