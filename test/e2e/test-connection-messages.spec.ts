import { expect, test, type Page } from '@playwright/test';
import { newDataDir, startBrowserHost, type RunningHost } from './support/browser-host';
import { expectOnlyDocumentedTestIds, recordTestIds } from './support/testid-contract';
import { startWebexPeers, TEST_ORG_ID, type WebexPeers, type WebexPeersOptions } from './support/webex-peers';
import { next, signInAtProvider, startSignIn, walkToBearerTokenStep } from './support/webex-walk';

/**
 * What the connection test tells the admin beyond pass or fail, through the
 * real UI: the warning a pass can carry, and the SCIM server's own `detail`
 * under a 401 or 404, in English and, after switching the language, in Korean
 * (the result is kept as codes, so the switch rewrites it).
 */

const HANGUL = /[\uAC00-\uD7A3]/;

let peers: WebexPeers | undefined;
let host: RunningHost | undefined;

test.beforeEach(async ({ page }) => recordTestIds(page));
test.afterEach(async ({ page }) => {
  // The warning and the server's words are ids no other spec shows: they belong in the README's table too.
  await expectOnlyDocumentedTestIds(page);
  await host?.stop();
  await peers?.close();
  host = undefined;
  peers = undefined;
});

/** oidc-provider in place of idbroker and a scimmy server shaped by `options`, wired to a browser-mode host. */
async function start(page: Page, options: WebexPeersOptions = {}) {
  peers = await startWebexPeers(newDataDir(), options);
  host = await startBrowserHost({ dataDir: newDataDir(), endpointsFile: peers.endpointsFile });
  await page.goto(host.url);
  await page.getByTestId('language-select').selectOption('en');
}

/** Org ID, a real sign-in, then the test itself. */
async function runTest(page: Page, orgId: string) {
  await walkToBearerTokenStep(page, orgId);
  await signInAtProvider(await startSignIn(page));
  await expect(page.getByTestId('token-captured')).toBeVisible();
  await next(page, 'test-connection');
  await page.getByTestId('action-test-connection').click();
}

test('a pass that found users shows the success line and a users-found warning, in both languages', async ({ page }) => {
  await start(page, { scim: { ignoreFilter: true, users: [{ userName: 'alice@example.com' }, { userName: 'bob@example.com' }] } });
  await runTest(page, TEST_ORG_ID);

  const result = page.getByTestId('test-connection-result');
  const warning = page.getByTestId('test-connection-warning');
  await expect(result).toHaveAttribute('data-outcome', 'ok');
  await expect(result).toContainText('Connection works');
  await expect(warning).toHaveAttribute('data-code', 'users-found');
  await expect(warning).toContainText('found 2 users');
  await expect(page.getByTestId('test-connection-server-detail')).toHaveCount(0);
  // Still a pass: the step can be left.
  await expect(page.getByTestId('nav-next')).toBeEnabled();

  await page.getByTestId('language-select').selectOption('ko');
  await expect(warning).toContainText('사용자 2명');
  await expect(warning).not.toContainText('found');
  await expect(result).toHaveAttribute('data-outcome', 'ok');
  await expect(result).toContainText('연결에 성공했습니다');
  await expect(result).not.toContainText('Connection works');
});

test('a 401 shows the server’s own words under the explanation, verbatim in both languages', async ({ page }) => {
  await start(page, { scimAcceptsTokens: false });
  await runTest(page, TEST_ORG_ID);

  const result = page.getByTestId('test-connection-result');
  const detail = page.getByTestId('test-connection-server-detail');
  await expect(result).toHaveAttribute('data-outcome', 'unauthorized');
  await expect(result).toContainText('401');
  await expect(detail).toContainText('The server said:');
  await expect(detail.locator('blockquote')).toHaveText('The bearer token is invalid or expired.');
  await expect(page.getByTestId('test-connection-warning')).toHaveCount(0);

  await page.getByTestId('language-select').selectOption('ko');
  await expect(result).toHaveText(/토큰을 거부했습니다\(401\)/);
  await expect(detail).toContainText('서버가 보낸 메시지:');
  await expect(detail).not.toContainText('The server said:');
  // The server's words are quoted as they came, not translated.
  await expect(detail.locator('blockquote')).toHaveText('The bearer token is invalid or expired.');
});

test('a 404 shows the server’s own words under the explanation, in both languages', async ({ page }) => {
  await start(page);
  await runTest(page, '0b0b0b0b-1111-4222-8333-444455556666');

  const result = page.getByTestId('test-connection-result');
  const detail = page.getByTestId('test-connection-server-detail');
  await expect(result).toHaveAttribute('data-outcome', 'not-found');
  await expect(result).toContainText('Org ID');
  await expect(detail).toContainText('The server said:');
  await expect(detail.locator('blockquote')).toHaveText('Organization not found.');
  await expect(page.getByTestId('nav-next')).toBeDisabled();

  await page.getByTestId('language-select').selectOption('ko');
  await expect(result).toContainText('404');
  await expect(result).toHaveText(HANGUL);
  await expect(result).not.toContainText('Check the Org ID');
  await expect(detail).toContainText('서버가 보낸 메시지:');
  await expect(detail.locator('blockquote')).toHaveText('Organization not found.');
});
