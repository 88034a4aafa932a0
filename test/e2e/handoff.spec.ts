import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { KEYCHAIN_SERVICE, type SecretId } from '../../shared/secrets';
import { keychainAccountIn } from '../support/keychain-account';
import { expectAccessible } from './support/axe';
import { newDataDir, startBrowserHost, type RunningHost } from './support/browser-host';
import { cxoneSessions, leaksIn, type CxoneSession } from './support/cxone-session';
import { next, saveSecret, settled, storeAccessKey, walkRoleAndEmployee } from './support/cxone-walk';
import { createProfile, openManageProfiles, settingsOnDisk } from './support/profiles-walk';
import { walkToOrgIdStep } from './support/webex-walk';

/**
 * Hand-off files (issue 9, item 3) in browser mode on the real keychain: support prepares a Webex
 * and a CXone profile and exports each (the downloaded file holds no secret used in the test); the
 * customer imports them on a fresh data folder and has only the secrets left to add; a name already
 * taken is asked about (cancel, import under another name, replace keeping the keychain entries);
 * every refusal through the real file input shows its reason and leaves the profiles unchanged, in
 * English and Korean.
 */

const sessions = cxoneSessions();
const keytar = createRequire(import.meta.url)('@github/keytar') as { getPassword(service: string, account: string): Promise<string | null> };
const hosts: RunningHost[] = [];
test.afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop();
});

const ORG_ID = '3f2b6c1e-8d4a-4e7b-9c2f-5a1d0e6b7c8d';
const WEBEX_NAME = 'Acme Webex';
const CXONE_NAME = 'Globex CXone';

function keychainHas(dataDir: string, profileId: string, secretId: SecretId): Promise<string | null> {
  return keytar.getPassword(KEYCHAIN_SERVICE, keychainAccountIn(dataDir, profileId, secretId));
}

const settingsBytes = (dataDir: string) => readFileSync(join(dataDir, 'settings.json'), 'utf8');

function screenshot(page: Page, lang: 'en' | 'ko', name: string) {
  const folder = join('test-results', 'screens', lang);
  mkdirSync(folder, { recursive: true });
  return page.screenshot({ path: join(folder, `handoff-${name}.png`), animations: 'disabled', caret: 'hide' });
}

/** The default profile as support prepares a Webex setup: commercial offer, test user assigned, the Org ID. */
async function prepareWebex(page: Page): Promise<void> {
  await openManageProfiles(page);
  await page.getByTestId('profile-rename-default').click();
  await page.getByTestId('profile-rename-input').fill(WEBEX_NAME);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('profile-row-default')).toContainText(WEBEX_NAME);
  await page.keyboard.press('Escape');
  await walkToOrgIdStep(page);
  await page.getByTestId('field-webex.tenantUrl').fill(ORG_ID);
  await expect(page.getByTestId('tenant-url-preview')).toContainText(ORG_ID);
  await settled(page);
}

/** A CXone profile (Okta, standard, na1) with its access key pair and a bearer token stored in the keychain. */
async function prepareCxone(page: Page, session: CxoneSession): Promise<string> {
  const id = await createProfile(page, session.dataDir, CXONE_NAME, 'cxone');
  await page.getByTestId('field-cxone.idp-okta').check();
  await page.getByTestId('field-cxone.environment-standard').check();
  await walkRoleAndEmployee(page);
  await storeAccessKey(page, session.secrets);
  await next(page, 'bearer-token');
  await saveSecret(page, 'cxone.bearerToken', session.secrets.bearerToken);
  await next(page, 'region-check');
  await page.getByTestId('field-cxone.region-na1').check();
  await settled(page);
  return id;
}

