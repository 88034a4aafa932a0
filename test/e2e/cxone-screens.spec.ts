import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { cxoneSessions } from './support/cxone-session';
import { CXONE_STEP_IDS, next, refuseSecret, runCheck, saveSecret, startCxone, tickChecklist, walkRoleAndEmployee } from './support/cxone-walk';
import { englishOnScreen } from './support/english-on-screen';
import { expectDialogCentred, expectNextWithoutScrolling } from './support/screen-checks';

/**
 * Screenshots of every CXone screen at 1280x800 in English and Korean, for people to look at
 * (test/artifacts/screens/<lang>/cxone-<nn>-<stepId>[-<state>].png, nn = the step's index), and
 * on each one what the pictures are judged by: Next on screen without scrolling, dialogs centred,
 * and on Korean screens no stray English (support/english-on-screen.ts).
 */

const sessions = cxoneSessions();
const SCREENS = join('test', 'artifacts', 'screens');

interface ShotOptions {
  /** Screens with the wizard's Next button: it must be fully on screen with the page at its top. */
  nextOnScreen?: boolean;
  /** What the screen is about when it is below the fold: scrolled into view for the picture. */
  view?: string;
  /** A dialog on screen: it must be centred in the window. */
  dialog?: string;
}

/**
 * English words on a Korean screen, leaving out text marked translate="no" (the server's own
 * words quoted verbatim in `<actionId>-server-detail`, values, revealed secrets) and the letters
 * of a value that starts with a digit (the refused area code "1na", which englishWords reads as "na").
 */
async function strayEnglish(page: Page): Promise<string[]> {
  const verbatim = await page.locator('[translate="no"]').allTextContents();
  return (await englishOnScreen(page)).filter((hit) => {
    const [word = '', line = ''] = hit.split('  ←  ');
    if (verbatim.some((text) => text.trim() !== '' && text.includes(line))) return false;
    return !new RegExp(`(^|[^A-Za-z0-9])[0-9]+${word}([^A-Za-z0-9]|$)`).test(line);
  });
}

function screenshotter(page: Page, lang: 'en' | 'ko') {
  const folder = join(SCREENS, lang);
  mkdirSync(folder, { recursive: true });
  return async (stepId: string, state: string | null, options: ShotOptions = {}) => {
    const nn = String(Math.max(0, CXONE_STEP_IDS.indexOf(stepId))).padStart(2, '0');
    const screen = `cxone-${nn}-${stepId}${state ? `-${state}` : ''}`;
    if (options.view) await page.getByTestId(options.view).evaluate((element) => element.scrollIntoView({ block: 'center' }));
    else if (!options.dialog) await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(folder, `${screen}.png`), animations: 'disabled', caret: 'hide' });
    if (options.dialog) await expectDialogCentred(page, `[data-testid="${options.dialog}"]`, screen);
    if (options.nextOnScreen !== false && !options.dialog) await expectNextWithoutScrolling(page, screen);
    if (lang === 'ko') expect.soft(await strayEnglish(page), `English on the Korean screen ${screen}`).toEqual([]);
  };
}

