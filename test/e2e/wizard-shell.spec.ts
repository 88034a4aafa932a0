import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { newDataDir, startBrowserHost, type RunningHost } from './support/browser-host';
import { holdCalls } from './support/held-calls';

const ARTIFACTS = 'test/artifacts';

let host: RunningHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

async function openWizard(page: Page, running: RunningHost) {
  await page.goto(running.url);
  await expect(page.getByTestId('app-root')).toBeVisible();
}

for (const locale of ['en-US', 'ko-KR'] as const) {
  // One describe per locale: test.use applies to the whole describe block it is in.
  test.describe(`first screen (${locale})`, () => {
    test.use({ locale });
    test(`follows the OS language (${locale}) and is screenshotted`, async ({ page }) => {
      host = await startBrowserHost({ dataDir: newDataDir() });
      await openWizard(page, host);
      const picker = page.getByTestId('integration-picker');
      await expect(picker).toBeVisible();
      const heading = picker.getByRole('heading', { level: 2 });
      if (locale === 'ko-KR') {
        await expect(heading).toHaveText(/연결/);
        await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
      } else {
        await expect(heading).toHaveText('What do you want to connect?');
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      }
      // The token was taken from the address bar at once.
      expect(page.url()).not.toContain('token=');
      // What the picker does not need stays on the server (issue 10): the other language and the steps.
      const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
      const shown = locale.slice(0, 2);
      const other = shown === 'ko' ? 'en' : 'ko';
      expect(scripts.some((path) => path.includes(`/locale-pack-${shown}-`))).toBe(true);
      expect(scripts.filter((path) => path.includes(`/locale-pack-${other}-`) || path.includes('/Wizard-'))).toEqual([]);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `first-screen-${locale.slice(0, 2)}.png`), fullPage: true });
    });
  });
}

/** Records whether the start-up line ever reached the page, from the first byte of the document on. */
async function watchForLoadingLine(page: Page) {
  await page.addInitScript(() => {
    const seen = { loading: false };
    (window as unknown as { __startup: typeof seen }).__startup = seen;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="app-loading"]')) seen.loading = true;
    }).observe(document, { subtree: true, childList: true });
  });
}

const sawLoadingLine = (page: Page) => page.evaluate(() => (window as unknown as { __startup: { loading: boolean } }).__startup.loading);

test('start-up: with the answers from main in before the app is parsed, the first render is the screen, with no loading pass', async ({ page }) => {
  host = await startBrowserHost({ dataDir: newDataDir() });
  await watchForLoadingLine(page);
  // The app's module waits until both start-up answers have reached the page (they were asked for by the entry).
  const answered = Promise.all(
    ['/api/app.getInfo', '/api/settings.get'].map((path) => page.waitForEvent('requestfinished', (request) => new URL(request.url()).pathname === path)),
  );
  await page.route(/\/assets\/render-app-[\w-]+\.js$/, async (route) => {
    await answered;
    await route.continue();
  });
  await page.goto(host.url);
  await expect(page.getByTestId('integration-picker')).toBeVisible();
  expect(await sawLoadingLine(page)).toBe(false);
});

test('start-up: while main has not answered, the loading line shows, then the screen', async ({ page }) => {
  host = await startBrowserHost({ dataDir: newDataDir() });
  await watchForLoadingLine(page);
  const settingsGet = await holdCalls(page, 'settings.get');
  await page.goto(host.url);
  await expect(page.getByTestId('app-loading')).toBeVisible();
  await expect(page.getByTestId('integration-picker')).toHaveCount(0);
  await settingsGet.release();
  await expect(page.getByTestId('integration-picker')).toBeVisible();
  await expect(page.getByTestId('app-loading')).toHaveCount(0);
  expect(await sawLoadingLine(page)).toBe(true);
});

test('start-up: the page token leaves the address once the first screen is up, stays in this tab, and a reload still works', async ({ page }) => {
  host = await startBrowserHost({ dataDir: newDataDir() });
  // Stored only after the first screen (api/transport.ts): the first calls must not need it stored.
  const stored = () => page.evaluate(() => sessionStorage.getItem('scim-wizard-host-token'));
  await page.goto(host.url);
  await expect(page.getByTestId('integration-picker')).toBeVisible();
  await expect.poll(() => page.url()).toBe(`${host.origin}/`);
  expect(await stored()).toBe(new URL(host.url).hash.replace('#token=', ''));
  await page.reload();
  await expect(page.getByTestId('integration-picker')).toBeVisible();
  expect(page.url()).toBe(`${host.origin}/`);
  // A reload before the token was kept finds it in the address again.
  const fresh = await page.context().newPage();
  await fresh.goto(host.url);
  await fresh.reload();
  await expect(fresh.getByTestId('integration-picker')).toBeVisible();
  await expect.poll(() => fresh.url()).toBe(`${host.origin}/`);
});

