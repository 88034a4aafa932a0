import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Settings } from '../../shared/settings/schema';
import { holdAnswerInPage } from './support/held-answer';
import { holdCalls } from './support/held-calls';
import { TEST_ORG_ID } from './support/webex-peers';
import { grantClipboard, webexSessions } from './support/webex-session';
import { next, signInAtProvider, startSignIn, walkToBearerTokenStep, walkToOrgIdStep } from './support/webex-walk';

/**
 * Issue 7's promises about trust: the value on screen is the value saved, a
 * sign-in survives a reload, the vendor's manual token path and removing the
 * token, what a refused value and a skipped step say, and the host's trail.
 */
const sessions = webexSessions();
const OTHER_ORG_ID = 'a35bfbc6-ccbd-4a17-a488-72ef46c5420c';

function savedProfile(dataDir: string) {
  const settings = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as Settings;
  return settings.profiles[settings.activeProfileId]!;
}

/** Resolves once every save the keys caused has answered (the page's own "All changes saved"). */
function trackCalls(page: Page) {
  return () => expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
}

/**
 * Holds each save a varying time before it reaches the host, as a busy machine or network does,
 * so overlapping saves arrive out of order unless the page sends them one at a time.
 */
async function jitterSaves(page: Page) {
  let n = 0;
  await page.route('**/api/profile.saveField', async (route) => {
    const delay = [60, 0, 30, 90, 10][n++ % 5]!;
    await new Promise((resolve) => setTimeout(resolve, delay));
    await route.continue();
  });
}

test('the value on screen is the value saved, however fast the keys come', async ({ page }) => {
  const { host, dataDir } = await sessions.start();
  await jitterSaves(page);
  const idle = trackCalls(page);
  await page.goto(host.url);
  await page.getByTestId('integration-start-webex-entra').click();
  await page.getByTestId('field-webex.offer-commercial').focus();
  await page.keyboard.press('Space');

  // Radios: with two options every arrow key flips the choice and saves it; many saves overlap.
  let expected = 'commercial';
  for (const [round, presses] of [13, 20, 7, 16, 11, 24].entries()) {
    for (let i = 0; i < presses; i++) await page.keyboard.press(i % 2 === 0 ? 'ArrowDown' : 'ArrowUp');
    if (presses % 2 === 1) expected = expected === 'commercial' ? 'government' : 'commercial';
    await idle();
    await expect(page.getByTestId(`field-webex.offer-${expected}`), `round ${round}`).toBeChecked();
    expect(savedProfile(dataDir).fields['webex.offer'], `round ${round}`).toBe(expected);
  }

  // A checkbox toggled with Space as fast as it repeats.
  await page.getByTestId('field-webex.offer-commercial').check();
  await next(page, 'add-gallery-app');
  await page.getByTestId('field-webex.galleryAdded').focus();
  let ticked = false;
  for (const presses of [9, 14, 21]) {
    for (let i = 0; i < presses; i++) await page.keyboard.press('Space');
    if (presses % 2 === 1) ticked = !ticked;
    await idle();
    await expect(page.getByTestId('field-webex.galleryAdded')).toBeChecked({ checked: ticked });
    expect(savedProfile(dataDir).fields['webex.galleryAdded']).toBe(String(ticked));
  }

  // Text: typed, corrected and retyped quickly; the last valid value wins.
  await page.getByTestId('field-webex.galleryAdded').check();
  await next(page, 'assign-users');
  await page.getByTestId('field-webex.testUserAssigned').check();
  await next(page, 'org-id');
  const input = page.getByTestId('field-webex.tenantUrl');
  for (const value of [OTHER_ORG_ID, TEST_ORG_ID, OTHER_ORG_ID, TEST_ORG_ID]) {
    await input.fill(value);
    await input.blur();
  }
  await idle();
  await expect(page.getByTestId('tenant-url-preview')).toContainText(TEST_ORG_ID);
  expect(savedProfile(dataDir).fields['webex.tenantUrl']).toMatch(new RegExp(`/${TEST_ORG_ID}$`));
});

