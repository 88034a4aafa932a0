import { createRequire } from 'node:module';
import { expect, test, type Page, type Route } from '@playwright/test';
import { KEYCHAIN_SERVICE, type SecretId } from '../../shared/secrets';
import { keychainAccountIn } from '../support/keychain-account';
import { startBrowserHost } from './support/browser-host';
import { createProfile, openManageProfiles, settingsOnDisk } from './support/profiles-walk';
import { cxoneSessions } from './support/cxone-session';
import { settled, storeAccessKey, walkRoleAndEmployee } from './support/cxone-walk';
import { walkToOrgIdStep } from './support/webex-walk';

/**
 * Profiles in browser mode on the real keychain (gnome-keyring from test/keychain/with-keyring.sh):
 * a Webex profile and a CXone profile side by side, a value typed just before a switch, a restart,
 * delete with its keychain entries, and the refusals on screen in both languages.
 */

const sessions = cxoneSessions();
const keytar = createRequire(import.meta.url)('@github/keytar') as { getPassword(service: string, account: string): Promise<string | null> };
const ORG_ID = '3f2b6c1e-8d4a-4e7b-9c2f-5a1d0e6b7c8d';
const TENANT_URL_FIELD = 'webex.tenantUrl';

const onDisk = settingsOnDisk;

function keychainHas(dataDir: string, profileId: string, secretId: SecretId): Promise<string | null> {
  return keytar.getPassword(KEYCHAIN_SERVICE, keychainAccountIn(dataDir, profileId, secretId));
}

test('two profiles of different integrations progress independently, survive a switch mid-typing and a restart, and delete cleans the keychain', async ({
  page,
}) => {
  const session = await sessions.start();
  const { dataDir } = session;
  await page.goto(session.host.url);
  await expect(page.getByTestId('profile-switcher')).toHaveValue('default');

  // A CXone profile, created with its integration: it opens at step 0 and stores its access key pair.
  const cxone = await createProfile(page, dataDir, 'CXone tenant', 'cxone');
  await expect(page.getByTestId('step-before-you-start')).toBeVisible();
  await page.getByTestId('field-cxone.idp-okta').check();
  await page.getByTestId('field-cxone.environment-standard').check();
  await walkRoleAndEmployee(page);
  await storeAccessKey(page, session.secrets);
  await settled(page);
  expect(await keychainHas(dataDir, cxone, 'cxone-access-key-id')).toBe(session.secrets.accessKeyId);
  expect(await keychainHas(dataDir, cxone, 'cxone-access-key-secret')).toBe(session.secrets.accessKeySecret);

  // The default profile is untouched: still at the integration picker. It becomes a Webex setup.
  await page.getByTestId('profile-switcher').selectOption('default');
  await expect(page.getByTestId('integration-picker')).toBeVisible();
  await walkToOrgIdStep(page);
  // Typed and switched away at once, well within the field's 400 ms typing delay: the value must still be saved.
  await page.getByTestId(`field-${TENANT_URL_FIELD}`).fill(ORG_ID);
  await page.getByTestId('profile-switcher').selectOption(cxone);
  await expect(page.getByTestId('step-access-key')).toBeVisible();
  await expect(page.getByTestId('field-block-cxone.accessKeyId')).toHaveAttribute('data-stored', 'true');
  await expect(page.getByTestId(`field-${TENANT_URL_FIELD}`)).toHaveCount(0);
  await settled(page);

  const saved = onDisk(dataDir);
  expect(saved.profiles.default?.fields[TENANT_URL_FIELD]).toMatch(new RegExp(`/${ORG_ID}$`));
  // Answers in one never show in the other.
  expect(Object.keys(saved.profiles[cxone]?.fields ?? {}).filter((k) => k.startsWith('webex.'))).toEqual([]);
  expect(Object.keys(saved.profiles.default?.fields ?? {}).filter((k) => k.startsWith('cxone.'))).toEqual([]);
  expect(saved.profiles.default?.secrets).toEqual({});
  expect(saved.activeProfileId).toBe(cxone);

  // Back on the Webex profile: the value typed before the switch is there, on its step.
  await page.getByTestId('profile-switcher').selectOption('default');
  await expect(page.getByTestId('step-org-id')).toBeVisible();
  await expect(page.getByTestId(`field-${TENANT_URL_FIELD}`)).toHaveValue(new RegExp(`${ORG_ID}$`));
  await page.getByTestId('profile-switcher').selectOption(cxone);
  await expect(page.getByTestId('step-access-key')).toBeVisible();

  // A restart of the host on the same data folder opens the profile that was active.
  await session.host.stop();
  const restarted = await startBrowserHost({ dataDir, endpointsFile: session.endpointsFile });
  try {
    await page.goto(restarted.url);
    await expect(page.getByTestId('profile-switcher')).toHaveValue(cxone);
    await expect(page.getByTestId('step-access-key')).toBeVisible();

    // Delete the active CXone profile: the confirmation lists both keychain entries by name and account.
    await openManageProfiles(page);
    await page.getByTestId(`profile-delete-${cxone}`).click();
    const confirm = page.getByTestId('confirm-delete-profile');
    await expect(confirm).toBeVisible();
    const listed = page.getByTestId('confirm-delete-profile-secrets');
    await expect(listed).toContainText(keychainAccountIn(dataDir, cxone, 'cxone-access-key-id'));
    await expect(listed).toContainText(keychainAccountIn(dataDir, cxone, 'cxone-access-key-secret'));
    await expect(listed).toContainText('CXone access key ID');
    await expect(listed).toContainText('CXone secret access key');
    await page.screenshot({ path: test.info().outputPath('confirm-delete-profile-en.png') });
    await page.getByTestId('confirm-delete-profile-confirm').click();
    await expect(page.getByTestId('profiles-status')).toContainText('2 keychain entries');
    await expect(page.getByTestId(`profile-row-${cxone}`)).toHaveCount(0);
    await expect(page.getByTestId('profile-switcher')).toHaveValue('default');

    expect(await keychainHas(dataDir, cxone, 'cxone-access-key-id')).toBeNull();
    expect(await keychainHas(dataDir, cxone, 'cxone-access-key-secret')).toBeNull();
    expect(Object.keys(onDisk(dataDir).profiles)).toEqual(['default']);
    expect(restarted.output()).toContain(`profile ${cxone} deleted with 2 keychain entries`);
    for (const secret of Object.values(session.secrets)) expect(restarted.output()).not.toContain(secret);
  } finally {
    await restarted.stop();
  }
});

