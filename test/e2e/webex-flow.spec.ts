import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { KEYCHAIN_SERVICE } from '../../shared/secrets';
import { keychainAccountIn } from '../support/keychain-account';
import { filesContaining, listFiles } from './support/leak-scan';
import { recordedTestIds, recordTestIds, undocumented } from './support/testid-contract';
import { TEST_ORG_ID } from './support/webex-peers';
import { grantClipboard, webexSessions } from './support/webex-session';
import { next, signInAtProvider, startSignIn, walkToBearerTokenStep } from './support/webex-walk';

/**
 * Steps 0 to 8 of the Webex + Entra procedure, in browser mode, against a
 * real OpenID provider (oidc-provider, implicit `id_token token`), a real
 * SCIM server (scimmy) and the real keychain (gnome-keyring, provided by
 * `npm run test:e2e`).
 */

const keytar = createRequire(import.meta.url)('@github/keytar') as { getPassword(service: string, account: string): Promise<string | null> };
const SCHEMA_FIXTURE = join('test', 'fixtures', 'entra-schema', 'webex-default.json');

const sessions = webexSessions();

async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test('completes steps 0 to 8 with a real OpenID provider, SCIM server and keychain, and leaves no trace of the token', async ({ page, context }) => {
  const { peers, host, dataDir } = await sessions.start();
  await grantClipboard(context, host.origin);
  await recordTestIds(page);
  await page.goto(host.url);

  await expect(page.getByTestId('test-endpoints-banner')).toBeVisible();
  await page.getByTestId('integration-start-webex-entra').click();

  // 0. Before you start.
  await expect(page.getByTestId('step-before-you-start')).toBeVisible();
  await expect(page.getByTestId('sync-facts')).toContainText('null');
  await page.getByTestId('field-webex.offer-commercial').check();
  await next(page, 'add-gallery-app');

  // 1. Gallery app.
  await page.getByTestId('field-webex.galleryAdded').check();
  await next(page, 'assign-users');

  // 2. Assignments.
  await page.getByTestId('field-webex.testUserAssigned').check();
  await next(page, 'org-id');

  // 3. Org ID: pasted upper-case with spaces around it; normalised and previewed.
  await page.getByTestId('field-webex.tenantUrl').fill(`  ${TEST_ORG_ID.toUpperCase()} `);
  await expect(page.getByTestId('tenant-url-preview')).toHaveText(`${peers.scim.baseUrl}/${TEST_ORG_ID}`);
  await next(page, 'bearer-token');

  // 4. Bearer token through the loopback redirect.
  const popup = await startSignIn(page);
  await expect(page.getByTestId('token-waiting')).toContainText(`http://localhost:${peers.loopbackPort}/auth/code`);
  await signInAtProvider(popup);
  await expect(popup.locator('#capture-status')).toHaveAttribute('data-outcome', 'captured');
  expect(await popup.evaluate(() => location.hash)).toBe('');
  await expect(page.getByTestId('token-captured')).toBeVisible();
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-present', 'true');
  // The provider's tokens live one hour: the expiry shown is computed from expires_in, not assumed.
  const expiresAt = Date.parse((await page.getByTestId('token-expiry').getAttribute('data-expires-at')) ?? '');
  expect(expiresAt - Date.now()).toBeGreaterThan(50 * 60_000);
  expect(expiresAt - Date.now()).toBeLessThan(61 * 60_000);
  // Well inside the 30-day window: the renewal reminder shows at once, and says hours, not "1 day".
  await expect(page.getByTestId('token-reminder')).toHaveAttribute('data-state', 'soon');
  await expect(page.getByTestId('token-reminder')).toContainText('less than a day');
  await popup.close();

  const token = await keytar.getPassword(KEYCHAIN_SERVICE, keychainAccountIn(dataDir, 'default', 'webex-bearer-token'));
  expect(token, 'the token is in the real keychain').toBeTruthy();
  expect(await peers.provider.isValidAccessToken(token!)).toBe(true);
  await next(page, 'test-connection');

  // 5. Test connection, as Entra does it.
  await page.getByTestId('action-test-connection').click();
  await expect(page.getByTestId('test-connection-result')).toHaveAttribute('data-outcome', 'ok');
  const probe = peers.scim.requests.at(-1)!;
  expect(probe.method).toBe('GET');
  expect(probe.path).toBe(`/v1/scim/${TEST_ORG_ID}/Users`);
  expect(probe.query.filter).toMatch(/^userName eq "[0-9a-f-]{36}"$/);
  expect(probe.authorization).toBe(`Bearer ${token}`);
  await next(page, 'hand-over');

  // 6. Hand over to Entra: copy both values, then the checklist.
  const handOverOrder = await page
    .getByTestId('step-hand-over')
    .locator('[data-testid^="action-copy-"], [data-testid^="field-webex.entra."]')
    .evaluateAll((elements) => elements.map((e) => e.getAttribute('data-testid')));
  expect(handOverOrder.indexOf('action-copy-token')).toBeLessThan(handOverOrder.indexOf('field-webex.entra.modeAutomatic'));
  await page.getByTestId('action-copy-tenant-url').click();
  await expect(page.getByTestId('action-status-copy-tenant-url')).toBeVisible();
  expect(await readClipboard(page)).toBe(`${peers.scim.baseUrl}/${TEST_ORG_ID}`);
  await page.getByTestId('action-copy-token').click();
  await expect(page.getByTestId('action-status-copy-token')).toContainText('60');
  expect(await readClipboard(page)).toBe(token);
  await expect(page.getByTestId('step-hand-over')).not.toContainText(token!);
  // Five open checklist items are summed up, not listed label by label; two are named.
  await expect(page.getByTestId('step-unmet')).toHaveText('Before you continue: the 5 items above that are still open');
  for (const id of ['modeAutomatic', 'pasted', 'tested']) await page.getByTestId(`field-webex.entra.${id}`).check();
  await expect(page.getByTestId('step-unmet')).toContainText('tick ‘');
  for (const id of ['notificationEmail', 'saved']) await page.getByTestId(`field-webex.entra.${id}`).check();
  await next(page, 'attribute-mapping');

  // 7. Attribute mapping, with Entra's schema loaded.
  await expect(page.getByTestId('mapping-table')).toBeVisible();
  await expect(page.getByTestId('step-attribute-mapping')).toContainText('userName');
  await page.getByTestId('action-load-entra-schema').setInputFiles(SCHEMA_FIXTURE);
  await expect(page.getByTestId('mapping-result')).toBeVisible();
  await expect(page.getByTestId('mapping-row-userName')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('mapping-row-title')).toHaveAttribute('data-status', 'missing');
  await page.getByTestId('field-webex.mappingReviewed').check();
  await next(page, 'done');

  // 8. Done.
  await expect(page.getByTestId('summary-panel')).toBeVisible();
  await expect(page.getByTestId('summary-panel')).toContainText(`${peers.scim.baseUrl}/${TEST_ORG_ID}`);
  await expect(page.getByTestId('action-capture-token')).toBeVisible(); // "Renew token"
  await page.getByTestId('nav-next').click(); // "Finish"
  await expect(page.getByTestId('wizard-progress')).toHaveAttribute('value', '9');
  await expect(page.getByTestId('wizard-complete')).toBeVisible();
  await page.getByTestId('open-diagnostics').click();
  await expect(page.getByTestId('diagnostics-keychain')).toHaveAttribute('data-state', 'ok');

  // Every test id the walk showed is in the README's table (the testers' contract).
  const seen = await recordedTestIds(page);
  expect(seen.length).toBeGreaterThan(60);
  expect(undocumented(seen)).toEqual([]);
  expect(undocumented(['no-such-test-id']), 'the check can fail').toEqual(['no-such-test-id']);

  // No trace of the token outside the keychain: settings, any file in the data folder, the host's output, the page.
  await host.stop();
  const scanned = listFiles(dataDir);
  expect(scanned.some((file) => file.endsWith('settings.json'))).toBe(true);
  expect(readFileSync(join(dataDir, 'settings.json'), 'utf8')).toContain(TEST_ORG_ID);
  expect(filesContaining(dataDir, token!)).toEqual([]);
  expect(host.output()).not.toContain(token!);
  expect(await page.content()).not.toContain(token!);
});

test('"Renew token" repeats the sign-in and keeps everything else', async ({ page }) => {
  const { peers, host, dataDir } = await sessions.start();
  await page.goto(host.url);
  await walkToBearerTokenStep(page, TEST_ORG_ID);

  const account = keychainAccountIn(dataDir, 'default', 'webex-bearer-token');
  for (let round = 0; round < 2; round++) {
    const popup = await startSignIn(page);
    await signInAtProvider(popup);
    await expect(page.getByTestId('token-captured')).toBeVisible();
    await popup.close();
  }
  const renewed = await keytar.getPassword(KEYCHAIN_SERVICE, account);
  expect(await peers.provider.isValidAccessToken(renewed!)).toBe(true);
  await page.getByTestId('step-nav-org-id').click();
  await expect(page.getByTestId('field-webex.tenantUrl')).toHaveValue(`${peers.scim.baseUrl}/${TEST_ORG_ID}`);
});
