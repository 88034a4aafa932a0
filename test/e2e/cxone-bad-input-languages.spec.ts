import { expect, test, type Locator, type Page } from '@playwright/test';
import { createI18n, VALIDATION_TEXTS } from '../../shared/i18n';
import { errorMessage } from '../../shared/i18n/error-message';
import { KEYCHAIN_SERVICE } from '../../shared/secrets';
import { formatValidationMessage } from '../../shared/validators/validation-message';
import { TOKEN_PATH } from '../support/cxone-peers';
import { startHtmlServer, type HostileServer } from '../support/hostile-http';
import { keychainAccountIn } from '../support/keychain-account';
import { cxoneSessions, keychainValue, type CxoneSession } from './support/cxone-session';
import { refuseSecret, runCheck, saveSecret, startCxone, walkRoleAndEmployee, walkToRegionStep } from './support/cxone-walk';
import { englishOnScreen } from './support/english-on-screen';
import { startPrivateKeyring, type PrivateKeyring } from './support/private-keyring';
import { expectOnlyDocumentedTestIds, recordTestIds } from './support/testid-contract';

/**
 * Bad inputs of the CXone flow on screen in the admin's language (issue 8: "each has a clear message
 * in both languages"). cxone-bad-input.spec.ts proves them in English; the Korean sentences were only
 * unit-tested as texts. Here each one must reach the screen as the Korean sentence (not the English
 * fallback), on a Korean page with no stray English. The bearer-token check's DNS failure (the SCIM
 * stage, CXone's own wording) had no on-screen test in either language, so it runs in both.
 */

const sessions = cxoneSessions();
let htmlServer: HostileServer | undefined;
let keyring: PrivateKeyring | undefined;

test.beforeEach(async ({ page }) => recordTestIds(page));
test.afterEach(async ({ page }) => {
  await expectOnlyDocumentedTestIds(page);
  await htmlServer?.close();
  await keyring?.close();
  htmlServer = undefined;
  keyring = undefined;
});

const LANGS = [
  { locale: 'en-US', lang: 'en' },
  { locale: 'ko-KR', lang: 'ko' },
] as const;

/** The sentence the page must show, from the app's own catalog in that language. */
function sentence(lang: 'en' | 'ko', key: string, params: Record<string, string> = {}): string {
  const text = createI18n(lang).t(key, params);
  // A missing key would come back as the key itself, and the test would compare nonsense.
  expect(text, key).not.toBe(key);
  return text;
}