/**
 * On the Org ID step: `other` is typed and saved, but its save is held at the door; the admin goes back
 * into the field and selects all its text. Answers `release`, which lets that save through and waits
 * for its answer (the saved URL, longer than what was typed).
 */
async function selectTextWhileItsSaveIsHeld(page: Page) {
  await walkToOrgIdStep(page);
  const input = page.getByTestId('field-webex.tenantUrl');
  const save = await holdCalls(page, 'profile.saveField', { first: 1 });
  await input.fill(OTHER_ORG_ID);
  await input.blur();
  await input.focus();
  await page.keyboard.press('ControlOrMeta+a');
  const release = async () => {
    await save.release();
    await expect(page.getByTestId('tenant-url-preview')).toContainText(OTHER_ORG_ID);
  };
  return { input, release };
}

/** Out of the field, the saved URL shows, on screen and in the settings file. */
async function expectOrgIdSaved(page: Page, dataDir: string) {
  const input = page.getByTestId('field-webex.tenantUrl');
  await input.blur();
  await expect(page.getByTestId('tenant-url-preview')).toContainText(TEST_ORG_ID);
  await expect(input, 'once its own save answered, the field shows the saved URL').toHaveValue(new RegExp(`/${TEST_ORG_ID}$`));
  expect(savedProfile(dataDir).fields['webex.tenantUrl']).toMatch(new RegExp(`/${TEST_ORG_ID}$`));
}

test('a save that answers while the admin is typing does not replace what is being typed', async ({ page }) => {
  const { host, dataDir } = await sessions.start();
  await page.goto(host.url);
  const { input, release } = await selectTextWhileItsSaveIsHeld(page);
  const [firstHalf, secondHalf] = [TEST_ORG_ID.slice(0, 18), TEST_ORG_ID.slice(18)];
  await page.keyboard.type(firstHalf);
  await release();
  await expect(input, 'the older answer left the typing alone').toHaveValue(firstHalf);
  await page.keyboard.type(secondHalf);
  await expect(input).toHaveValue(TEST_ORG_ID);
  await expectOrgIdSaved(page, dataDir);
});

test('a save that answers after the admin selected the text to replace it keeps the selection', async ({ page }) => {
  const { host, dataDir } = await sessions.start();
  await page.goto(host.url);
  // The answer comes before any key: it must not move the caret or drop the selection (seen in CI).
  const { input, release } = await selectTextWhileItsSaveIsHeld(page);
  await release();
  await page.keyboard.type(TEST_ORG_ID);
  await expect(input, 'the typing replaced the selected text').toHaveValue(TEST_ORG_ID);
  await expectOrgIdSaved(page, dataDir);
});

test('an answer that comes just before the admin selects the text to replace it does not drop the selection', async ({ page }) => {
  const { host, dataDir } = await sessions.start();
  const answer = await holdAnswerInPage(page, 'profile.saveField');
  await page.goto(host.url);
  await walkToOrgIdStep(page);
  const input = page.getByTestId('field-webex.tenantUrl');
  await answer.arm();
  await input.fill(OTHER_ORG_ID);
  await input.blur();
  // The answer reaches the field (which then wants to show the saved URL) as the admin, back in the field,
  // selects its text to type over it.
  await answer.releaseThenSelect('field-webex.tenantUrl');
  await page.keyboard.type(TEST_ORG_ID);
  await expect(input, 'the typing replaced the selected text').toHaveValue(TEST_ORG_ID);
  await expectOrgIdSaved(page, dataDir);
});

