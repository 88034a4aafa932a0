import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { maskOrgIdInText } from '../../shared/presenting/mask-org-id';
import { KEYCHAIN_SERVICE, type SecretId } from '../../shared/secrets';
import { keychainAccountIn } from '../support/keychain-account';
import { expectAccessible } from './support/axe';
import { cxoneSessions, leaksIn } from './support/cxone-session';
import { runCheck, walkToRegionStep } from './support/cxone-walk';
import { activeTestId, tabTo } from './support/keyboard';
import { TEST_ORG_ID } from './support/webex-peers';
import { grantClipboard, webexSessions } from './support/webex-session';
import { next, signInAtProvider, startSignIn, walkToBearerTokenStep } from './support/webex-walk';

/**
 * The setup report (issue 9, item 2) in browser mode with the real keychain: the report on
 * screen, its Markdown file (a download), "copy for support" (the clipboard) and its PDF (the
 * Save as PDF button calls window.print; the browser's print to PDF of the same page is made
 * with page.pdf and read back with pdftotext). No secret used in a test may appear in any of
 * them, in any form a careless export would hold it.
 */

const keytar = createRequire(import.meta.url)('@github/keytar') as {
  getPassword(service: string, account: string): Promise<string | null>;
  deletePassword(service: string, account: string): Promise<boolean>;
};

const webex = webexSessions();
const cxone = cxoneSessions();
const SCREENS = join('test-results', 'screens');
const FILE_NAME = /^scim-setup-report-default-\d{4}-\d{2}-\d{2}\.md$/;

/** window.print is replaced before the page loads, so a click on Save as PDF is recorded instead of opening a dialog. */
async function recordPrintCalls(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => {
      (window as unknown as { printCalls: number }).printCalls += 1;
    };
  });
}
const printCalls = (page: Page) => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);

async function openReport(page: Page) {
  await page.getByTestId('report-open').click();
  await expect(page.getByTestId('report-dialog')).toBeVisible();
  await expect(page.getByTestId('report-page')).toBeVisible();
}

async function closeReport(page: Page) {
  await page.getByTestId('report-close').click();
  await expect(page.getByTestId('report-dialog')).toBeHidden();
}

/** Save as Markdown: the browser's download of the file, read back. */
async function saveMarkdown(page: Page): Promise<string> {
  const downloaded = page.waitForEvent('download');
  await page.getByTestId('report-save-markdown').click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toMatch(FILE_NAME);
  await expect(page.getByTestId('report-status')).toHaveAttribute('data-state', 'downloaded');
  return readFileSync(await download.path(), 'utf8');
}

