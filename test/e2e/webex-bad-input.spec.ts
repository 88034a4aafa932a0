import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { newDataDir, startBrowserHost, type RunningHost } from './support/browser-host';
import { freePort, startWebexPeers, TEST_ORG_ID, type WebexPeers } from './support/webex-peers';
import { expectOnlyDocumentedTestIds, recordTestIds } from './support/testid-contract';
import { next, signInAtProvider, startSignIn, walkToBearerTokenStep, walkToOrgIdStep } from './support/webex-walk';

/**
 * The bad inputs of the Webex flow, through the real UI: each gets a clear
 * message where the admin is looking, and nothing saved before is lost.
 * (Every variant of each is also covered at unit level; these prove the
 * message reaches the screen.)
 */

const SEED_EXAMPLE_ORG_ID = 'a35bfbc6-ccbd-4a17-a488-72gf46c5420c';
const PRODUCTION_TENANT_URL = `https://api.ciscospark.com/v1/scim/${TEST_ORG_ID}`;

let host: RunningHost | undefined;
let peers: WebexPeers | undefined;
let blocker: ChildProcess | undefined;
test.beforeEach(async ({ page }) => recordTestIds(page));
test.afterEach(async ({ page }) => {
  // Error states show ids the happy path never does: they are part of the testers' contract too.
  await expectOnlyDocumentedTestIds(page);
  blocker?.kill();
  await host?.stop();
  await peers?.close();
  host = undefined;
  peers = undefined;
  blocker = undefined;
});

async function startWithPeers(page: Page, options: Parameters<typeof startWebexPeers>[1] = {}, env: NodeJS.ProcessEnv = {}) {
  const dataDir = newDataDir();
  peers = await startWebexPeers(newDataDir(), options);
  host = await startBrowserHost({ dataDir, endpointsFile: peers.endpointsFile, env });
  await page.goto(host.url);
  return dataDir;
}

function savedSettings(dataDir: string): string {
  return readFileSync(join(dataDir, 'settings.json'), 'utf8');
}

test.describe('tenant URL (production endpoints)', () => {
  const cases: Array<{ input: string; says: RegExp }> = [
    { input: `http://api.ciscospark.com/v1/scim/${TEST_ORG_ID}`, says: /https/ },
    { input: `https://api.ciscospark.com@evil.example/v1/scim/${TEST_ORG_ID}`, says: /user ?name|userinfo|@/i },
    { input: `https://api.ciscospark.com.evil.example/v1/scim/${TEST_ORG_ID}`, says: /api\.ciscospark\.com/ },
    { input: `https://api.ciscospark.com:8443/v1/scim/${TEST_ORG_ID}`, says: /port/i },
    { input: `https://api.ciscospark.com/v1/scim/${TEST_ORG_ID}?x=1`, says: /query|\?/i },
    { input: `https://api.ciscospark.com/v1/scim/`, says: /Org ID/ },
    { input: SEED_EXAMPLE_ORG_ID, says: /'g' at position 27/ },
  ];

  test('each bad value gets a precise message and the saved URL survives it and a reload', async ({ page }) => {
    const dataDir = newDataDir();
    host = await startBrowserHost({ dataDir });
    await page.goto(host.url);
    await walkToOrgIdStep(page);
    const field = page.getByTestId('field-webex.tenantUrl');
    // Quotes and a trailing slash around a good URL are tidied, not refused.
    await field.fill(`"${PRODUCTION_TENANT_URL}/"`);
    await expect(page.getByTestId('tenant-url-preview')).toHaveText(PRODUCTION_TENANT_URL);
    await expect.poll(() => savedSettings(dataDir)).toContain(PRODUCTION_TENANT_URL);

    for (const { input, says } of cases) {
      await field.fill(input);
      const error = page.getByTestId('field-error-webex.tenantUrl');
      await expect(error, input).toHaveText(says);
      expect(await error.textContent(), input).not.toMatch(/^\s*invalid\.?\s*$/i);
      await expect(page.getByTestId('tenant-url-preview')).toHaveText(PRODUCTION_TENANT_URL);
    }
    await page.reload();
    await expect(page.getByTestId('field-webex.tenantUrl')).toHaveValue(PRODUCTION_TENANT_URL);
    expect(savedSettings(dataDir)).toContain(PRODUCTION_TENANT_URL);
    await expect(page.getByTestId('nav-next')).toBeEnabled();
  });

  test.describe('in Korean', () => {
    test.use({ locale: 'ko-KR' });
    test('the messages are Korean and just as precise', async ({ page }) => {
      host = await startBrowserHost({ dataDir: newDataDir() });
      await page.goto(host.url);
      await walkToOrgIdStep(page);
      const field = page.getByTestId('field-webex.tenantUrl');
      const error = page.getByTestId('field-error-webex.tenantUrl');
      await field.fill(SEED_EXAMPLE_ORG_ID);
      await expect(error).toHaveText("저장하지 않았습니다. 27번째 문자 'g'는 쓸 수 없습니다. 조직 ID에는 16진수 문자(0-9, a-f)와 대시(-)만 쓰세요.");
      await field.fill(`https://api.ciscospark.com@evil.example/v1/scim/${TEST_ORG_ID}`);
      // The particle follows the host's reading (evil.example → 이그잼플 → 로), never '(으)로'.
      await expect(error).toContainText('실제로는 evil.example로 연결됩니다');
      await field.fill(`https://api.ciscospark.com:8443/v1/scim/${TEST_ORG_ID}`);
      await expect(error).toContainText('":8443" 부분을 지우세요');
    });
  });

  test('the base64 org id form Webex APIs return is decoded to the Org ID', async ({ page }) => {
    host = await startBrowserHost({ dataDir: newDataDir() });
    await page.goto(host.url);
    await walkToOrgIdStep(page);
    const base64 = Buffer.from(`ciscospark://us/ORGANIZATION/${TEST_ORG_ID}`).toString('base64');
    await page.getByTestId('field-webex.tenantUrl').fill(base64);
    await expect(page.getByTestId('tenant-url-preview')).toHaveText(PRODUCTION_TENANT_URL);
  });

  test('Webex for Government gets its own host, and a commercial URL is refused there', async ({ page }) => {
    host = await startBrowserHost({ dataDir: newDataDir() });
    await page.goto(host.url);
    await page.getByTestId('integration-start-webex-entra').click();
    await page.getByTestId('field-webex.offer-government').check();
    await next(page, 'add-gallery-app');
    await page.getByTestId('nav-skip').click();
    await page.getByTestId('field-webex.testUserAssigned').check();
    await next(page, 'org-id');
    await page.getByTestId('field-webex.tenantUrl').fill(TEST_ORG_ID);
    await expect(page.getByTestId('tenant-url-preview')).toHaveText(`https://api-usgov.webex.com/v1/scim/${TEST_ORG_ID}`);
    await page.getByTestId('field-webex.tenantUrl').fill(PRODUCTION_TENANT_URL);
    await expect(page.getByTestId('field-error-webex.tenantUrl')).toContainText('api-usgov.webex.com');
  });
});

