import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import { KEYCHAIN_SERVICE, type SecretId } from '../../shared/secrets';
import { keychainAccountIn } from '../support/keychain-account';
import { startBrowserHost } from './support/browser-host';
import { next, runCheck, saveSecret, settled, storeAccessKey, walkRoleAndEmployee } from './support/cxone-walk';
import { recordLeakSurfaces } from './support/leak-recorder';
import { describeLeak, filesUnder, findLeaks, leakForms, listFiles } from './support/leak-scan';
import { leakSessions } from './support/leak-session';
import { createProfile, openManageProfiles, settingsOnDisk } from './support/profiles-walk';
import { TEST_ORG_ID } from './support/webex-peers';
import { grantClipboard } from './support/webex-session';
import { signInAtProvider, startSignIn, walkToBearerTokenStep } from './support/webex-walk';

/**
 * The leak hunt (issue 10, 2.2): one run through both flows in browser mode on the real keychain,
 * with profiles, the setup report and hand-off files, Reveal and Copy, then a scan of everything the
 * app wrote or printed for every secret of the run in raw, URL-encoded, JSON-escaped, base64 and
 * base64url forms. Zero hits; a planted copy proves the same scan finds one.
 */

const keytar = createRequire(import.meta.url)('@github/keytar') as { getPassword(service: string, account: string): Promise<string | null> };
const sessions = leakSessions();
const CXONE_NAME = 'Leak CXone';

/** The two host calls whose answer is the secret itself, by design: Reveal, and Copy in browser mode (the page writes the clipboard). */
const DELIVERS_A_SECRET = /\/api\/secrets\.(reveal|copyToClipboard)$/;

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const keychainValue = (dataDir: string, profileId: string, secretId: SecretId) =>
  keytar.getPassword(KEYCHAIN_SERVICE, keychainAccountIn(dataDir, profileId, secretId));

/** A download's bytes, kept under the name the app offered. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const download: Promise<Download> = page.waitForEvent('download');
  await click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** The open profile's report as Markdown (download), as copied for support, and as PDF (bytes and text). */
