import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { KEYCHAIN_SERVICE } from '../../shared/secrets';
import { maskOrgIdInText } from '../../shared/presenting/mask-org-id';
import { keychainAccountIn } from '../support/keychain-account';
import { newDataDir, startBrowserHost, type RunningHost } from './support/browser-host';
import { cxoneSessions, leaksIn } from './support/cxone-session';
import { next, saveSecret, startCxone, storeAccessKey, walkRoleAndEmployee } from './support/cxone-walk';
import { TEST_ORG_ID } from './support/webex-peers';
import { grantClipboard, webexSessions } from './support/webex-session';
import { signInAtProvider, startSignIn, walkToBearerTokenStep } from './support/webex-walk';

/**
 * Presenting mode (issue 9, item 4) and `--locale` (item 5), in browser mode against the local
 * peers and the real keychain: with secrets stored in both flows, switching presenting on masks
 * them everywhere (a scan of the page's HTML, text and input values finds none), disables Reveal
 * and Copy with a reason, shows the badge, hides the data folder and the Org ID's middle digits;
 * a host started with `--presenting --locale ko` shows all that at first paint, in Korean.
 */

const keytar = createRequire(import.meta.url)('@github/keytar') as { getPassword(service: string, account: string): Promise<string | null> };
const cxone = cxoneSessions();
const webex = webexSessions();
const hosts: RunningHost[] = [];
test.afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop();
});

/** Everything the page holds that a watcher could see or a screenshot's DOM could: HTML, visible text, input values. */
async function pageTexts(page: Page): Promise<Record<string, string>> {
  return {
    html: await page.content(),
    text: await page.evaluate(() => document.body.innerText),
    inputs: await page.evaluate(() => [...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value).join('\n')),
  };
}

async function turnPresentingOn(page: Page) {
  await page.getByTestId('presenting-toggle').click();
  await expect(page.getByTestId('presenting-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('presenting-badge')).toBeVisible();
}

function screenshot(page: Page, lang: 'en' | 'ko', name: string) {
  const folder = join('test', 'artifacts', 'screens', lang);
  mkdirSync(folder, { recursive: true });
  return page.screenshot({ path: join(folder, `presenting-${name}.png`), animations: 'disabled', caret: 'hide' });
}

test('CXone: presenting hides a revealed secret at once, disables Reveal and Copy, and no secret or data folder is on the page', async ({ page }) => {
  const { host, secrets, dataDir } = await cxone.start();
  await page.goto(host.url);
  await expect(page.getByTestId('presenting-toggle')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('presenting-badge')).toHaveCount(0);

  await startCxone(page, 'other');
  await walkRoleAndEmployee(page);
  await storeAccessKey(page, secrets);
  // Shown before presenting starts: it must go the moment presenting is switched on.
  await page.getByTestId('field-reveal-cxone.accessKeyId').click();
  await expect(page.getByTestId('field-revealed-cxone.accessKeyId')).toContainText(secrets.accessKeyId);

  await turnPresentingOn(page);
  await expect(page.getByTestId('field-revealed-cxone.accessKeyId')).toHaveCount(0);
  for (const fieldId of ['cxone.accessKeyId', 'cxone.accessKeySecret']) {
    await expect(page.getByTestId(`field-reveal-${fieldId}`)).toBeDisabled();
    await expect(page.getByTestId(`field-copy-${fieldId}`)).toBeDisabled();
    await expect(page.getByTestId(`field-presenting-${fieldId}`)).toHaveText('Reveal and Copy are off while presenting.');
    await expect(page.getByTestId(`field-reveal-${fieldId}`)).toHaveAttribute('aria-describedby', /.+/);
  }
  expect(leaksIn(await pageTexts(page), { ...secrets })).toEqual([]);

  // A secret stored while presenting is just as masked.
  await next(page, 'bearer-token');
  await saveSecret(page, 'cxone.bearerToken', secrets.bearerToken);
  await expect(page.getByTestId('field-reveal-cxone.bearerToken')).toBeDisabled();
  await expect(page.getByTestId('field-copy-cxone.bearerToken')).toBeDisabled();
  expect(leaksIn(await pageTexts(page), { ...secrets })).toEqual([]);
  await screenshot(page, 'en', '01-cxone-secret');

  // Main refuses too, whatever the page does: the same call the Reveal button makes.
  const refused = await page.evaluate(async () => {
    const token = sessionStorage.getItem('scim-wizard-host-token') ?? '';
    const response = await fetch('/api/secrets.reveal', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ profileId: 'default', secretId: 'cxone-bearer-token' }),
    });
    return response.text();
  });
  expect(JSON.parse(refused)).toMatchObject({ ok: false, error: { code: 'PRESENTING' } });
  expect(refused).not.toContain(secrets.bearerToken);

  // Diagnostics: no data folder, no settings file path.
  await page.getByTestId('open-diagnostics').click();
  await expect(page.getByTestId('diagnostics-data-dir')).toContainText('Hidden while presenting');
  await expect(page.getByTestId('diagnostics-settings-file')).toContainText('Hidden while presenting');
  const texts = await pageTexts(page);
  expect(texts.html).not.toContain(dataDir);
  expect(texts.text).not.toContain(dataDir);
  await screenshot(page, 'en', '02-diagnostics');

  // Off again: Reveal works, the path is back, the host logged both switches.
  await page.getByTestId('diagnostics-close').click();
  await page.getByTestId('presenting-toggle').click();
  await expect(page.getByTestId('presenting-badge')).toHaveCount(0);
  await page.getByTestId('open-diagnostics').click();
  await expect(page.getByTestId('diagnostics-data-dir')).toContainText(dataDir);
  await page.getByTestId('diagnostics-close').click();
  await page.getByTestId('field-reveal-cxone.bearerToken').click();
  await expect(page.getByTestId('field-revealed-cxone.bearerToken')).toContainText(secrets.bearerToken);
  expect(host.output()).toContain('presenting mode turned on');
  expect(host.output()).toContain('presenting mode turned off');
  expect(leaksIn({ log: host.output() }, { ...secrets })).toEqual([]);
});