for (const [locale, lang] of [
  ['en-US', 'en'],
  ['ko-KR', 'ko'],
] as const) {
  test.describe(`every CXone screen (${lang})`, () => {
    test.use({ locale, viewport: { width: 1280, height: 800 } });

    test(`another IdP, standard: every step, its errors, dialogs and both checks (${lang})`, async ({ page, context }) => {
      const { host, peers, secrets } = await sessions.start();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
      const shot = screenshotter(page, lang);
      await page.goto(host.url);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await page.getByTestId('integration-start-cxone').click();
      await expect(page.getByTestId('step-before-you-start')).toBeVisible();
      await shot('before-you-start', null);
      await startCxoneAnswered(page);
      await shot('before-you-start', 'other');

      await next(page, 'access-key-role');
      await shot('access-key-role', null);
      await tickChecklist(page, 'access-key-role');
      await shot('access-key-role', 'ticked', { view: 'field-cxone.role.saved' });
      await next(page, 'access-key-employee');
      await shot('access-key-employee', null);
      await tickChecklist(page, 'access-key-employee');
      await next(page, 'access-key');
      await shot('access-key', null);
      await refuseSecret(page, 'cxone.accessKeyId', secrets.accessKeyId.slice(0, 30));
      await shot('access-key', 'error', { view: 'field-error-cxone.accessKeyId' });
      await saveSecret(page, 'cxone.accessKeyId', secrets.accessKeyId);
      await saveSecret(page, 'cxone.accessKeySecret', secrets.accessKeySecret);
      await page.getByTestId('field-reveal-cxone.accessKeySecret').click();
      await expect(page.getByTestId('field-revealed-cxone.accessKeySecret')).toBeVisible();
      await page.getByTestId('field-copy-cxone.accessKeyId').click();
      await expect(page.getByTestId('field-copy-status-cxone.accessKeyId')).toBeVisible();
      await shot('access-key', 'stored-revealed', { view: 'field-block-cxone.accessKeySecret' });
      await page.getByTestId('field-hide-cxone.accessKeySecret').click();
      await page.getByTestId('field-replace-cxone.accessKeySecret').click();
      await expect(page.getByTestId('confirm-replace-cxone.accessKeySecret')).toBeVisible();
      await shot('access-key', 'replace-dialog', { dialog: 'confirm-replace-cxone.accessKeySecret' });
      await expect(page.getByTestId('confirm-replace-cxone.accessKeySecret-cancel'), 'the safe answer has the focus').toBeFocused();
      await page.getByTestId('confirm-replace-cxone.accessKeySecret-cancel').click();
      await page.getByTestId('field-cxone.accessKey.activated').check();
      await shot('access-key', 'done', { view: 'field-cxone.accessKey.activated' });

      await next(page, 'bearer-token');
      await shot('bearer-token', null);
      await saveSecret(page, 'cxone.bearerToken', secrets.bearerToken);
      await shot('bearer-token', 'stored', { view: 'field-block-cxone.bearerToken' });

      await next(page, 'region-check');
      await shot('region-check', null);
      await page.getByTestId('field-cxone.region-other').check();
      await page.getByTestId('field-cxone.regionCode').fill('1na');
      await expect(page.getByTestId('field-error-cxone.regionCode')).toBeVisible();
      await shot('region-check', 'code-error', { view: 'field-error-cxone.regionCode' });
      await page.getByTestId('field-cxone.region-na1').check();
      peers.tokenEndpoint = 'status-500';
      await expect(await runCheck(page, 'check-access-key')).toHaveAttribute('data-outcome', 'http-error');
      await shot('region-check', 'check-failed', { view: 'check-access-key-result' });
      peers.tokenEndpoint = 'normal';
      await expect(await runCheck(page, 'check-access-key')).toHaveAttribute('data-outcome', 'ok');
      await expect(await runCheck(page, 'check-bearer-token')).toHaveAttribute('data-outcome', 'ok');
      await shot('region-check', 'passed', { view: 'check-bearer-token-result' });

      await next(page, 'idp-settings');
      await shot('idp-settings', 'other');
      await page.getByTestId('value-other-accessKeySecret-copy').click();
      await expect(page.getByTestId('value-other-accessKeySecret-status')).toBeVisible();
      await shot('idp-settings', 'other-copied', { view: 'value-other-accessKeySecret' });
      await tickChecklist(page, 'idp-settings');
      await shot('idp-settings', 'ticked', { view: 'field-cxone.idp.testRun' });
      await next(page, 'done');
      await shot('done', null);
      await shot('done', 'summary', { view: 'summary-panel' });
      await page.getByTestId('nav-next').click();
      await expect(page.getByTestId('wizard-complete')).toBeVisible();
      await shot('done', 'complete', { view: 'wizard-complete' });
      await page.getByTestId('change-integration').click();
      await expect(page.getByTestId('confirm-change-integration')).toBeVisible();
      await shot('done', 'change-integration-dialog', { dialog: 'confirm-change-integration' });
      await page.getByTestId('confirm-change-integration-cancel').click();
    });

    test(`Okta, standard: the note, the optional bearer token and Okta's card (${lang})`, async ({ page, context }) => {
      const { host, secrets } = await sessions.start();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
      const shot = screenshotter(page, lang);
      await page.goto(host.url);
      await startCxone(page, 'okta');
      await expect(page.getByTestId('step-note-oktaAlternative')).toBeVisible();
      await shot('before-you-start', 'okta');
      await walkRoleAndEmployee(page);
      await saveSecret(page, 'cxone.accessKeyId', secrets.accessKeyId);
      await saveSecret(page, 'cxone.accessKeySecret', secrets.accessKeySecret);
      await page.getByTestId('field-cxone.accessKey.activated').check();
      await next(page, 'bearer-token');
      await expect(page.getByTestId('field-optional-cxone.bearerToken')).toBeVisible();
      await shot('bearer-token', 'okta-optional', { view: 'field-optional-cxone.bearerToken' });
      await next(page, 'region-check');
      await page.getByTestId('field-cxone.region-na1').check();
      await expect(await runCheck(page, 'check-access-key')).toHaveAttribute('data-outcome', 'ok');
      await shot('region-check', 'okta-passed', { view: 'check-access-key-result' });
      await next(page, 'idp-settings');
      await shot('idp-settings', 'okta');
      await shot('idp-settings', 'okta-card-end', { view: 'value-okta-toApp' });
    });

    test(`Entra ID, FedRAMP: skipped steps, Entra's card, a refused token (${lang})`, async ({ page }) => {
      const { host, secrets, peers } = await sessions.start();
      const shot = screenshotter(page, lang);
      await page.goto(host.url);
      await startCxone(page, 'entra', 'fedramp');
      await shot('before-you-start', 'entra-fedramp');
      await next(page, 'access-key-role');
      await shot('access-key-role', 'entra-skippable');
      for (const following of ['access-key-employee', 'access-key', 'bearer-token']) {
        await page.getByTestId('nav-skip').click();
        await expect(page.getByTestId(`step-${following}`)).toBeVisible();
      }
      await shot('bearer-token', 'entra');
      await page.getByTestId('step-nav-access-key').click();
      await expect(page.getByTestId('step-skipped-note')).toBeVisible();
      await shot('access-key', 'skipped');
      await page.getByTestId('step-nav-bearer-token').click();
      await saveSecret(page, 'cxone.bearerToken', `${secrets.bearerToken}x`);
      await next(page, 'region-check');
      await page.getByTestId('field-cxone.region-na1').check();
      await expect(await runCheck(page, 'check-bearer-token')).toHaveAttribute('data-outcome', 'unauthorized');
      await shot('region-check', 'entra-refused', { view: 'check-bearer-token-result' });
      await page.getByTestId('step-nav-bearer-token').click();
      await page.getByTestId('field-replace-cxone.bearerToken').click();
      await page.getByTestId('confirm-replace-cxone.bearerToken-confirm').click();
      await saveSecret(page, 'cxone.bearerToken', secrets.bearerToken);
      await page.getByTestId('step-nav-region-check').click();
      await expect(await runCheck(page, 'check-bearer-token')).toHaveAttribute('data-outcome', 'ok');
      expect(peers.requests.at(-1)?.query.filter).toMatch(/^userName eq /);
      await next(page, 'idp-settings');
      await shot('idp-settings', 'entra');
      await tickChecklist(page, 'idp-settings');
      await next(page, 'done');
      await shot('done', 'entra-summary', { view: 'summary-panel' });
    });
  });
}

/** Step 0 answered for the main walk: another IdP, standard. */
async function startCxoneAnswered(page: Page) {
  await page.getByTestId('field-cxone.idp-other').check();
  await page.getByTestId('field-cxone.environment-standard').check();
}