/** The Korean sentence, proven not to be the English one, on a Korean page. */
async function expectKorean(page: Page, element: Locator, key: string, params: Record<string, string> = {}) {
  const ko = sentence('ko', key, params);
  expect(ko, `${key} is translated`).not.toBe(sentence('en', key, params));
  expect(ko).toMatch(/[\uAC00-\uD7A3]/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(element).toHaveText(ko);
}

/**
 * English words on the Korean page (support/english-on-screen.ts), leaving out the system's error
 * code (ENOTFOUND): it is a value quoted as the OS gave it, like an HTTP status, in both languages.
 */
async function strayEnglish(page: Page): Promise<string[]> {
  return (await englishOnScreen(page)).filter((hit) => !/^E[A-Z]{3,}\s/.test(hit));
}

/** `.invalid` never resolves (RFC 2606): every CXone address of the area fails at DNS, nothing anywhere is asked. */
const unresolvableArea = () => ({ apiBaseUrl: 'https://{area}.invalid' });

for (const { locale, lang } of LANGS) {
  test.describe(`the bearer-token check (${lang})`, () => {
    test.use({ locale });

    test(`a region that does not exist: dns at the scim stage, in CXone's words, the token kept (${lang})`, async ({ page }) => {
      const session = await sessions.start({ endpoints: unresolvableArea });
      await page.goto(session.host.url);
      await walkToRegionStep(page, 'entra', session.secrets);
      await page.getByTestId('field-cxone.region-na1').check();
      await expect(page.getByTestId('value-base-urls-oauthScimBaseUrl')).toContainText('https://na1.invalid/oauth/scim/v2');
      const result = await runCheck(page, 'check-bearer-token');
      await expect(result).toHaveAttribute('data-outcome', 'dns');
      await expect(result).toHaveAttribute('data-stage', 'scim');
      const key = 'integrations.cxone.test.outcome.dns';
      if (lang === 'en') {
        await expect(result).toHaveText(
          'The CXone server name of this region could not be resolved (ENOTFOUND). The area code may not exist: check the region or area code you chose above, then your network or proxy settings.',
        );
      } else {
        await expectKorean(page, result, key, { code: 'ENOTFOUND' });
        expect(await strayEnglish(page)).toEqual([]);
      }
      expect(session.peers.requests).toEqual([]);
      await expect(page.getByTestId('nav-next')).toBeDisabled();
      expect(await keychainValue(session.dataDir, 'cxone-bearer-token')).toBe(session.secrets.bearerToken);
    });
  });
}

test.describe('the access key check, on a Korean screen', () => {
  test.use({ locale: 'ko-KR' });

  /** Nothing saved is lost: the pair is still in the keychain, and Next waits for a passing check. */
  async function expectPairKept(page: Page, session: CxoneSession) {
    expect(await keychainValue(session.dataDir, 'cxone-access-key-id')).toBe(session.secrets.accessKeyId);
    expect(await keychainValue(session.dataDir, 'cxone-access-key-secret')).toBe(session.secrets.accessKeySecret);
    await expect(page.getByTestId('nav-next')).toBeDisabled();
  }

  test('a region that does not exist: dns at the token-exchange stage (ko)', async ({ page }) => {
    const session = await sessions.start({ endpoints: unresolvableArea });
    await page.goto(session.host.url);
    await walkToRegionStep(page, 'okta', session.secrets);
    await page.getByTestId('field-cxone.region-na1').check();
    const result = await runCheck(page, 'check-access-key');
    await expect(result).toHaveAttribute('data-outcome', 'dns');
    await expect(result).toHaveAttribute('data-stage', 'token-exchange');
    await expectKorean(page, result, 'test.exchange.dns', { code: 'ENOTFOUND' });
    expect(await strayEnglish(page)).toEqual([]);
    expect(session.peers.requests).toEqual([]);
    await expectPairKept(page, session);
  });

  test('a token endpoint answering a web page (HTML): bad-token-response (ko)', async ({ page }) => {
    const session = await sessions.start({ peers: { tokenEndpoint: 'html' } });
    await page.goto(session.host.url);
    await walkToRegionStep(page, 'okta', session.secrets);
    await page.getByTestId('field-cxone.region-na1').check();
    const result = await runCheck(page, 'check-access-key');
    await expect(result).toHaveAttribute('data-outcome', 'bad-token-response');
    await expect(result).toHaveAttribute('data-stage', 'token-exchange');
    await expectKorean(page, result, 'test.exchange.bad-token-response_html');
    expect(await strayEnglish(page)).toEqual([]);
    await expectPairKept(page, session);
  });

  test('a SCIM server that does not know the area: not-found (404) at the scim stage (ko)', async ({ page }) => {
    // The token endpoint stays na1's, so the exchange passes and the SCIM request goes to an area the peers do not serve.
    const session = await sessions.start({ endpoints: (peers) => ({ apiBaseUrl: peers.apiBaseUrl, accessKeyTokenUrl: peers.urls('na1').tokenUrl }) });
    await page.goto(session.host.url);
    await walkToRegionStep(page, 'okta', session.secrets);
    await page.getByTestId('field-cxone.region-au1').check();
    const result = await runCheck(page, 'check-access-key');
    await expect(result).toHaveAttribute('data-outcome', 'not-found');
    await expect(result).toHaveAttribute('data-stage', 'scim');
    await expectKorean(page, result, 'integrations.cxone.test.outcome.not-found');
    // The server's own words stay verbatim, under a Korean caption.
    const detail = page.getByTestId('check-access-key-server-detail');
    await expect(detail).toContainText(sentence('ko', 'test.serverSaid'));
    await expect(detail.locator('[translate="no"]')).toContainText('No such area or path.');
    expect(await strayEnglish(page)).toEqual([]);
    await expectPairKept(page, session);
  });

  test('a web page where the SCIM server should be: not-scim at the scim stage (ko)', async ({ page }) => {
    htmlServer = await startHtmlServer();
    const origin = htmlServer.origin;
    const session = await sessions.start({
      endpoints: (peers) => ({ apiBaseUrl: `${origin}/{area}`, accessKeyTokenUrl: `${peers.origin}/{area}${TOKEN_PATH}` }),
    });
    await page.goto(session.host.url);
    await walkToRegionStep(page, 'okta', session.secrets);
    await page.getByTestId('field-cxone.region-na1').check();
    const result = await runCheck(page, 'check-access-key');
    await expect(result).toHaveAttribute('data-outcome', 'not-scim');
    await expect(result).toHaveAttribute('data-stage', 'scim');
    await expectKorean(page, result, 'integrations.cxone.test.outcome.not-scim_html');
    expect(await strayEnglish(page)).toEqual([]);
    await expectPairKept(page, session);
  });
});

test.describe('the keychain, on a Korean screen', () => {
  test.use({ locale: 'ko-KR' });

  /** The real lock of cxone-bad-input.spec.ts, on a keyring of this test's own (support/private-keyring.ts). */
  test('a keychain locked mid-flow: the save is refused in Korean with the fix, the stored ID survives (ko)', async ({ page }) => {
    keyring = await startPrivateKeyring();
    const session = await sessions.start({ env: keyring.env });
    const { accessKeyId, accessKeySecret } = session.secrets;
    await page.goto(session.host.url);
    await startCxone(page, 'okta');
    await walkRoleAndEmployee(page);
    await saveSecret(page, 'cxone.accessKeyId', accessKeyId);

    keyring.lock();
    const error = await refuseSecret(page, 'cxone.accessKeySecret', accessKeySecret);
    const ko = errorMessage(createI18n('ko').t, { code: 'KEYCHAIN_LOCKED', params: { platform: 'linux', problem: 'locked' } });
    const en = errorMessage(createI18n('en').t, { code: 'KEYCHAIN_LOCKED', params: { platform: 'linux', problem: 'locked' } });
    expect(ko).not.toBe(en);
    expect(ko).toContain('키체인이 잠겨');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(error).toHaveText(ko);
    expect(await strayEnglish(page)).toEqual([]);
    // Nothing saved is lost: the ID is still stored (on screen and in the keyring), the pasted secret stays in its box.
    await expect(page.getByTestId('field-block-cxone.accessKeySecret')).toHaveAttribute('data-stored', 'false');
    await expect(page.getByTestId('field-block-cxone.accessKeyId')).toHaveAttribute('data-stored', 'true');
    await expect(page.getByTestId('field-cxone.accessKeySecret')).toHaveValue(accessKeySecret);
    await keyring.restartUnlocked();
    expect(keyring.lookup(KEYCHAIN_SERVICE, keychainAccountIn(session.dataDir, 'default', 'cxone-access-key-id'))).toBe(accessKeyId);
  });
});

for (const { locale, lang } of LANGS) {
  test.describe(`the bearer token in an access-key field (${lang})`, () => {
    test.use({ locale });

    test(`an unlabelled token pasted as the access key ID is named as a token, nothing is stored (${lang})`, async ({ page }) => {
      const session = await sessions.start();
      await page.goto(session.host.url);
      await startCxone(page, 'okta');
      await walkRoleAndEmployee(page);
      const error = await refuseSecret(page, 'cxone.accessKeyId', session.secrets.bearerToken);
      // The validators' sentences (shared/i18n/validation-*.ts), as the page renders them.
      const expected = (of: 'en' | 'ko') => formatValidationMessage(VALIDATION_TEXTS[of], 'cxone-access-key-looks-like-token', { variant: 'id' });
      await expect(error).toHaveText(expected(lang)!);
      if (lang === 'ko') {
        expect(expected('ko')).not.toBe(expected('en'));
        expect(await strayEnglish(page)).toEqual([]);
      }
      await expect(page.getByTestId('field-block-cxone.accessKeyId')).toHaveAttribute('data-stored', 'false');
      expect(await keychainValue(session.dataDir, 'cxone-access-key-id')).toBeNull();
    });
  });
}