test('a refused value says what is wrong and that Next keeps the saved one; an empty field says to fill it in', async ({ page }) => {
  const { host, dataDir } = await sessions.start();
  await page.goto(host.url);
  await walkToOrgIdStep(page);
  const input = page.getByTestId('field-webex.tenantUrl');

  // Nothing saved yet: the step asks to correct the field, not to fill it in.
  await input.fill('a35bfbc6-ccbd-4a17-a488-72gf46c5420c');
  await expect(page.getByTestId('field-error-webex.tenantUrl')).toContainText("Character 'g' at position 27");
  await expect(page.getByTestId('step-unmet')).toContainText('correct ‘');
  await expect(page.getByTestId('step-unmet')).not.toContainText('fill in');
  await expect(page.getByTestId('nav-next')).toBeDisabled();

  // A saved value, then a refused one: Next continues with the saved value, and the field says so.
  await input.fill(TEST_ORG_ID);
  await expect(page.getByTestId('tenant-url-preview')).toContainText(TEST_ORG_ID);
  await input.fill('a35bfbc6-ccbd-4a17-a488');
  const error = page.getByTestId('field-error-webex.tenantUrl');
  await expect(error).toContainText('Not saved');
  await expect(error).toContainText(`Next continues with it: `);
  await expect(error).toContainText(TEST_ORG_ID);
  await expect(page.getByTestId('nav-next')).toBeEnabled();
  expect(savedProfile(dataDir).fields['webex.tenantUrl']).toContain(TEST_ORG_ID);
  await page.getByTestId('field-revert-webex.tenantUrl').click();
  await expect(input).toHaveValue(new RegExp(TEST_ORG_ID));
  await expect(error).toHaveCount(0);

  // Emptied: the saved value stays, and the field says so too.
  await input.fill('');
  await expect(error).toContainText('Next continues with it');
});

test('a skipped step has its own mark and wording and is not counted as done', async ({ page }) => {
  const { host } = await sessions.start();
  await page.goto(host.url);
  await walkToOrgIdStep(page);
  const gallery = page.getByTestId('step-nav-add-gallery-app');
  await expect(gallery).toHaveAttribute('data-status', 'skipped');
  await expect(page.getByTestId('step-nav-before-you-start')).toHaveAttribute('data-status', 'done');
  await expect(gallery.locator('.step-icon-skipped')).toHaveCount(1);
  await expect(page.getByTestId('step-nav-before-you-start').locator('.step-icon-done')).toHaveCount(1);
  await expect(page.getByTestId('wizard-progress')).toHaveAttribute('value', '2');
  await expect(page.getByTestId('step-list')).toContainText('2 of 9 steps done, 1 skipped');
  await gallery.click();
  await expect(page.getByTestId('step-skipped-note')).toContainText('You skipped this step');
});

test('a reloaded page attaches to the sign-in still pending, and the host logs the sign-in without the token', async ({ page }) => {
  const { host } = await sessions.start();
  await page.goto(host.url);
  await walkToBearerTokenStep(page, TEST_ORG_ID);
  await expect(page.getByTestId('token-facts')).toContainText('365 days');
  const popup = await startSignIn(page);
  await expect(page.getByTestId('token-waiting')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('token-waiting')).toBeVisible();
  await expect(page.getByTestId('token-cancel')).toBeVisible();
  await expect(page.getByTestId('action-capture-token')).toBeDisabled();
  await signInAtProvider(popup);
  await expect(popup.locator('#capture-status')).toHaveAttribute('data-outcome', 'captured');
  await expect(page.getByTestId('token-captured')).toBeVisible();
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-present', 'true');
  expect(host.output()).toMatch(/sign-in \S+ started for profile default/);
  expect(host.output()).toMatch(/token stored in the keychain for profile default/);

  // Cancelled after a reload: the page that reattached can cancel, and the log says so. (No tab is
  // opened this time: the provider's session would finish the sign-in at once.)
  await page.getByTestId('token-opener-copy-link').check();
  await page.getByTestId('action-capture-token').click();
  await expect(page.getByTestId('token-waiting')).toBeVisible();
  await page.reload();
  await page.getByTestId('token-cancel').click();
  await expect(page.getByTestId('token-waiting')).toHaveCount(0);
  await expect(page.getByTestId('token-error')).toHaveCount(0);
  await expect.poll(() => host.output()).toMatch(/sign-in \S+: cancelled/);
});

