import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHANNELS } from '../../shared/ipc/contract';
import { KEYCHAIN_SERVICE } from '../../shared/secrets';
import { startCxonePeers, cxoneEndpointsBlock, type CxonePeers } from '../support/cxone-peers';
import { keychainAccountIn } from '../support/keychain-account';
import { newDataDir } from './support/browser-host';
import { leaksIn, randomSecrets } from './support/cxone-session';
import { runCheck, walkToRegionStep } from './support/cxone-walk';
import { electronApps, electronSkipReason } from './support/electron-app';
import { listFiles } from './support/leak-scan';
import { createProfile, settingsOnDisk } from './support/profiles-walk';
import { startWebexPeers, TEST_ORG_ID, type WebexPeers } from './support/webex-peers';
import { next, signInAtProvider, walkToBearerTokenStep, walkToOrgIdStep } from './support/webex-walk';

/**
 * The desktop app itself (Electron, driven by Playwright's _electron): the same scenarios as the
 * browser-mode suites for both flows, profiles and the in-app private sign-in window, against the
 * same local peers and the real keychain. Where no Electron binary exists (this machine: it
 * cannot be downloaded here) the suite prints why and skips.
 */

if (electronSkipReason) console.log(electronSkipReason);
test.skip(electronSkipReason !== null, electronSkipReason ?? '');

const keytar = createRequire(import.meta.url)('@github/keytar') as { getPassword(service: string, account: string): Promise<string | null> };
const apps = electronApps();
let webex: WebexPeers | undefined;
let cxone: CxonePeers | undefined;

test.afterEach(async () => {
  await apps.closeAll();
  await webex?.close();
  await cxone?.close();
  webex = undefined;
  cxone = undefined;
});

/** Both flows' peers behind one endpoints file (README, "Test endpoints file"). */
async function startPeers() {
  const secrets = randomSecrets();
  webex = await startWebexPeers(newDataDir());
  cxone = await startCxonePeers({ areas: ['na1'], ...secrets });
  const endpointsFile = join(newDataDir(), 'endpoints.json');
  const webexBlock = JSON.parse(readFileSync(webex.endpointsFile, 'utf8')) as object;
  writeFileSync(endpointsFile, JSON.stringify({ ...webexBlock, ...cxoneEndpointsBlock(cxone) }, null, 2));
  return { endpointsFile, secrets, webex, cxone };
}

test('the built app opens on the integration picker, with only the bridge exposed to the page', async () => {
  const { page } = await apps.launch({ dataDir: newDataDir() });
  await expect(page.getByTestId('integration-picker')).toBeVisible();

  const exposed = await page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    const bridge = scope.scimWizard as Record<string, unknown> | undefined;
    return {
      bridgeKeys: bridge ? Object.keys(bridge).sort() : null,
      allFunctions: bridge ? Object.values(bridge).every((v) => typeof v === 'function') : false,
      require: typeof scope.require,
      process: typeof scope.process,
      module: typeof scope.module,
      popup: window.open('https://evil.example/') === null,
    };
  });
  expect(exposed).toEqual({
    bridgeKeys: [...CHANNELS].sort(),
    allFunctions: true,
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    popup: true,
  });

  const info = await page.evaluate(() => window.scimWizard?.['app.getInfo']({}));
  expect(info).toMatchObject({ ok: true, data: { host: 'electron', versions: { electron: expect.any(String) } } });
});

test('Webex: the token is captured through the in-app private window, lands in the keychain, and the connection test passes', async () => {
  const { endpointsFile } = await startPeers();
  const dataDir = newDataDir();
  const { app, page, output } = await apps.launch({ dataDir, endpointsFile });
  await walkToBearerTokenStep(page, TEST_ORG_ID);

  // The desktop offers the private window first; it opens as a second window of the app.
  await expect(page.getByTestId('token-opener-in-app-private')).toBeChecked();
  const signInWindow = app.waitForEvent('window');
  await page.getByTestId('action-capture-token').click();
  const popup = await signInWindow;
  await signInAtProvider(popup);
  await expect(page.getByTestId('token-captured')).toBeVisible();
  await expect(page.getByTestId('token-status')).toHaveAttribute('data-present', 'true');
  // The sign-in window is closed once the token is in, and its session kept nothing on disk.
  await expect.poll(() => app.windows().length).toBe(1);

  const token = await keytar.getPassword(KEYCHAIN_SERVICE, keychainAccountIn(dataDir, 'default', 'webex-bearer-token'));
  expect(token, 'the token is in the real keychain').toBeTruthy();
  await next(page, 'test-connection');
  await page.getByTestId('action-test-connection').click();
  await expect(page.getByTestId('test-connection-result')).toHaveAttribute('data-outcome', 'ok');

  await apps.closeAll();
  const written = Object.fromEntries(listFiles(dataDir).map((file) => [file, readFileSync(file)]));
  expect(leaksIn({ ...written, output: output() }, { token: token! })).toEqual([]);
});