test('refusals on screen: empty and duplicate names, the last profile, in English and Korean', async ({ page }) => {
  const session = await sessions.start();
  await page.goto(session.host.url);
  const other = await createProfile(page, session.dataDir, 'Tenant B', '');
  await expect(page.getByTestId('integration-picker')).toBeVisible();

  await openManageProfiles(page);
  // A name another profile has, in other capitals and spacing.
  await page.getByTestId('profile-create-name').fill('  tenant   b ');
  await page.getByTestId('profile-create').click();
  await expect(page.getByTestId('profile-name-error')).toHaveText(/A profile named "Tenant B" already exists/);
  await page.screenshot({ path: test.info().outputPath('profiles-dialog-en.png') });

  // Rename to nothing, then to the other profile's name.
  await page.getByTestId('profile-rename-default').click();
  await page.getByTestId('profile-rename-input').fill('   ');
  await page.getByTestId('profile-name-save').click();
  await expect(page.getByTestId('profile-name-error')).toHaveText('Enter a name for the profile.');
  await page.getByTestId('profile-rename-input').fill('TENANT B');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('profile-name-error')).toContainText('already exists');
  await page.getByTestId('profile-rename-input').fill('Acme (EU)');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('profile-row-default')).toContainText('Acme (EU)');
  await expect(page.getByTestId('profile-rename-default')).toBeFocused();

  // Delete the other one; then the last one is refused without asking.
  await page.getByTestId(`profile-delete-${other}`).click();
  await expect(page.getByTestId('confirm-delete-profile-secrets')).toContainText('no keychain entries');
  await page.getByTestId('confirm-delete-profile-confirm').click();
  await expect(page.getByTestId(`profile-row-${other}`)).toHaveCount(0);
  await page.getByTestId('profile-delete-default').click();
  await expect(page.getByTestId('confirm-delete-profile')).toBeHidden();
  await expect(page.getByTestId('profiles-error')).toHaveText('The last profile cannot be deleted: create another profile first.');
  expect(Object.keys(onDisk(session.dataDir).profiles)).toEqual(['default']);

  // The same refusals in Korean.
  await page.keyboard.press('Escape');
  await page.getByTestId('language-select').selectOption('ko');
  await openManageProfiles(page);
  await page.getByTestId('profile-delete-default').click();
  await expect(page.getByTestId('profiles-error')).toHaveText('마지막 프로필은 삭제할 수 없습니다. 먼저 다른 프로필을 만드세요.');
  await page.getByTestId('profile-create').click();
  await expect(page.getByTestId('profile-name-error')).toHaveText('프로필 이름을 입력하세요.');
  await page.getByTestId('profile-duplicate-default').click();
  await page.getByTestId('profile-duplicate-input').fill('acme (eu)');
  await page.getByTestId('profile-name-save').click();
  await expect(page.getByTestId('profile-name-error')).toContainText('프로필이 이미 있습니다');
  await page.screenshot({ path: test.info().outputPath('profiles-dialog-ko.png') });
});