test('walks the first steps, then resumes after the host restarts', async ({ page }) => {
  const dataDir = newDataDir();
  host = await startBrowserHost({ dataDir });
  await openWizard(page, host);
  await page.getByTestId('integration-start-webex-entra').click();
  await expect(page.getByTestId('step-before-you-start')).toBeVisible();
  await expect(page.getByTestId('nav-next')).toBeDisabled();
  await page.getByTestId('field-webex.offer-commercial').check();
  await expect(page.getByTestId('nav-next')).toBeEnabled();
  await page.getByTestId('nav-next').click();

  await expect(page.getByTestId('step-add-gallery-app')).toBeVisible();
  await page.getByTestId('nav-skip').click();
  await expect(page.getByTestId('step-assign-users')).toBeVisible();
  await page.getByTestId('field-webex.testUserAssigned').check();
  await page.getByTestId('nav-next').click();
  await expect(page.getByTestId('step-org-id')).toBeVisible();

  await host.stop();
  host = await startBrowserHost({ dataDir });
  await openWizard(page, host);
  await expect(page.getByTestId('step-org-id')).toBeVisible();
  await expect(page.getByTestId('step-nav-before-you-start')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('step-nav-add-gallery-app')).toHaveAttribute('data-status', 'skipped');
  await expect(page.getByTestId('step-nav-assign-users')).toHaveAttribute('data-status', 'done');
  await expect(page.getByTestId('step-nav-bearer-token')).toBeDisabled();
  await page.getByTestId('nav-back').click();
  await expect(page.getByTestId('field-webex.testUserAssigned')).toBeChecked();
});

test('completes a step with the keyboard alone and shows the focus', async ({ page }) => {
  host = await startBrowserHost({ dataDir: newDataDir() });
  await openWizard(page, host);
  await page.getByTestId('integration-start-webex-entra').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('step-title')).toBeFocused();
  // Tab until the first offer radio has focus, select it with Space, then reach Next.
  for (let i = 0; i < 30 && !(await page.getByTestId('field-webex.offer-commercial').evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(page.getByTestId('field-webex.offer-commercial')).toBeFocused();
  const outline = await page.getByTestId('field-webex.offer-commercial').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('field-webex.offer-commercial')).toBeChecked();
  for (let i = 0; i < 30 && !(await page.getByTestId('nav-next').evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('step-add-gallery-app')).toBeVisible();
});

test('language choice is saved and survives a restart', async ({ page }) => {
  const dataDir = newDataDir();
  host = await startBrowserHost({ dataDir });
  await openWizard(page, host);
  await page.getByTestId('language-select').selectOption('ko');
  await expect(page.getByTestId('integration-picker').getByRole('heading', { level: 2 })).toHaveText(/연결/);
  await host.stop();
  host = await startBrowserHost({ dataDir });
  await openWizard(page, host);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('a corrupt settings file is moved aside with a message, not wiped', async ({ page }) => {
  const dataDir = newDataDir();
  const garbage = '{"schemaVersion": 1, "profiles": {broken';
  writeFileSync(join(dataDir, 'settings.json'), garbage);
  host = await startBrowserHost({ dataDir });
  await openWizard(page, host);
  await expect(page.getByTestId('notice-settings-corrupt-moved')).toBeVisible();
  await expect(page.getByTestId('notice-settings-corrupt-moved')).toContainText('settings.corrupt-');
  const moved = readdirSync(dataDir).find((name) => name.startsWith('settings.corrupt-'));
  expect(moved).toBeDefined();
  expect(readFileSync(join(dataDir, moved!), 'utf8')).toBe(garbage);
  await expect(page.getByTestId('integration-picker')).toBeVisible();
});

test('diagnostics show versions, the data folder and a reachable keychain', async ({ page }) => {
  const dataDir = newDataDir();
  host = await startBrowserHost({ dataDir });
  await openWizard(page, host);
  await page.getByTestId('open-diagnostics').click();
  const panel = page.getByTestId('diagnostics-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('diagnostics-data-dir')).toContainText(dataDir);
  await expect(panel.getByTestId('diagnostics-versions')).toContainText('Node.js');
  await expect(panel.getByTestId('diagnostics-keychain')).toHaveAttribute('data-state', 'ok');
  // The namespace testers look the keychain entries up by: the one the settings file holds.
  const settings = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as { keychainNamespace: string };
  expect(settings.keychainNamespace).toMatch(/^[0-9a-f]{12}$/);
  await expect(panel.getByTestId('diagnostics-keychain-namespace')).toContainText(settings.keychainNamespace);
});

test('diagnostics explain how to fix an absent keychain', async ({ page }) => {
  host = await startBrowserHost({ dataDir: newDataDir(), env: { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' } });
  await openWizard(page, host);
  await page.getByTestId('open-diagnostics').click();
  await expect(page.getByTestId('diagnostics-keychain')).toHaveAttribute('data-state', 'KEYCHAIN_UNAVAILABLE');
  await expect(page.getByTestId('diagnostics-keychain-fix')).toContainText('gnome-keyring');
});

for (const [locale, sentence] of [
  ['en-US', 'The app could not start. The wizard’s back end is not answering'],
  ['ko-KR', '마법사의 백엔드가 응답하지 않습니다'],
] as const) {
  test.describe(`start-up with no back end answering (${locale})`, () => {
    test.use({ locale });
    test(`names the stopped back end, not a broken install (${locale})`, async ({ page }) => {
      host = await startBrowserHost({ dataDir: newDataDir() });
      // The connection is refused, as when the host stops between the page and its first calls.
      await page.route('**/api/settings.get', (route) => route.abort('connectionrefused'));
      await page.goto(host.url);
      await expect(page.getByTestId('app-error')).toContainText(sentence);
      await page.screenshot({ path: test.info().outputPath(`start-up-no-back-end-${locale}.png`) });
    });
  });
}
