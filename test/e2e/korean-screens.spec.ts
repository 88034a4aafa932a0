import { expect, test, type Page } from '@playwright/test';
import { newDataDir, startBrowserHost, type RunningHost } from './support/browser-host';
import { englishOnScreen, englishWords } from './support/english-on-screen';
import { next } from './support/webex-walk';

/**
 * The Korean UI, as a Korean admin meets it without signing in anywhere: the
 * picker, the first four Webex steps, Diagnostics with a reachable and with an
 * absent keychain, errors from main, and an error already on screen while the
 * language changes. No English word may be left on a Korean screen, outside the
 * names and literal values in support/english-on-screen.ts.
 */

test.use({ locale: 'ko-KR' });

let host: RunningHost | undefined;
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
});

/** The seed's own example of a mistyped Org ID: 'g' at position 27. */
const SEED_ORG_ID = 'a35bfbc6-ccbd-4a17-a488-72gf46c5420c';

async function expectNoEnglish(page: Page, screen: string) {
  expect(await englishOnScreen(page), `English on the Korean ${screen} screen`).toEqual([]);
}

async function open(page: Page, env?: NodeJS.ProcessEnv) {
  host = await startBrowserHost({ dataDir: newDataDir(), env });
  await page.goto(host.url);
  await expect(page.getByTestId('app-root')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
}

/** An error envelope as main sends it: a code, params, and an English message meant for logs only. */
function mainRefuses(page: Page, channel: string, error: { code: string; message: string; params?: Record<string, string | number> }) {
  return page.route(`**/api/${channel}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error }) }),
  );
}

async function chooseLanguage(page: Page, value: 'en' | 'ko') {
  await page.getByTestId('language-select').selectOption(value);
  await expect(page.locator('html')).toHaveAttribute('lang', value);
}

test('the scan finds English and lets names and literal values pass', () => {
  expect(englishWords('Check the tenant URL')).toEqual(['Check', 'the', 'tenant']);
  expect(englishWords('조직 ID를 확인하세요. Webex for Government, https://api.ciscospark.com/v1/scim/a35b 또는 /home/kim/settings.json')).toEqual([]);
  expect(
    englishWords('“Provisioning Mode”(프로비저닝 모드), 격리(quarantine), “표시”(Visible to users?), userPrincipalName, libsecret-1-0, sudo apt-get install x'),
  ).toEqual([]);
  expect(englishWords('Webex(Not a gloss)')).toEqual(['Not', 'gloss']);
  expect(englishWords('Loading…')).toEqual(['Loading']);
});

test('picker and Webex steps 1 to 4 are Korean, an Org ID error too, and it follows a language change', async ({ page }) => {
  await open(page);
  await expect(page.getByTestId('integration-picker')).toBeVisible();
  await expectNoEnglish(page, 'picker');

  await page.getByTestId('integration-start-webex-entra').click();
  await expect(page.getByTestId('step-before-you-start')).toBeVisible();
  await expectNoEnglish(page, 'before-you-start');
  await page.getByTestId('field-webex.offer-commercial').check();
  await expectNoEnglish(page, 'before-you-start (offer chosen)');

  await next(page, 'add-gallery-app');
  await expectNoEnglish(page, 'add-gallery-app');
  await page.getByTestId('nav-skip').click();
  await expect(page.getByTestId('step-assign-users')).toBeVisible();
  await expectNoEnglish(page, 'assign-users');
  await page.getByTestId('field-webex.testUserAssigned').check();

  await next(page, 'org-id');
  await expectNoEnglish(page, 'org-id');
  await page.getByTestId('field-webex.tenantUrl').fill(SEED_ORG_ID);
  const error = page.getByTestId('field-error-webex.tenantUrl');
  // 'g' reads 지, without 받침: 는, not 은(는).
  await expect(error).toContainText("27번째 문자 'g'는 쓸 수 없습니다");
  await expectNoEnglish(page, 'org-id (refused Org ID)');

  // The message on screen follows the language, both ways, without typing again.
  await chooseLanguage(page, 'en');
  await expect(error).toContainText("Character 'g' at position 27 is not a hexadecimal digit");
  await chooseLanguage(page, 'ko');
  await expect(error).toContainText("27번째 문자 'g'는 쓸 수 없습니다");
  await expect(error).not.toContainText('Character');
  await expectNoEnglish(page, 'org-id (back in Korean)');
});

test('Korean body text breaks between words; long values may wrap anywhere', async ({ page }) => {
  await open(page);
  await page.getByTestId('integration-start-webex-entra').click();
  await page.getByTestId('field-webex.offer-commercial').check();
  await next(page, 'add-gallery-app');
  const instructions = page.getByTestId('step-instructions');
  await expect(instructions).toContainText('엔터프라이즈 애플리케이션');
  expect(await instructions.evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
  expect(await page.getByTestId('step-title').evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
  // A monospace value (an Org ID, a URL) has no spaces: it may wrap at any character rather than widen the page.
  const code = await page.evaluate(() => {
    const el = document.createElement('code');
    el.textContent = 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c';
    document.querySelector('[data-testid="step-instructions"]')?.appendChild(el);
    const { overflowWrap, wordBreak } = getComputedStyle(el);
    el.remove();
    return { overflowWrap, wordBreak };
  });
  expect(code).toEqual({ overflowWrap: 'anywhere', wordBreak: 'normal' });
});

test('Diagnostics with a reachable keychain are Korean', async ({ page }) => {
  await open(page);
  await page.getByTestId('open-diagnostics').click();
  const keychain = page.getByTestId('diagnostics-keychain');
  await expect(keychain).toHaveAttribute('data-state', 'ok');
  await expect(keychain).toContainText('사용 가능');
  await expect(page.getByTestId('diagnostics-keychain-fix')).toHaveCount(0);
  await expectNoEnglish(page, 'diagnostics (keychain reachable)');
});

test('Diagnostics with an absent keychain say what is wrong and the fix once, in Korean', async ({ page }) => {
  await open(page, { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' });
  await page.getByTestId('open-diagnostics').click();
  const keychain = page.getByTestId('diagnostics-keychain');
  await expect(keychain).toHaveAttribute('data-state', 'KEYCHAIN_UNAVAILABLE');
  await expect(keychain).toContainText('연결할 수 없음');
  const fix = page.getByTestId('diagnostics-keychain-fix');
  await expect(fix).toContainText('gnome-keyring과 libsecret-1-0을 설치하고');
  // The fix is said once, under the table, and the system's own (English) words are not on screen.
  await expect(keychain).not.toContainText('gnome-keyring');
  await expect(page.getByTestId('diagnostics-panel')).not.toContainText('Could not connect');
  await expectNoEnglish(page, 'diagnostics (keychain absent)');
});

test("an error from main is written in Korean from its code and params, never main's English message", async ({ page }) => {
  await open(page);
  await mainRefuses(page, 'profile.selectIntegration', {
    code: 'SETTINGS_UNWRITABLE',
    message: 'Cannot read or write the settings in the folder "/srv/wizard" (EACCES). Make sure the folder exists.',
    params: { folder: '/srv/wizard', reason: 'EACCES' },
  });
  await page.getByTestId('integration-start-webex-entra').click();
  const error = page.getByTestId('picker-error');
  await expect(error).toContainText('진행 상황을 저장할 수 없습니다. 폴더 /srv/wizard를 읽거나 쓸 수 없습니다(EACCES).');
  await expect(error).not.toContainText('Cannot read');
  await expectNoEnglish(page, 'picker (settings not writable)');

  // Already on screen when the language changes: it is rewritten, not left behind.
  await chooseLanguage(page, 'en');
  await expect(error).toContainText('Your progress cannot be saved: the folder /srv/wizard cannot be read or written (EACCES).');
  await chooseLanguage(page, 'ko');
  await expect(error).toContainText('진행 상황을 저장할 수 없습니다.');
});

test('a keychain error from main ends with the fix for the platform, in Korean', async ({ page }) => {
  await open(page);
  await mainRefuses(page, 'profile.selectIntegration', {
    code: 'KEYCHAIN_LOCKED',
    message: 'The system keychain is locked (system said: Cannot create an item in a locked collection). Unlock your login keyring.',
    params: { problem: 'locked', platform: 'linux', detail: 'Cannot create an item in a locked collection' },
  });
  await page.getByTestId('integration-start-webex-entra').click();
  const error = page.getByTestId('picker-error');
  await expect(error).toContainText('시스템 키체인이 잠겨 있습니다');
  await expect(error).toContainText('로그인 키링의 잠금을 해제한 후 다시 시도하세요.');
  await expectNoEnglish(page, 'picker (keychain locked)');
});

test('before the settings are read, the page speaks the browser language: loading and a failed start', async ({ page }) => {
  host = await startBrowserHost({ dataDir: newDataDir() });
  await mainRefuses(page, 'app.getInfo', { code: 'INTERNAL', message: 'Unexpected error in the app. See the diagnostics panel and the log for details.' });
  await page.goto(host.url);
  const failed = page.getByTestId('app-error');
  await expect(failed).toContainText('앱을 시작할 수 없습니다. 앱 내부에서 문제가 생겼습니다.');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expectNoEnglish(page, 'start-up failure');
});