test("the dialog names each profile's integration and offers every one that can be started, from the catalogue alone, in English and Korean", async ({
  page,
}) => {
  const session = await sessions.start();
  await page.goto(session.host.url);
  const webex = await createProfile(page, session.dataDir, 'A Webex tenant', 'webex-entra');
  const cxone = await createProfile(page, session.dataDir, 'B CXone tenant', 'cxone');
  const offered = () => page.getByTestId('profile-create-integration').locator('option').allTextContents();
  const integrationOf = (profileId: string) => page.getByTestId(`profile-row-${profileId}`).locator('.profile-row-integration');

  await openManageProfiles(page);
  expect(await offered()).toEqual(['Choose later', 'Cisco Webex Control Hub with Entra ID (Azure AD)', 'NICE CXone Mpower with your identity provider']);
  await expect(integrationOf(webex)).toHaveText('Cisco Webex Control Hub with Entra ID (Azure AD)');
  await expect(integrationOf(cxone)).toHaveText('NICE CXone Mpower with your identity provider');
  await expect(integrationOf('default')).toHaveText('No integration chosen yet');

  await page.keyboard.press('Escape');
  await page.getByTestId('language-select').selectOption('ko');
  await openManageProfiles(page);
  expect((await offered()).slice(1)).toEqual(['Cisco Webex Control Hub와 Entra ID(Azure AD)', 'NICE CXone Mpower와 ID 공급자(IdP)']);
  await expect(integrationOf(cxone)).toHaveText('NICE CXone Mpower와 ID 공급자(IdP)');
  await expect(integrationOf('default')).toHaveText('아직 통합을 고르지 않음');
});

test('going through profiles with the arrow keys keeps the focus in the switcher; a new step of the same profile takes it', async ({ page }) => {
  const session = await sessions.start();
  await page.goto(session.host.url);
  const webex = await createProfile(page, session.dataDir, 'A Webex tenant', 'webex-entra');
  const cxone = await createProfile(page, session.dataDir, 'B CXone tenant', 'cxone');
  const switcher = page.getByTestId('profile-switcher');
  const screenOf = { [webex]: 'step-before-you-start', [cxone]: 'step-before-you-start', default: 'integration-picker' };

  // On Linux and Windows a closed list changes its value with each arrow key: each is a switch, and the
  // next key must still reach the list (a title taking the focus would swallow it).
  const order = await switcher.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(order).toHaveLength(3);
  await switcher.selectOption(order[0]!);
  await switcher.focus();
  const path: Array<[string, string]> = [
    ['ArrowDown', order[1]!],
    ['ArrowDown', order[2]!],
    ['ArrowUp', order[1]!],
    ['ArrowUp', order[0]!],
  ];
  for (const [key, profileId] of path) {
    await page.keyboard.press(key);
    await expect(switcher).toHaveValue(profileId);
    await expect(page.getByTestId(screenOf[profileId]!)).toBeVisible();
    await expect.poll(() => settingsOnDisk(session.dataDir).activeProfileId, 'each key is a switch, saved').toBe(profileId);
    await expect(switcher, `after ${key} to ${profileId}`).toBeFocused();
  }

  // Within a profile, the step changed by Next: its title takes the focus, as before.
  await switcher.selectOption(webex);
  await page.getByTestId('field-webex.offer-commercial').check();
  // Next opens once the answer is saved (a disabled button cannot take the focus, and Enter would go nowhere).
  await expect(page.getByTestId('nav-next')).toBeEnabled();
  await page.getByTestId('nav-next').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('step-add-gallery-app')).toBeVisible();
  await expect(page.getByTestId('step-title')).toBeFocused();
});