/** Exports a profile from the dialog; answers the downloaded file's name and text. */
async function exportProfile(page: Page, profileId: string): Promise<{ name: string; text: string }> {
  const downloaded = page.waitForEvent('download');
  await page.getByTestId(`handoff-export-${profileId}`).click();
  const download = await downloaded;
  const path = await download.path();
  await expect(page.getByTestId('handoff-export-status')).toContainText(download.suggestedFilename());
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Chooses a file in the import input, as the admin would. */
async function chooseFile(page: Page, path: string): Promise<void> {
  await page.getByTestId('handoff-import-input').setInputFiles(path);
}

test('support exports a Webex and a CXone profile without secrets; the customer imports them on a fresh data folder and adds only the secrets', async ({
  page,
}) => {
  const session = await sessions.start();
  await page.goto(session.host.url);
  await prepareWebex(page);
  const cxone = await prepareCxone(page, session);
  expect(await keychainHas(session.dataDir, cxone, 'cxone-bearer-token')).toBe(session.secrets.bearerToken);

  await openManageProfiles(page);
  const files = mkdtempSync(join(tmpdir(), 'handoff-files-'));
  const exported: Record<string, { name: string; text: string }> = {};
  for (const profileId of ['default', cxone]) {
    const file = await exportProfile(page, profileId);
    expect(file.name).toBe(`${profileId}.scim-handoff.json`);
    expect(leaksIn({ [file.name]: file.text }, { ...session.secrets })).toEqual([]);
    expect(file.text).not.toMatch(/"secrets"|savedAt|expiresAt|"actions"/);
    writeFileSync(join(files, file.name), file.text);
    exported[profileId] = file;
  }
  expect(session.host.output()).toContain(`profile ${cxone} exported as a hand-off file (no secrets)`);
  await page.getByTestId(`handoff-export-${cxone}`).scrollIntoViewIfNeeded();
  await screenshot(page, 'en', 'export-status');
  const support = settingsOnDisk(session.dataDir);

  // The customer's computer: a fresh data folder.
  const customerDir = newDataDir();
  const customer = await startBrowserHost({ dataDir: customerDir, endpointsFile: session.endpointsFile });
  hosts.push(customer);
  await page.goto(customer.url);
  await expect(page.getByTestId('integration-picker')).toBeVisible();
  await openManageProfiles(page);

  await chooseFile(page, join(files, `${cxone}.scim-handoff.json`));
  await expect(page.getByTestId('handoff-import-status')).toContainText(`Imported “${CXONE_NAME}” as a new profile and opened it`);
  await expect(page.getByTestId('handoff-import-status')).toContainText('keeps its progress');
  await screenshot(page, 'en', 'import-done');
  let onDisk = settingsOnDisk(customerDir);
  const importedCxone = onDisk.activeProfileId;
  expect(importedCxone).not.toBe('default');
  const supportCxone = support.profiles[cxone]!;
  expect(onDisk.profiles[importedCxone]).toMatchObject({
    name: CXONE_NAME,
    integrationId: 'cxone',
    fields: supportCxone.fields,
    completedStepIds: supportCxone.completedStepIds,
    skippedStepIds: supportCxone.skippedStepIds,
    secrets: {},
    actions: {},
  });
  expect(onDisk.profiles[importedCxone]?.fields).toMatchObject({ 'cxone.idp': 'okta', 'cxone.environment': 'standard', 'cxone.region': 'na1' });
  await expect(page.getByTestId(`profile-row-${importedCxone}`)).toHaveAttribute('aria-current', 'true');
  // The customer's own default profile is as it was.
  expect(onDisk.profiles.default).toMatchObject({ integrationId: null, fields: {} });

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('profile-switcher')).toHaveValue(importedCxone);
  // What is left is the secrets: the wizard opens on the access key step, with nothing stored.
  await expect(page.getByTestId('step-access-key')).toBeVisible();
  await expect(page.getByTestId('field-block-cxone.accessKeyId')).toHaveAttribute('data-stored', 'false');
  expect(await keychainHas(customerDir, importedCxone, 'cxone-access-key-id')).toBeNull();

  await openManageProfiles(page);
  await chooseFile(page, join(files, 'default.scim-handoff.json'));
  await expect(page.getByTestId('handoff-import-status')).toContainText(`Imported “${WEBEX_NAME}” as a new profile`);
  onDisk = settingsOnDisk(customerDir);
  const importedWebex = onDisk.activeProfileId;
  expect(onDisk.profiles[importedWebex]).toMatchObject({
    name: WEBEX_NAME,
    integrationId: 'webex-entra',
    fields: support.profiles.default!.fields,
    secrets: {},
  });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('step-org-id')).toBeVisible();
  await expect(page.getByTestId('field-webex.tenantUrl')).toHaveValue(new RegExp(`${ORG_ID}$`));
  expect(customer.output()).toContain(`profile ${importedWebex} imported from a hand-off file (webex-entra, no secrets) and made active`);
  for (const secret of Object.values(session.secrets)) {
    expect(customer.output()).not.toContain(secret);
    expect(session.host.output()).not.toContain(secret);
  }
});

