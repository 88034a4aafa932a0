import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { en } from '../../shared/i18n/en';
import { ko } from '../../shared/i18n/ko';
import { KEYCHAIN_SERVICE } from '../../shared/secrets';
import { keychainAccountIn } from '../support/keychain-account';
import { startBrowserHost, type RunningHost } from './support/browser-host';
import { cxoneSessions, keychainValue, type CxoneSession } from './support/cxone-session';
import { saveSecret, settled, startCxone, walkRoleAndEmployee } from './support/cxone-walk';
import { startPrivateKeyring, type PrivateKeyring } from './support/private-keyring';
import { expectOnlyDocumentedTestIds, recordTestIds } from './support/testid-contract';

/**
 * The app's process killed (SIGKILL: a crash, a forced quit, a power cut for the process) between two steps and
 * in the middle of a secret's save (issue 10, faults). The page says in its language that the back end stopped,
 * keeps what was typed, and after a restart the wizard opens where it was with everything saved before the kill:
 * the settings file is the last good one, byte for byte, and the keychain holds no half-saved value.
 */
const sessions = cxoneSessions();
let keyring: PrivateKeyring | undefined;
let restarted: RunningHost | undefined;

test.beforeEach(async ({ page }) => recordTestIds(page));
test.afterEach(async ({ page }) => {
  await expectOnlyDocumentedTestIds(page);
  await restarted?.stop();
  await keyring?.close();
  restarted = undefined;
  keyring = undefined;
});

const ID = 'cxone.accessKeyId';
const SECRET = 'cxone.accessKeySecret';
const settingsBytes = (dataDir: string) => readFileSync(join(dataDir, 'settings.json'));

/** The wizard on the access-key step, the access key ID stored, every change answered. */
async function toAccessKeyStep(page: Page, session: CxoneSession): Promise<void> {
  await page.goto(session.host.url);
  await startCxone(page, 'okta');
  await walkRoleAndEmployee(page);
  await saveSecret(page, ID, session.secrets.accessKeyId);
  await settled(page);
}

/** After a restart on the same data folder: the same step, the earlier steps done, the ID stored, the secret not. */
async function expectReopenedWhereItWas(page: Page, host: RunningHost): Promise<void> {
  await page.goto(host.url);
  await expect(page.getByTestId('step-access-key')).toBeVisible();
  await expect(page.getByTestId('step-nav-access-key')).toHaveAttribute('data-status', 'current');
  for (const done of ['before-you-start', 'access-key-role', 'access-key-employee']) {
    await expect(page.getByTestId(`step-nav-${done}`)).toHaveAttribute('data-status', 'done');
  }
  await expect(page.getByTestId(`field-block-${ID}`)).toHaveAttribute('data-stored', 'true');
  await expect(page.getByTestId(`field-block-${SECRET}`)).toHaveAttribute('data-stored', 'false');
  await expect(page.getByTestId(`field-${SECRET}`)).toHaveValue('');
}

test('killed between two steps: the page says the back end stopped, and a restart reopens the step with everything saved', async ({ page }) => {
  const session = await sessions.start();
  await toAccessKeyStep(page, session);
  const before = settingsBytes(session.dataDir);

  await session.host.kill();
  // The next thing the admin does reaches no one: the sentence says what happened and what to do.
  await page.getByTestId(`field-${SECRET}`).fill(session.secrets.accessKeySecret);
  await page.getByTestId(`field-save-${SECRET}`).click();
  await expect(page.getByTestId(`field-error-${SECRET}`)).toHaveText(en.errors.NETWORK);
  await page.screenshot({ path: test.info().outputPath('host-stopped-en.png') });
  // What was pasted stays in the box for the next try.
  await expect(page.getByTestId(`field-${SECRET}`)).toHaveValue(session.secrets.accessKeySecret);
  await expect(page.getByTestId(`field-block-${ID}`)).toHaveAttribute('data-stored', 'true');

  expect(settingsBytes(session.dataDir).equals(before)).toBe(true);
  expect(await keychainValue(session.dataDir, 'cxone-access-key-secret')).toBeNull();

  restarted = await startBrowserHost({ dataDir: session.dataDir, endpointsFile: session.endpointsFile });
  await expectReopenedWhereItWas(page, restarted);
  expect(await keychainValue(session.dataDir, 'cxone-access-key-id')).toBe(session.secrets.accessKeyId);
  // And the flow goes on.
  await saveSecret(page, SECRET, session.secrets.accessKeySecret);
  expect(await keychainValue(session.dataDir, 'cxone-access-key-secret')).toBe(session.secrets.accessKeySecret);
  for (const secret of Object.values(session.secrets)) expect(session.host.output() + restarted.output()).not.toContain(secret);
});

/**
 * A keyring of the test's own (support/private-keyring.ts), frozen while the save runs, so the host is killed
 * with the save's keychain call sent and unanswered: inside the save, before the keychain or the settings took
 * anything.
 */
test('killed in the middle of a secret save: the settings stay the last good ones, the keychain holds nothing half-saved (Korean)', async ({ page }) => {
  keyring = await startPrivateKeyring();
  const session = await sessions.start({ env: keyring.env });
  await toAccessKeyStep(page, session);
  await page.getByTestId('language-select').selectOption('ko');
  await settled(page);
  const before = settingsBytes(session.dataDir);
  const secretAccount = keychainAccountIn(session.dataDir, 'default', 'cxone-access-key-secret');

  keyring.pause();
  await page.getByTestId(`field-${SECRET}`).fill(session.secrets.accessKeySecret);
  await page.getByTestId(`field-save-${SECRET}`).click();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saving');
  // The host's keychain call is on its way and unanswered: the save is running inside the host.
  await expect.poll(() => keyring!.unreadBytes(), { message: 'a keychain call waiting on the paused keyring' }).toBeGreaterThan(0);
  await session.host.kill();
  keyring.resume();

  await expect(page.getByTestId(`field-error-${SECRET}`)).toHaveText(ko.errors.NETWORK);
  await page.screenshot({ path: test.info().outputPath('host-stopped-ko.png') });
  await expect(page.getByTestId(`field-${SECRET}`)).toHaveValue(session.secrets.accessKeySecret);
  expect(settingsBytes(session.dataDir).equals(before)).toBe(true);
  // No temp file of a settings write was left: none had started.
  expect(readdirSync(session.dataDir).filter((name) => name.includes('.tmp'))).toEqual([]);
  expect(keyring.lookup(KEYCHAIN_SERVICE, secretAccount)).toBeNull();

  restarted = await startBrowserHost({ dataDir: session.dataDir, endpointsFile: session.endpointsFile, env: keyring.env });
  await expectReopenedWhereItWas(page, restarted);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await saveSecret(page, SECRET, session.secrets.accessKeySecret);
  expect(keyring.lookup(KEYCHAIN_SERVICE, secretAccount)).toBe(session.secrets.accessKeySecret);
  for (const secret of Object.values(session.secrets)) expect(session.host.output() + restarted.output()).not.toContain(secret);
});