async function reportOutputs(page: Page, label: string): Promise<Record<string, string | Buffer>> {
  await page.getByTestId('report-open').click();
  await expect(page.getByTestId('report-page')).toBeVisible();
  const markdown = await downloaded(page, () => page.getByTestId('report-save-markdown').click());
  expect(markdown.name).toMatch(/^scim-setup-report-.+\.md$/);
  await page.getByTestId('report-copy').click();
  await expect(page.getByTestId('report-status')).toHaveAttribute('data-state', 'copied');
  const copied = await readClipboard(page);
  // Booleans, not the texts: a failure must not print a report that might hold a secret.
  expect(copied === markdown.bytes.toString('utf8'), 'copy for support is the Markdown file').toBe(true);
  // The browser's print to PDF of the page with the report open (README: browser mode prints the same page).
  const pdfFile = join(mkdtempSync(join(tmpdir(), 'leak-hunt-pdf-')), `${label}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdfFile, format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  // PDF streams are compressed: the bytes are scanned, and so is the text pdftotext gets out of them.
  const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' });
  expect(pdfText.includes('Setup report'), 'the PDF is the report').toBe(true);
  await page.getByTestId('report-close').click();
  await expect(page.getByTestId('report-dialog')).toBeHidden();
  return {
    [`${label} report ${markdown.name}`]: markdown.bytes,
    [`${label} report copied for support`]: copied,
    [`${label} report PDF bytes`]: readFileSync(pdfFile),
    [`${label} report PDF text`]: pdfText,
  };
}

test('one run through both flows, profiles, report and hand-off leaves no secret in anything the app wrote or printed', async ({ page, context }) => {
  test.setTimeout(240_000);
  const { webex, cxone, host, dataDir, secrets, appOrigins, endpointsFile } = await sessions.start();
  const recorder = recordLeakSurfaces(context, appOrigins);
  // The provider's redirect to the loopback URI carries the whole fragment: the ID token is scanned for as well.
  const redirectUri = `http://localhost:${webex.loopbackPort}/auth/code#`;
  let fragment = '';
  context.on('response', (response) => {
    const location = response.headers().location;
    if (location?.startsWith(redirectUri)) fragment = location.slice(redirectUri.length);
  });
  await grantClipboard(context, host.origin);
  // Playwright's clock, so the clipboard's 60 s clear is reached without waiting 60 s.
  await page.clock.install();
  await page.goto(host.url);
  const outputs: Record<string, string | Buffer> = {};

  // Webex on the default profile: a token captured through the loopback redirect, a passing test connection.
  await walkToBearerTokenStep(page, TEST_ORG_ID);
  const popup = await startSignIn(page);
  await signInAtProvider(popup);
  await expect(popup.locator('#capture-status')).toHaveAttribute('data-outcome', 'captured');
  outputs['sign-in tab HTML'] = await popup.content();
  await popup.close();
  await expect(page.getByTestId('token-captured')).toBeVisible();
  const webexToken = await keychainValue(dataDir, 'default', 'webex-bearer-token');
  expect(webexToken, 'the captured token is in the keychain').toBeTruthy();
  expect(await webex.provider.isValidAccessToken(webexToken!)).toBe(true);
  const redirected = new URLSearchParams(fragment);
  expect(redirected.get('access_token') === webexToken, 'the token stored is the one the provider redirected with').toBe(true);
  const idToken = redirected.get('id_token');
  expect(idToken, 'the provider sent an ID token too').toBeTruthy();
  await next(page, 'test-connection');
  await page.getByTestId('action-test-connection').click();
  await expect(page.getByTestId('test-connection-result')).toHaveAttribute('data-outcome', 'ok');
  await next(page, 'hand-over');

  // Copy, once: the token on the clipboard, then gone after the 60 s clear.
  await page.getByTestId('action-copy-token').click();
  await expect(page.getByTestId('action-status-copy-token')).toContainText('60');
  // Compared as booleans: a failing assertion prints what it compared, and these are secrets.
  expect((await readClipboard(page)) === webexToken, 'the token is on the clipboard').toBe(true);
  await page.clock.fastForward(61_000);
  await expect.poll(async () => (await readClipboard(page)) === '', { message: 'the clipboard is cleared after 60 s' }).toBe(true);

  // CXone in a second profile (another IdP: the access key pair and the bearer token), Reveal once, both live checks.
  const cxoneId = await createProfile(page, dataDir, CXONE_NAME, 'cxone');
  await page.getByTestId('field-cxone.idp-other').check();
  await page.getByTestId('field-cxone.environment-standard').check();
  await walkRoleAndEmployee(page);
  await storeAccessKey(page, secrets);
  await next(page, 'bearer-token');
  await saveSecret(page, 'cxone.bearerToken', secrets.bearerToken);
  await page.getByTestId('field-reveal-cxone.bearerToken').click();
  const revealed = page.getByTestId('field-revealed-cxone.bearerToken');
  await expect.poll(async () => (await revealed.textContent())?.includes(secrets.bearerToken), { message: 'Reveal shows the token' }).toBe(true);
  await page.getByTestId('field-hide-cxone.bearerToken').click();
  await expect(page.getByTestId('field-revealed-cxone.bearerToken')).toHaveCount(0);
  await next(page, 'region-check');
  await page.getByTestId('field-cxone.region-na1').check();
  await expect(await runCheck(page, 'check-access-key')).toHaveAttribute('data-outcome', 'ok');
  await expect(await runCheck(page, 'check-bearer-token')).toHaveAttribute('data-outcome', 'ok');
  expect(cxone.issuedTokens.size, 'the access key was exchanged for a token').toBeGreaterThan(0);
  await settled(page);

  // The setup report of each profile: Markdown, copy for support, PDF.
  Object.assign(outputs, await reportOutputs(page, 'CXone'));
  await page.getByTestId('profile-switcher').selectOption('default');
  await expect(page.getByTestId('step-hand-over')).toBeVisible();
  Object.assign(outputs, await reportOutputs(page, 'Webex'));

  // Hand-off files of both profiles.
  await openManageProfiles(page);
  for (const profileId of ['default', cxoneId]) {
    const file = await downloaded(page, () => page.getByTestId(`handoff-export-${profileId}`).click());
    expect(file.name).toBe(`${profileId}.scim-handoff.json`);
    outputs[`hand-off file ${file.name}`] = file.bytes;
  }
  const handoffFile = join(mkdtempSync(join(tmpdir(), 'leak-hunt-handoff-')), `${cxoneId}.scim-handoff.json`);
  writeFileSync(handoffFile, outputs[`hand-off file ${cxoneId}.scim-handoff.json`]!);

  // Profiles: duplicate the CXone one (never its secrets), switch, delete the one with secrets, import its hand-off file.
  await page.getByTestId(`profile-duplicate-${cxoneId}`).click();
  await page.getByTestId('profile-duplicate-input').fill(`${CXONE_NAME} copy`);
  await page.getByTestId('profile-name-save').click();
  await expect.poll(() => settingsOnDisk(dataDir).activeProfileId).not.toBe('default');
  const copyId = settingsOnDisk(dataDir).activeProfileId;
  expect(copyId).not.toBe(cxoneId);
  expect(settingsOnDisk(dataDir).profiles[copyId]?.secrets).toEqual({});
  await page.keyboard.press('Escape');
  await page.getByTestId('profile-switcher').selectOption('default');
  await expect(page.getByTestId('step-hand-over')).toBeVisible();
  await page.getByTestId('profile-switcher').selectOption(cxoneId);
  await expect(page.getByTestId('step-region-check')).toBeVisible();
  await openManageProfiles(page);
  await page.getByTestId(`profile-delete-${cxoneId}`).click();
  await page.getByTestId('confirm-delete-profile-confirm').click();
  await expect(page.getByTestId('profiles-status')).toContainText('3 keychain entries');
  expect((await keychainValue(dataDir, cxoneId, 'cxone-access-key-secret')) === null, 'the deleted profile left no keychain entry').toBe(true);
  await page.getByTestId('handoff-import-input').setInputFiles(handoffFile);
  await expect(page.getByTestId('handoff-import-status')).toContainText(`Imported “${CXONE_NAME}” as a new profile`);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('step-access-key')).toBeVisible();
  await settled(page);
  outputs['wizard page HTML'] = await page.content();

  // A restart over a truncated settings file: the app moves it aside, and the moved-aside copy is scanned too.
  await host.stop();
  truncateSync(join(dataDir, 'settings.json'), 200);
  const restarted = await startBrowserHost({ dataDir, endpointsFile });
  appOrigins.push(restarted.origin);
  await grantClipboard(context, restarted.origin);
  try {
    await page.goto(restarted.url);
    await expect(page.getByTestId('notice-settings-corrupt-moved')).toBeVisible();
    outputs['restarted page HTML'] = await page.content();
  } finally {
    await restarted.stop();
  }
  expect(
    listFiles(dataDir).filter((file) => /\.corrupt-/.test(file)),
    'the moved-aside settings file',
  ).toHaveLength(1);

  // Everything the app wrote or printed.
  const responsesAndConsole = await recorder.texts();
  const counts = await recorder.counts();
  expect(counts.responses, 'responses were recorded').toBeGreaterThan(20);
  expect(counts.unreadBodies, 'every body was read, so every body was scanned').toBe(0);
  const loopback = Object.keys(responsesAndConsole).filter((name) => name.includes(`:${webex.loopbackPort}/`));
  expect(loopback.length, "the loopback page's responses were recorded").toBeGreaterThan(0);
  const deliveries = Object.fromEntries(Object.entries(responsesAndConsole).filter(([name]) => DELIVERS_A_SECRET.test(name)));
  const everything: Record<string, string | Buffer> = {
    ...filesUnder(dataDir),
    ...outputs,
    'host stdout+stderr': host.output(),
    'restarted host stdout+stderr': restarted.output(),
    ...Object.fromEntries(Object.entries(responsesAndConsole).filter(([name]) => !DELIVERS_A_SECRET.test(name))),
    'clipboard at the end': await readClipboard(page),
  };
  const named: Record<string, string> = {
    'Webex token': webexToken!,
    'Webex ID token': idToken!,
    'CXone access key ID': secrets.accessKeyId,
    'CXone access key secret': secrets.accessKeySecret,
    'CXone bearer token': secrets.bearerToken,
  };
  [...cxone.issuedTokens].forEach((token, i) => (named[`CXone exchanged token ${i + 1}`] = token));

  expect(findLeaks(everything, named).map(describeLeak)).toEqual([]);

  // The recorder saw the two answers that carry a secret by design, and only those secrets in them.
  expect(
    findLeaks(deliveries, named)
      .map((hit) => `${hit.where.replace(/^\d+ POST http:\/\/[^/]+/, '')}: ${hit.secret}`)
      .sort(),
  ).toEqual(['/api/secrets.copyToClipboard: Webex token', '/api/secrets.reveal: CXone bearer token']);

  // Positive control: one secret planted in a nested file of the data folder is found by the same scan, exactly once.
  const planted = join(dataDir, 'moved-aside', 'planted-control.txt');
  mkdirSync(join(dataDir, 'moved-aside'));
  writeFileSync(planted, `before ${Buffer.from(secrets.accessKeySecret).toString('base64url')} after`);
  const rescanned = findLeaks({ ...everything, ...filesUnder(dataDir) }, named);
  expect(rescanned.map((hit) => ({ where: hit.where, secret: hit.secret }))).toEqual([{ where: planted, secret: 'CXone access key secret' }]);
  expect(rescanned[0]!.forms).toContain('base64url');
});

test('the scan finds each form of a secret it looks for, names the text and the secret, and never prints the value', () => {
  const secret = 'Ab+/=c "d"\\é-secret';
  const texts: Record<string, string> = Object.fromEntries(leakForms(secret).map(({ form, value }) => [form, `…${value}…`]));
  texts.clean = 'nothing here';
  const hits = findLeaks(texts, { probe: secret });
  expect(hits.map((hit) => hit.where)).toEqual(['raw', 'url-encoded', 'json-escaped', 'base64', 'base64url']);
  for (const hit of hits) expect(hit.forms).toContain(hit.where);
  expect(hits.map(describeLeak).join('\n')).not.toContain(secret);
  expect(() => findLeaks({}, { short: 'abc' })).toThrow(/too short/);
});