test('a name already taken is asked about: cancel changes nothing, import under another name, replace keeps the keychain entries', async ({ page }) => {
  const session = await sessions.start();
  const { dataDir } = session;
  await page.goto(session.host.url);
  const cxone = await prepareCxone(page, session);
  await openManageProfiles(page);
  // Support's file for the same tenant: the same name, another area (written here, so this test does not depend on export).
  const path = join(mkdtempSync(join(tmpdir(), 'handoff-files-')), 'globex.scim-handoff.json');
  writeFileSync(path, cxoneFile({ 'cxone.idp': 'okta', 'cxone.environment': 'standard', 'cxone.region': 'eu1' }));

  // Cancel: nothing changes.
  const before = settingsBytes(dataDir);
  await chooseFile(page, path);
  const ask = page.getByTestId('confirm-handoff-replace');
  await expect(ask).toBeVisible();
  await expect(ask).toContainText(`A profile named “${CXONE_NAME}” already exists`);
  await expect(ask).toContainText('Kept: its secrets in the system keychain.');
  await expect(page.getByTestId('confirm-handoff-replace-cancel')).toBeFocused();
  await expect(page.getByTestId('confirm-handoff-replace-new-name')).toHaveValue(`${CXONE_NAME} (2)`);
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(page.getByTestId('handoff-import-status')).toHaveText('Nothing was imported.');
  expect(settingsBytes(dataDir)).toBe(before);

  // Import as new: a taken name is refused under the field; then Enter in the field imports under the typed name.
  await chooseFile(page, path);
  await expect(ask).toBeVisible();
  await page.getByTestId('confirm-handoff-replace-new-name').fill(`  ${CXONE_NAME.toUpperCase()} `);
  await page.getByTestId('confirm-handoff-replace-import-new').click();
  await expect(page.getByTestId('confirm-handoff-replace-name-error')).toContainText(`A profile named "${CXONE_NAME}" already exists`);
  await expect(page.getByTestId('confirm-handoff-replace-new-name')).toHaveAttribute('aria-invalid', 'true');
  expect(settingsBytes(dataDir)).toBe(before);
  await expectAccessible(page, 'hand-off replace question with a name error');
  await screenshot(page, 'en', 'replace-dialog');
  await page.getByTestId('confirm-handoff-replace-new-name').fill('Globex CXone EU');
  await page.getByTestId('confirm-handoff-replace-new-name').press('Enter');
  await expect(ask).toBeHidden();
  await expect(page.getByTestId('handoff-import-status')).toContainText('Imported “Globex CXone EU” as a new profile');
  let onDisk = settingsOnDisk(dataDir);
  const copy = onDisk.activeProfileId;
  expect(onDisk.profiles[copy]).toMatchObject({ name: 'Globex CXone EU', fields: { 'cxone.region': 'eu1' }, secrets: {} });
  expect(onDisk.profiles[cxone]?.fields['cxone.region']).toBe('na1');

  // Replace: the profile's answers become the file's; its keychain entries and their records stay.
  const secretsBefore = onDisk.profiles[cxone]!.secrets;
  await chooseFile(page, path);
  await expect(ask).toBeVisible();
  await page.getByTestId('confirm-handoff-replace-replace').click();
  await expect(ask).toBeHidden();
  await expect(page.getByTestId('handoff-import-status')).toContainText(`Replaced the answers and progress of “${CXONE_NAME}”`);
  onDisk = settingsOnDisk(dataDir);
  expect(onDisk.activeProfileId).toBe(cxone);
  expect(onDisk.profiles[cxone]).toMatchObject({ name: CXONE_NAME, fields: { 'cxone.region': 'eu1' }, secrets: secretsBefore, actions: {} });
  expect(Object.keys(onDisk.profiles)).toHaveLength(3);
  expect(await keychainHas(dataDir, cxone, 'cxone-access-key-id')).toBe(session.secrets.accessKeyId);
  expect(await keychainHas(dataDir, cxone, 'cxone-access-key-secret')).toBe(session.secrets.accessKeySecret);
  expect(await keychainHas(dataDir, cxone, 'cxone-bearer-token')).toBe(session.secrets.bearerToken);
  expect(session.host.output()).toContain(`profile ${cxone} replaced from a hand-off file (answers and progress; keychain entries kept) and made active`);

  // The same question in Korean.
  await page.keyboard.press('Escape');
  await page.getByTestId('language-select').selectOption('ko');
  await openManageProfiles(page);
  await chooseFile(page, path);
  await expect(ask).toContainText(`“${CXONE_NAME}” 프로필이 이미 있습니다`);
  await page.getByTestId('confirm-handoff-replace-new-name').fill('');
  await page.getByTestId('confirm-handoff-replace-import-new').click();
  await expect(page.getByTestId('confirm-handoff-replace-name-error')).toHaveText('프로필 이름을 입력하세요.');
  await screenshot(page, 'ko', 'replace-dialog');
  await page.getByTestId('confirm-handoff-replace-cancel').click();
  await expect(page.getByTestId('handoff-import-status')).toHaveText('아무것도 가져오지 않았습니다.');
});