/** Holds every `profiles.setActive` request until the test lets it through, one by one. */
async function holdSwitches(page: Page) {
  const held: Route[] = [];
  await page.route(/\/api\/profiles\.setActive$/, (route) => void held.push(route));
  return {
    /** Waits for the next held request, checks which profile it names, and lets it reach main. */
    async release(profileId: string) {
      await expect.poll(() => held.length, `a switch to ${profileId} reaches the page's edge`).toBeGreaterThan(0);
      const route = held.shift()!;
      expect((route.request().postDataJSON() as { profileId: string }).profileId).toBe(profileId);
      const answered = page.waitForResponse((response) => response.request() === route.request());
      await route.continue();
      await answered;
    },
    pending: () => held.length,
  };
}

test('a switch shows the chosen profile at once while main saves it; quick switches end on the last one, on screen and on disk', async ({ page }) => {
  const session = await sessions.start();
  await page.goto(session.host.url);
  const webex = await createProfile(page, session.dataDir, 'A Webex tenant', 'webex-entra');
  const cxone = await createProfile(page, session.dataDir, 'B CXone tenant', 'cxone');
  const switcher = page.getByTestId('profile-switcher');
  const switches = await holdSwitches(page);

  // The picker of the default profile shows while its switch is still held back from main.
  await switcher.selectOption('default');
  await expect(page.getByTestId('integration-picker')).toBeVisible();
  expect(settingsOnDisk(session.dataDir).activeProfileId).toBe(cxone);

  // Two more switches before main has answered the first: they wait behind it, in the order made.
  await switcher.selectOption(webex);
  await expect(page.getByTestId('field-webex.offer-commercial')).toBeVisible();
  await switcher.selectOption(cxone);
  await expect(page.getByTestId('field-cxone.idp-okta')).toBeVisible();
  expect(switches.pending()).toBe(1);
  // From here on the screen must stay on the last choice while the earlier switches answer.
  await page.evaluate(() => {
    const left = { away: false };
    (window as unknown as { __left: typeof left }).__left = left;
    new MutationObserver(() => {
      if (!document.querySelector('[data-testid="field-cxone.idp-okta"]')) left.away = true;
    }).observe(document.body, { subtree: true, childList: true });
  });
  await switches.release('default');
  await switches.release(webex);
  await switches.release(cxone);
  await expect(switcher).toHaveValue(cxone);
  expect(await page.evaluate(() => (window as unknown as { __left: { away: boolean } }).__left.away), 'an earlier answer took the screen away').toBe(false);
  expect(settingsOnDisk(session.dataDir).activeProfileId).toBe(cxone);
  await expect(page.getByTestId('profile-switcher-error')).toHaveCount(0);
});

for (const [locale, sentence] of [
  ['en-US', 'This profile no longer exists'],
  ['ko-KR', '이 프로필은 더 이상 없습니다'],
] as const) {
  test.describe(`a refused switch (${locale})`, () => {
    test.use({ locale });
    test(`goes back to the profile main has, with the reason (${locale})`, async ({ page }) => {
      const session = await sessions.start();
      await page.goto(session.host.url);
      const other = await createProfile(page, session.dataDir, 'Deleted elsewhere', 'cxone');
      await page.getByTestId('profile-switcher').selectOption('default');
      await expect.poll(() => settingsOnDisk(session.dataDir).activeProfileId).toBe('default');
      // Another window deletes the profile this page still lists.
      await session.host.api.data('profiles.delete', { profileId: other });
      await page.getByTestId('profile-switcher').selectOption(other);
      await expect(page.getByTestId('profile-switcher-error')).toContainText(sentence);
      await expect(page.getByTestId('profile-switcher')).toHaveValue('default');
      await expect(page.getByTestId('integration-picker')).toBeVisible();
      await expect(page.getByTestId(`profile-option-${other}`)).toHaveCount(0);
      expect(settingsOnDisk(session.dataDir).activeProfileId).toBe('default');
      await page.screenshot({ path: test.info().outputPath(`refused-switch-${locale}.png`) });
    });
  });
}