test('Webex: presenting masks the Org ID wherever the tenant URL is shown, yet Copy tenant URL copies the real one; Copy token is off', async ({
  page,
  context,
}) => {
  const { host, dataDir } = await webex.start();
  await grantClipboard(context, host.origin);
  await page.goto(host.url);
  await walkToBearerTokenStep(page, TEST_ORG_ID);
  const popup = await startSignIn(page);
  await signInAtProvider(popup);
  await expect(page.getByTestId('token-captured')).toBeVisible();
  await popup.close();
  const token = await keytar.getPassword(KEYCHAIN_SERVICE, keychainAccountIn(dataDir, 'default', 'webex-bearer-token'));
  expect(token, 'the token is in the real keychain').toBeTruthy();
  await next(page, 'test-connection');
  await page.getByTestId('action-test-connection').click();
  await expect(page.getByTestId('test-connection-result')).toHaveAttribute('data-outcome', 'ok');
  await next(page, 'hand-over');

  await turnPresentingOn(page);
  const masked = maskOrgIdInText(TEST_ORG_ID);
  await expect(page.getByTestId('action-value-copy-tenant-url')).toContainText(masked);
  await expect(page.getByTestId('action-copy-token')).toBeDisabled();
  await expect(page.getByTestId('action-presenting-copy-token')).toBeVisible();
  const texts = await pageTexts(page);
  expect(leaksIn(texts, { token: token! })).toEqual([]);
  expect(texts.html).not.toContain(TEST_ORG_ID);
  expect(texts.text).not.toContain(TEST_ORG_ID);
  await screenshot(page, 'en', '03-webex-hand-over');

  // The tenant URL is not a secret: its Copy still gives the real value.
  await page.getByTestId('action-copy-tenant-url').click();
  await expect(page.getByTestId('action-status-copy-tenant-url')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`/v1/scim/${TEST_ORG_ID}`);

  // The Org ID step's preview is masked too.
  await page.getByTestId('step-nav-org-id').click();
  await expect(page.getByTestId('tenant-url-preview')).toContainText(masked);
  await expect(page.getByTestId('tenant-url-preview')).not.toContainText(TEST_ORG_ID);
});