/** A CXone hand-off file named like the profile the test prepares, with these answers and the first steps done. */
function cxoneFile(fields: Record<string, string>): string {
  return JSON.stringify({
    format: 'scim-setup-wizard/profile',
    version: 1,
    exportedAt: '2026-11-25T12:00:00.000Z',
    app: { version: '0.1.0' },
    profile: { name: CXONE_NAME, integrationId: 'cxone', fields, currentStepId: 'access-key-role', completedStepIds: ['before-you-start'], skippedStepIds: [] },
  });
}

/** A valid Webex hand-off file with a change, as JSON text. */
function webexFile(change: (file: { version: unknown; profile: Record<string, unknown> & { fields: Record<string, string> } }) => void = () => {}): string {
  const file = {
    format: 'scim-setup-wizard/profile',
    version: 1 as unknown,
    exportedAt: '2026-11-25T12:00:00.000Z',
    app: { version: '0.1.0' },
    profile: {
      name: 'Initech Webex',
      integrationId: 'webex-entra',
      fields: { 'webex.offer': 'commercial', 'webex.tenantUrl': `https://api.ciscospark.com/v1/scim/${ORG_ID}` } as Record<string, string>,
      currentStepId: 'org-id',
      completedStepIds: ['before-you-start'],
      skippedStepIds: ['add-gallery-app'],
    } as Record<string, unknown> & { fields: Record<string, string> },
  };
  change(file);
  return JSON.stringify(file, null, 2);
}