test('port of the redirect already in use: says so, and by which program', async ({ page }) => {
  const port = await freePort();
  blocker = spawn(process.execPath, ['-e', `require('http').createServer().listen(${port}, '127.0.0.1', () => console.log('ready'))`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => blocker!.stdout!.once('data', () => resolve()));
  await startWithPeers(page, { loopbackPort: port });
  await walkToBearerTokenStep(page, TEST_ORG_ID);
  await page.getByTestId('action-capture-token').click();
  const error = page.getByTestId('token-error');
  await expect(error).toContainText(`${port}`);
  await expect(error).toContainText(`node (pid ${blocker.pid})`);
  await expect(error).toContainText(`http://localhost:${port}/auth/code`);
  // Nothing else changed: the tenant URL is still there and the button can be used again.
  await expect(page.getByTestId('action-capture-token')).toBeEnabled();
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-present', 'false');
});

test('a sign-in the admin cancels at the provider shows the provider error', async ({ page }) => {
  await startWithPeers(page);
  await walkToBearerTokenStep(page, TEST_ORG_ID);
  const popup = await startSignIn(page);
  await popup.getByText('[ Cancel ]').click();
  await expect(popup.locator('#capture-status')).toHaveAttribute('data-outcome', 'error');
  await expect(page.getByTestId('token-error')).toContainText('access_denied');
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-present', 'false');
  await expect(page.getByTestId('nav-next')).toBeDisabled();
});

test('a redirect with a forged state is refused and the real sign-in still completes', async ({ page }) => {
  await startWithPeers(page);
  await walkToBearerTokenStep(page, TEST_ORG_ID);
  const popup = await startSignIn(page);
  const forged = await page.context().newPage();
  await forged.goto(`http://localhost:${peers!.loopbackPort}/auth/code#access_token=forged&token_type=Bearer&state=not-the-state`);
  await expect(forged.locator('#capture-status')).toHaveAttribute('data-outcome', 'rejected');
  await expect(page.getByTestId('token-waiting')).toBeVisible();
  await signInAtProvider(popup);
  await expect(page.getByTestId('token-captured')).toBeVisible();
});

test('a keychain that cannot be reached: clear message, the token is written nowhere', async ({ page }) => {
  const dataDir = await startWithPeers(page, {}, { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' });
  await walkToBearerTokenStep(page, TEST_ORG_ID);
  const popup = await startSignIn(page);
  await signInAtProvider(popup);
  await expect(page.getByTestId('token-error')).toContainText(/keychain/i);
  await expect(page.getByTestId('token-error')).toContainText('gnome-keyring');
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-present', 'false');
  const settings = JSON.parse(savedSettings(dataDir)) as { profiles: Record<string, { secrets: Record<string, unknown>; fields: Record<string, string> }> };
  expect(settings.profiles.default?.secrets).toEqual({});
  expect(settings.profiles.default?.fields['webex.tenantUrl']).toContain(TEST_ORG_ID);
});

test.describe('test connection outcomes', () => {
  test('a wrong Org ID is a 404 that points to step 4', async ({ page }) => {
    await startWithPeers(page);
    await walkToBearerTokenStep(page, '0b0b0b0b-1111-4222-8333-444455556666');
    await signInAtProvider(await startSignIn(page));
    await expect(page.getByTestId('token-captured')).toBeVisible();
    await next(page, 'test-connection');
    await page.getByTestId('action-test-connection').click();
    await expect(page.getByTestId('test-connection-result')).toHaveAttribute('data-outcome', 'not-found');
    await expect(page.getByTestId('test-connection-result')).toContainText('Org ID');
    await expect(page.getByTestId('nav-next')).toBeDisabled();
  });

  test('a refused token is a 401 that points to step 5', async ({ page }) => {
    await startWithPeers(page, { scimAcceptsTokens: false });
    await walkToBearerTokenStep(page, TEST_ORG_ID);
    await signInAtProvider(await startSignIn(page));
    await expect(page.getByTestId('token-captured')).toBeVisible();
    await next(page, 'test-connection');
    await page.getByTestId('action-test-connection').click();
    await expect(page.getByTestId('test-connection-result')).toHaveAttribute('data-outcome', 'unauthorized');
    await expect(page.getByTestId('test-connection-result')).toContainText('401');
  });
});