async function copyForSupport(page: Page): Promise<string> {
  await page.getByTestId('report-copy').click();
  await expect(page.getByTestId('report-status')).toHaveAttribute('data-state', 'copied');
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The browser's print to PDF of the page as it is (the report open), its text by pdftotext, and a PNG of page 1. */
async function printToPdf(page: Page, name: string): Promise<{ bytes: Buffer; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  const file = join(dir, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  mkdirSync(SCREENS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', file, join(SCREENS, `${name}-page1`)]);
  return { bytes: readFileSync(file), text };
}

async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`), animations: 'disabled', caret: 'hide' });
}

/** pdftotext -layout keeps columns apart with runs of spaces: one space is enough to look for a phrase. */
const squeeze = (text: string) => text.replace(/[ \t]+/g, ' ');

/** What the printed page must not carry: the dialog's chrome, its buttons, and the wizard behind it. */
function expectOnlyTheReport(pdfText: string, words: { buttons: string[]; wizard: string[] }) {
  for (const word of [...words.buttons, ...words.wizard]) expect(squeeze(pdfText), `the PDF shows only the report (found “${word}”)`).not.toContain(word);
}

test('Webex: the report on screen, as Markdown, copied and as PDF holds the facts and never the token; Korean; a token removed outside the app', async ({
  page,
  context,
}) => {
  const { peers, host, dataDir } = await webex.start();
  await grantClipboard(context, host.origin);
  await recordPrintCalls(page);
  await page.goto(host.url);

  // A captured token and a passing test connection.
  await walkToBearerTokenStep(page, TEST_ORG_ID);
  const popup = await startSignIn(page);
  await signInAtProvider(popup);
  await expect(page.getByTestId('token-captured')).toBeVisible();
  await popup.close();
  const account = keychainAccountIn(dataDir, 'default', 'webex-bearer-token');
  const token = await keytar.getPassword(KEYCHAIN_SERVICE, account);
  expect(token, 'the token is in the real keychain').toBeTruthy();
  await next(page, 'test-connection');
  await page.getByTestId('action-test-connection').click();
  await expect(page.getByTestId('test-connection-result')).toHaveAttribute('data-outcome', 'ok');
  await next(page, 'hand-over');
  const tenantUrl = `${peers.scim.baseUrl}/${TEST_ORG_ID}`;

  // On screen.
  await openReport(page);
  const report = page.getByTestId('report-page');
  await expect(report).toContainText('Setup report: Default');
  await expect(report).toContainText('Cisco Webex Control Hub with Entra ID');
  await expect(report).toContainText(tenantUrl);
  await expect(page.getByTestId('report-step-before-you-start')).toHaveAttribute('data-state', 'done');
  await expect(page.getByTestId('report-step-add-gallery-app')).toHaveAttribute('data-state', 'skipped');
  await expect(page.getByTestId('report-step-hand-over')).toHaveAttribute('data-state', 'current');
  await expect(page.getByTestId('report-step-done')).toHaveAttribute('data-state', 'todo');
  await expect(page.getByTestId('report-check-test-connection')).toHaveAttribute('data-outcome', 'passed');
  await expect(page.getByTestId('report-secret-webex-bearer-token')).toContainText('Stored in the keychain on');
  // The provider's token lives an hour: the reminder is due.
  await expect(page.getByTestId('report-secret-webex-bearer-token')).toContainText('Renewal reminder: due');
  await expectAccessible(page, 'report dialog (en)');
  await screenshot(page, 'report-dialog-en');

  // Markdown file and "copy for support": the same text.
  const markdown = await saveMarkdown(page);
  expect(markdown).toMatch(/^# Setup report: Default\n/);
  expect(markdown).toContain(`| Tenant URL | \`${tenantUrl}\` |`);
  expect(markdown).toMatch(/\| 1 \| [^|]+ \| Done \| [^|]+ \|/);
  expect(markdown).toMatch(/\| 2 \| [^|]+ \| Skipped \| [^|]+ \|/);
  expect(markdown).toContain('**Webex bearer token**: Stored in the keychain on');
  const copied = await copyForSupport(page);
  expect(copied).toBe(markdown);

  // PDF: the button prints (browser mode); the browser's print to PDF of the same page holds the facts and nothing else.
  await page.getByTestId('report-save-pdf').click();
  await expect(page.getByTestId('report-status')).toHaveAttribute('data-state', 'printing');
  await expect.poll(() => printCalls(page)).toBe(1);
  const pdf = await printToPdf(page, 'report-pdf-en');
  const pdfText = squeeze(pdf.text);
  for (const fact of ['Setup report: Default', 'Cisco Webex Control Hub with Entra ID', tenantUrl, 'Done', 'Skipped', 'Stored in the keychain on']) {
    expect(pdfText).toContain(fact);
  }
  expectOnlyTheReport(pdf.text, { buttons: ['Save as Markdown', 'Copy for support', 'Save as PDF'], wizard: ['Choose another integration', 'Step 7 of 9'] });

  expect(leaksIn({ markdown, clipboard: copied, 'pdf text': pdf.text, 'pdf bytes': pdf.bytes }, { token: token! })).toEqual([]);

  // Korean: the same report with Korean headings, on screen and through pdftotext.
  await closeReport(page);
  await page.getByTestId('language-select').selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await openReport(page);
  await expect(page.getByTestId('report-dialog')).toContainText('설정 보고서');
  await expect(report).toContainText('키체인에 저장했습니다');
  await screenshot(page, 'report-dialog-ko');
  const pdfKo = await printToPdf(page, 'report-pdf-ko');
  const pdfKoText = squeeze(pdfKo.text);
  for (const fact of ['설정 보고서: 기본', '단계', '검증된 URL', '실시간 확인', '비밀 값과 토큰', '완료', '건너뜀', tenantUrl])
    expect(pdfKoText).toContain(fact);
  expectOnlyTheReport(pdfKo.text, { buttons: ['Markdown으로 저장', '지원용으로 복사', 'PDF로 저장'], wizard: ['다른 통합 선택'] });
  const markdownKo = await saveMarkdown(page);
  expect(markdownKo).toMatch(/^# 설정 보고서: 기본\n/);
  expect(markdownKo).toContain('## 비밀 값과 토큰');
  expect(leaksIn({ 'markdown ko': markdownKo, 'pdf ko text': pdfKo.text, 'pdf ko bytes': pdfKo.bytes }, { token: token! })).toEqual([]);
  await closeReport(page);
  await page.getByTestId('language-select').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The token removed outside the app: the report says so, and still exports.
  expect(await keytar.deletePassword(KEYCHAIN_SERVICE, account)).toBe(true);
  await openReport(page);
  const missing = page.getByTestId('report-secret-missing-webex-bearer-token');
  await expect(missing).toContainText('but the keychain no longer holds it: enter it again');
  await expect(page.getByTestId('report-secret-webex-bearer-token')).toHaveCount(0);
  await missing.scrollIntoViewIfNeeded();
  await screenshot(page, 'report-secret-missing-en');
  const markdownMissing = await saveMarkdown(page);
  expect(markdownMissing).toContain('> **Webex bearer token**: Recorded as stored on');
  await expect(page.getByTestId('report-error')).toHaveCount(0);
  await closeReport(page);

  // Presenting: the Org ID is masked on screen; the saved Markdown keeps it whole (it is not a secret).
  await page.getByTestId('presenting-toggle').click();
  await expect(page.getByTestId('presenting-toggle')).toHaveAttribute('aria-pressed', 'true');
  await openReport(page);
  await expect(report).toContainText(tenantUrl.replace(TEST_ORG_ID, maskOrgIdInText(TEST_ORG_ID)));
  await expect(report).not.toContainText(TEST_ORG_ID);
  expect(await saveMarkdown(page)).toContain(tenantUrl);
});

test('CXone: pasted secrets and a check in the report, its files and its PDF; keyboard only; axe', async ({ page, context }) => {
  const { peers, host, secrets, dataDir } = await cxone.start();
  await grantClipboard(context, host.origin);
  await recordPrintCalls(page);
  await page.goto(host.url);
  await walkToRegionStep(page, 'other', secrets, { withBearer: true });
  await page.getByTestId('field-cxone.region-na1').check();
  await expect(await runCheck(page, 'check-access-key')).toHaveAttribute('data-outcome', 'ok');
  await expect(await runCheck(page, 'check-bearer-token')).toHaveAttribute('data-outcome', 'ok');
  const urls = peers.urls('na1');

  // Keyboard only: Tab to the button, open with Enter, reach every action, Escape closes and focus comes back.
  await tabTo(page, 'report-open');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('report-page')).toBeVisible();
  for (const id of ['report-save-markdown', 'report-copy', 'report-save-pdf', 'report-close']) await tabTo(page, id);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('report-dialog')).toBeHidden();
  expect(await activeTestId(page)).toBe('report-open');

  await openReport(page);
  const report = page.getByTestId('report-page');
  await expect(report).toContainText('NICE CXone');
  await expect(report).toContainText(urls.scimBaseUrl);
  await expect(report).toContainText(urls.oauthScimBaseUrl);
  await expect(page.getByTestId('report-check-check-access-key')).toHaveAttribute('data-outcome', 'passed');
  await expect(page.getByTestId('report-check-check-bearer-token')).toHaveAttribute('data-outcome', 'passed');
  for (const id of ['cxone-access-key-id', 'cxone-access-key-secret', 'cxone-bearer-token'] satisfies SecretId[]) {
    await expect(page.getByTestId(`report-secret-${id}`)).toContainText('Stored in the keychain on');
  }
  await expectAccessible(page, 'report dialog (CXone)');
  await screenshot(page, 'report-dialog-cxone-en');

  const markdown = await saveMarkdown(page);
  expect(markdown).toContain(`| SCIM base URL | \`${urls.scimBaseUrl}\` |`);
  expect(markdown).toContain(`| OAuth SCIM base URL | \`${urls.oauthScimBaseUrl}\` |`);
  expect(markdown).toContain('| Identity provider |');
  const copied = await copyForSupport(page);
  expect(copied).toBe(markdown);
  await page.getByTestId('report-save-pdf').click();
  await expect.poll(() => printCalls(page)).toBe(1);
  const pdf = await printToPdf(page, 'report-pdf-cxone-en');
  for (const fact of ['Setup report: Default', 'NICE CXone', urls.scimBaseUrl, 'Stored in the keychain on', 'Current step'])
    expect(squeeze(pdf.text)).toContain(fact);

  const named = { 'access key ID': secrets.accessKeyId, 'access key secret': secrets.accessKeySecret, 'bearer token': secrets.bearerToken };
  expect(leaksIn({ markdown, clipboard: copied, 'pdf text': pdf.text, 'pdf bytes': pdf.bytes, page: await page.content() }, named)).toEqual([]);
  // The secrets are really stored: a scan that finds nothing means something.
  expect(await keytar.getPassword(KEYCHAIN_SERVICE, keychainAccountIn(dataDir, 'default', 'cxone-access-key-secret'))).toBe(secrets.accessKeySecret);
});