test('started with --presenting --locale ko: Korean, locked language, the badge and masked secrets at first paint', async ({ page }) => {
  const { host: cxoneHost, secrets, dataDir } = await cxone.start();
  // Secrets stored first in an ordinary session, then the same data folder opened presenting and in Korean.
  await page.goto(cxoneHost.url);
  await startCxone(page, 'other');
  await walkRoleAndEmployee(page);
  await storeAccessKey(page, secrets);
  await cxoneHost.stop();

  const host = await startBrowserHost({ dataDir, args: ['--presenting', '--locale', 'ko'] });
  hosts.push(host);
  await page.goto(host.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByTestId('presenting-badge')).toHaveText('화면 공유 중: 비밀 값 가림');
  await expect(page.getByTestId('presenting-toggle')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('language-select')).toBeDisabled();
  await expect(page.getByTestId('language-select')).toHaveValue('ko');
  await expect(page.getByTestId('language-fixed')).toBeVisible();
  await expect(page.getByTestId('step-access-key')).toBeVisible();
  await expect(page.getByTestId('field-reveal-cxone.accessKeyId')).toBeDisabled();
  await expect(page.getByTestId('field-presenting-cxone.accessKeyId')).toContainText('화면 공유 모드');
  expect(leaksIn(await pageTexts(page), { ...secrets })).toEqual([]);
  await screenshot(page, 'ko', '01-first-paint');
  await page.getByTestId('open-diagnostics').click();
  await expect(page.getByTestId('diagnostics-data-dir')).toContainText('화면 공유 모드에서 숨김');
  await screenshot(page, 'ko', '02-diagnostics');
});

test('SCIM_WIZARD_LOCALE=en overrides a saved Korean choice; an unknown --locale stops the host naming en and ko', async ({ page }) => {
  const dataDir = newDataDir();
  const first = await startBrowserHost({ dataDir });
  hosts.push(first);
  await page.goto(first.url);
  await page.getByTestId('language-select').selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await first.stop();

  const fixed = await startBrowserHost({ dataDir, env: { SCIM_WIZARD_LOCALE: 'en' } });
  hosts.push(fixed);
  await page.goto(fixed.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('language-fixed')).toHaveText('Fixed at start (--locale)');
  await expect(page.getByTestId('presenting-badge')).toHaveCount(0);

  await expect(startBrowserHost({ dataDir, args: ['--locale', 'fr'] })).rejects.toThrow('--locale must be en or ko (got "fr").');
});

for (const [locale, sentence] of [
  ['en-US', 'back end is not answering'],
  ['ko-KR', '백엔드가 응답하지 않습니다'],
] as const) {
  test.describe(`a presenting switch that fails (${locale})`, () => {
    test.use({ locale });
    test(`says why on a line of its own under the header tools, and the mode stays as it was (${locale})`, async ({ page }) => {
      const host = await startBrowserHost({ dataDir: newDataDir() });
      hosts.push(host);
      await page.goto(host.url);
      await expect(page.getByTestId('integration-picker')).toBeVisible();
      // The host is gone: the switch cannot reach main.
      await host.stop();
      const toggle = page.getByTestId('presenting-toggle');
      await toggle.click();
      const error = page.getByTestId('presenting-error');
      await expect(error).toContainText(sentence);
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      await expect(page.getByTestId('presenting-badge')).toHaveCount(0);
      const [toggleBox, errorBox, toolsBox] = await Promise.all([toggle.boundingBox(), error.boundingBox(), page.locator('.header-tools').boundingBox()]);
      expect(errorBox!.y, 'below the tools, not between them').toBeGreaterThanOrEqual(toggleBox!.y + toggleBox!.height);
      expect(errorBox!.width, 'the whole width of the tools').toBeCloseTo(toolsBox!.width, 0);
      await page.screenshot({ path: test.info().outputPath(`presenting-error-${locale}.png`) });
    });
  });
}