test('CXone (Okta): the access key pair goes to the keychain, the live check passes, and no secret is written or printed', async () => {
  const { endpointsFile, secrets } = await startPeers();
  const dataDir = newDataDir();
  const { page, output } = await apps.launch({ dataDir, endpointsFile });
  await walkToRegionStep(page, 'okta', secrets);
  await page.getByTestId('field-cxone.region-na1').check();
  const result = await runCheck(page, 'check-access-key');
  await expect(result).toHaveAttribute('data-outcome', 'ok');
  await next(page, 'idp-settings');
  await expect(page.getByTestId('value-okta-baseUrl')).toContainText('/na1/scim/v2');

  for (const [secretId, value] of [
    ['cxone-access-key-id', secrets.accessKeyId],
    ['cxone-access-key-secret', secrets.accessKeySecret],
  ] as const) {
    expect(await keytar.getPassword(KEYCHAIN_SERVICE, keychainAccountIn(dataDir, 'default', secretId))).toBe(value);
  }
  await apps.closeAll();
  const written = Object.fromEntries(listFiles(dataDir).map((file) => [file, readFileSync(file)]));
  expect(leaksIn({ ...written, output: output() }, { ...secrets })).toEqual([]);
});

test('profiles: a Webex and a CXone profile progress independently, and the active one survives a restart', async () => {
  const { endpointsFile } = await startPeers();
  const dataDir = newDataDir();
  const first = await apps.launch({ dataDir, endpointsFile });
  await walkToOrgIdStep(first.page);
  await first.page.getByTestId('field-webex.tenantUrl').fill(TEST_ORG_ID);
  await expect(first.page.getByTestId('tenant-url-preview')).toContainText(TEST_ORG_ID);

  const cxoneId = await createProfile(first.page, dataDir, 'CXone tenant', 'cxone');
  await first.page.getByTestId('field-cxone.idp-entra').check();
  await expect(first.page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await first.page.getByTestId('profile-switcher').selectOption('default');
  await expect(first.page.getByTestId('step-org-id')).toBeVisible();
  await first.page.getByTestId('profile-switcher').selectOption(cxoneId);
  await expect(first.page.getByTestId('field-cxone.idp-entra')).toBeChecked();
  await first.close();

  const second = await apps.launch({ dataDir, endpointsFile });
  await expect(second.page.getByTestId('profile-switcher')).toHaveValue(cxoneId);
  await expect(second.page.getByTestId('field-cxone.idp-entra')).toBeChecked();
  expect(settingsOnDisk(dataDir).profiles.default?.fields['webex.tenantUrl']).toMatch(new RegExp(`/${TEST_ORG_ID}$`));
});

test('the setup report is saved as PDF through printToPDF: the report alone, its facts, and no secret', async () => {
  const { endpointsFile, secrets } = await startPeers();
  const dataDir = newDataDir();
  const { app, page } = await apps.launch({ dataDir, endpointsFile });
  await walkToRegionStep(page, 'entra', secrets);
  await page.getByTestId('field-cxone.region-na1').check();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  // The save dialog answers with a path in a temp folder, as an admin choosing it would.
  const pdfPath = join(newDataDir(), 'report.pdf');
  await app.evaluate(({ dialog }, path) => {
    const answer = { canceled: false, filePath: path };
    dialog.showSaveDialog = (async () => answer) as typeof dialog.showSaveDialog;
  }, pdfPath);
  await page.getByTestId('report-open').click();
  await expect(page.getByTestId('report-page')).toBeVisible();
  await page.getByTestId('report-save-pdf').click();
  await expect(page.getByTestId('report-status')).toHaveAttribute('data-state', 'pdfSaved');

  const bytes = readFileSync(pdfPath);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const fact of ['Setup report', 'NICE CXone', '/na1/oauth/scim/v2', 'Stored in the keychain on']) expect(text).toContain(fact);
  // Printing shows the report only: no buttons of the dialog, nothing of the wizard around it.
  for (const chrome of ['Save as PDF', 'Copy for support', 'Choose another integration']) expect(text).not.toContain(chrome);
  expect(leaksIn({ pdf: bytes, 'pdf text': text }, { ...secrets })).toEqual([]);
});