/** Every refusal case: the file, its code, and words of its English sentence. */
const REFUSALS: Array<[string, () => string, string, string]> = [
  ['too large', () => `{"pad":"${'x'.repeat(1024 * 1024)}"}`, 'handoff-too-large', 'The file is larger than 1 MiB'],
  ['too deep', () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'handoff-too-deep', 'more than 8 levels deep'],
  ['not JSON', () => 'format = "scim-setup-wizard/profile"', 'handoff-not-json', 'The file is not JSON.'],
  [
    'prototype key',
    () => webexFile().replace('"fields": {', '"fields": {\n    "__proto__": {"polluted": "yes"},'),
    'handoff-prototype-key',
    '“profile.fields.__proto__”',
  ],
  ['secret field', () => webexFile((f) => (f.profile.bearerToken = 'not-really-a-token')), 'handoff-secret-field', 'which looks like a secret'],
  ['unknown version', () => webexFile((f) => (f.version = 2)), 'handoff-unknown-version', 'The file is version 2'],
  ['unknown field', () => webexFile((f) => (f.profile.colour = 'blue')), 'handoff-unknown-field', '“profile.colour”'],
  [
    'bad tenant URL',
    () => webexFile((f) => (f.profile.fields['webex.tenantUrl'] = `https://api.ciscospark.com.evil.example/v1/scim/${ORG_ID}`)),
    'lookalike-host',
    'In the hand-off file, “webex.tenantUrl” is refused:',
  ],
  ['unknown integration', () => webexFile((f) => (f.profile.integrationId = 'zendesk')), 'handoff-unknown-integration', '“zendesk”'],
];

test('every refusal through the real file input shows its reason and changes nothing, in English and Korean; a profile with nothing done is not exported', async ({
  page,
}) => {
  const session = await sessions.start();
  const { dataDir } = session;
  await page.goto(session.host.url);
  const existing = await createProfile(page, dataDir, 'Tenant B', 'webex-entra');
  const files = mkdtempSync(join(tmpdir(), 'handoff-refusals-'));
  await openManageProfiles(page);

  // Nothing to hand off yet: the default profile has no integration.
  await page.getByTestId('handoff-export-default').click();
  await expect(page.getByTestId('handoff-export-error')).toContainText('This profile has no integration yet, so there is nothing to hand off');

  const before = settingsBytes(dataDir);
  for (const [what, make, code, words] of REFUSALS) {
    const path = join(files, `${what.replace(/\s+/g, '-')}.json`);
    writeFileSync(path, make());
    await chooseFile(page, path);
    const error = page.getByTestId('handoff-import-error');
    await expect(error, what).toHaveAttribute('data-code', code);
    await expect(error, what).toContainText('The file was not imported, and nothing was changed.');
    await expect(error, what).toContainText(words);
    expect(settingsBytes(dataDir), what).toBe(before);
    await expect(page.getByTestId('profile-switcher')).toHaveValue(existing);
  }
  await expect(page.getByTestId('confirm-handoff-replace')).toBeHidden();
  await expectAccessible(page, 'profiles dialog with a hand-off import refusal');
  await screenshot(page, 'en', 'import-error');

  // In Korean: the same refusal in Korean words.
  await page.keyboard.press('Escape');
  await page.getByTestId('language-select').selectOption('ko');
  await expect(page.getByTestId('language-select')).toHaveValue('ko');
  await settled(page);
  const inKorean = settingsBytes(dataDir);
  expect(JSON.parse(inKorean).profiles).toEqual(JSON.parse(before).profiles);
  await openManageProfiles(page);
  await chooseFile(page, join(files, 'bad-tenant-URL.json'));
  const error = page.getByTestId('handoff-import-error');
  await expect(error).toHaveAttribute('data-code', 'lookalike-host');
  await expect(error).toContainText('파일을 가져오지 않았으며, 아무것도 바뀌지 않았습니다.');
  await expect(error).toContainText('인계 파일의 “webex.tenantUrl” 값을 받아들일 수 없습니다:');
  await chooseFile(page, join(files, 'unknown-version.json'));
  await expect(error).toContainText('파일 버전은 2이고');
  await expectAccessible(page, 'profiles dialog with a hand-off import refusal (Korean)');
  await screenshot(page, 'ko', 'import-error');
  expect(settingsBytes(dataDir)).toBe(inKorean);
});