test('browser mode says it cannot open a private window, and copies the sign-in link instead', async ({ page, context }) => {
  const { host } = await sessions.start();
  await grantClipboard(context, host.origin);
  await page.goto(host.url);
  await walkToBearerTokenStep(page, TEST_ORG_ID);
  await expect(page.getByTestId('token-browser-mode-note')).toContainText('cannot open a private window');
  await page.getByTestId('token-opener-copy-link').check();
  const pages = context.pages().length;
  await page.getByTestId('action-capture-token').click();
  await expect(page.getByTestId('token-waiting')).toBeVisible();
  expect(context.pages()).toHaveLength(pages);
  await page.getByTestId('token-copy-link').click();
  await expect(page.getByTestId('token-copy-link-status')).toContainText('copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await page.getByTestId('token-signin-link').getAttribute('href'));
  await page.getByTestId('token-cancel').click();
});

test('a pasted token goes to the keychain only, and "Remove the token" takes it off this computer', async ({ page }) => {
  const { host, dataDir } = await sessions.start();
  const token = 'pasted-e2e-token-Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA';
  await page.goto(host.url);
  await walkToBearerTokenStep(page, TEST_ORG_ID);
  await expect(page.getByTestId('nav-next')).toBeDisabled();
  await page.getByTestId('token-paste-open').click();
  const input = page.getByTestId('token-paste-input');
  await expect(input).toHaveAttribute('type', 'password');

  await input.fill(`access_token=${token}&token_type=Bearer`);
  await page.getByTestId('token-paste-save').click();
  await expect(page.getByTestId('token-paste-error')).toContainText('between access_token= and &token_type=');
  await input.fill(`${token.slice(0, 20)} ${token.slice(20)}`);
  await page.getByTestId('token-paste-save').click();
  await expect(page.getByTestId('token-paste-error')).toContainText('position 21');
  await page.getByTestId('token-paste-expiry-date').check();
  await page.getByTestId('token-paste-expiry-input').fill('2020-01-01');
  await input.fill(token);
  await page.getByTestId('token-paste-save').click();
  await expect(page.getByTestId('token-paste-error')).toContainText('has passed');
  expect(savedProfile(dataDir).secrets['webex-bearer-token']).toBeUndefined();

  await page.getByTestId('token-paste-expiry-default').check();
  await input.fill(`  "${token}"\n`);
  await page.getByTestId('token-paste-save').click();
  await expect(page.getByTestId('token-paste-saved')).toBeVisible();
  await expect(input).toHaveValue('');
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-present', 'true');
  await expect(page.getByTestId('nav-next')).toBeEnabled();
  const meta = savedProfile(dataDir).secrets['webex-bearer-token']!;
  const days = (Date.parse(meta.expiresAt!) - Date.parse(meta.savedAt)) / 86_400_000;
  expect(Math.round(days)).toBe(365);
  expect(readFileSync(join(dataDir, 'settings.json'), 'utf8')).not.toContain(token.slice(0, 16));
  expect(host.output()).not.toContain(token.slice(0, 16));

  // Remove: a dialog first (Cancel keeps it), then the keychain entry and its dates go.
  await page.getByTestId('token-remove').click();
  await expect(page.getByTestId('confirm-remove-token')).toBeVisible();
  await page.getByTestId('confirm-remove-token-cancel').click();
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-present', 'true');
  await page.getByTestId('token-remove').click();
  await page.getByTestId('confirm-remove-token-confirm').click();
  await expect(page.getByTestId('token-removed')).toBeVisible();
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-present', 'false');
  await expect(page.getByTestId('nav-next')).toBeDisabled();
  expect(savedProfile(dataDir).secrets['webex-bearer-token']).toBeUndefined();
});
