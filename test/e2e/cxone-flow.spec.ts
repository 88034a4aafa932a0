import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { PRODUCTION_CXONE_ENDPOINTS } from '../../shared/endpoints/cxone-endpoints';
import type { SecretId } from '../../shared/secrets';
import { cxoneSessions, keychainValue, leaksIn } from './support/cxone-session';
import { next, runCheck, saveSecret, startCxone, tickChecklist, type CxoneEnvironment, type CxoneIdp } from './support/cxone-walk';
import { listFiles } from './support/leak-scan';
import { recordedTestIds, recordTestIds, undocumented } from './support/testid-contract';
import { grantClipboard } from './support/webex-session';

/**
 * Steps 0 to 7 of the CXone Mpower procedure (seed 000) in browser mode, once per IdP and
 * environment, against the local CXone peers (a strict access-key token endpoint and scimmy on
 * /<area>/scim/v2 and /<area>/oauth/scim/v2) and the real keychain (gnome-keyring, from
 * test/keychain/with-keyring.sh). The endpoints file overrides only `apiBaseUrl`, so the OAuth
 * endpoints the IdP is given are production's, and differ between standard and FedRAMP.
 */

const sessions = cxoneSessions();

/** CXone's sign-in host per environment (shared/integrations/cxone.ts, from the seed's OAuth endpoints). */
const SIGN_IN_HOST: Record<CxoneEnvironment, string> = { standard: 'cxone.niceincontact.com', fedramp: 'cxone-gov.niceincontact.com' };
const SECRET_OF_FIELD: Record<string, SecretId> = {
  'cxone.accessKeyId': 'cxone-access-key-id',
  'cxone.accessKeySecret': 'cxone-access-key-secret',
  'cxone.bearerToken': 'cxone-bearer-token',
};

async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Opening CXone opens a tab (browser mode); it is answered locally, so nothing leaves the machine. */
async function expectOpenCxoneGoesTo(page: Page, environment: CxoneEnvironment) {
  const opened = page.context().waitForEvent('page');
  await page.getByTestId('action-open-cxone').click();
  const tab = await opened;
  await tab.waitForLoadState('domcontentloaded');
  expect(new URL(tab.url()).host).toBe(SIGN_IN_HOST[environment]);
  await tab.close();
}

/** Reveal shows the stored value, Hide takes it off the page; Replace asks first, and keeping the value changes nothing. */
async function revealHideReplace(page: Page, fieldId: string, value: string, dataDir: string) {
  await page.getByTestId(`field-reveal-${fieldId}`).click();
  await expect(page.getByTestId(`field-revealed-${fieldId}`)).toContainText(value);
  await expect(page.getByTestId(`field-revealed-${fieldId}`)).toContainText('30');
  await page.getByTestId(`field-hide-${fieldId}`).click();
  await expect(page.getByTestId(`field-revealed-${fieldId}`)).toHaveCount(0);
  expect(await page.content()).not.toContain(value);
  // Left alone, it hides itself after 30 s (the page's clock is Playwright's, installed before the page loaded).
  await page.getByTestId(`field-reveal-${fieldId}`).click();
  await expect(page.getByTestId(`field-revealed-${fieldId}`)).toBeVisible();
  await page.clock.fastForward(29_000);
  await expect(page.getByTestId(`field-revealed-${fieldId}`)).toBeVisible();
  await page.clock.fastForward(1_500);
  await expect(page.getByTestId(`field-revealed-${fieldId}`)).toHaveCount(0);
  await expect(page.getByTestId(`field-reveal-${fieldId}`)).toBeVisible();

  await page.getByTestId(`field-replace-${fieldId}`).click();
  const dialog = page.getByTestId(`confirm-replace-${fieldId}`);
  await expect(dialog).toBeVisible();
  // Asked, not done: the stored value is still offered and the input has not come back.
  await expect(page.getByTestId(`field-${fieldId}`)).toHaveCount(0);
  await page.getByTestId(`confirm-replace-${fieldId}-cancel`).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId(`field-${fieldId}`)).toHaveCount(0);
  await page.getByTestId(`field-replace-${fieldId}`).click();
  await page.getByTestId(`confirm-replace-${fieldId}-confirm`).click();
  await expect(page.getByTestId(`field-${fieldId}`)).toBeVisible();
  await page.getByTestId(`field-cancel-replace-${fieldId}`).click();
  await expect(page.getByTestId(`field-${fieldId}`)).toHaveCount(0);
  await expect(page.getByTestId(`field-block-${fieldId}`)).toHaveAttribute('data-stored', 'true');
  expect(await keychainValue(dataDir, SECRET_OF_FIELD[fieldId]!)).toBe(value);
}

/** A secret row of a values card: "stored", never the value; its Copy puts the value on the clipboard. */
async function expectSecretRowCopies(page: Page, rowTestId: string, value: string) {
  const row = page.getByTestId(rowTestId);
  await expect(row).toContainText('Stored in the keychain on');
  await expect(row).not.toContainText(value);
  await page.getByTestId(`${rowTestId}-copy`).click();
  await expect(page.getByTestId(`${rowTestId}-status`)).toContainText('60');
  expect(await readClipboard(page)).toBe(value);
}

async function expectUrlRowCopies(page: Page, rowTestId: string, url: string) {
  await expect(page.getByTestId(rowTestId).locator('code')).toHaveText(url);
  await page.getByTestId(`${rowTestId}-copy`).click();
  await expect(page.getByTestId(`${rowTestId}-status`)).toBeVisible();
  expect(await readClipboard(page)).toBe(url);
}

const COMBINATIONS: Array<{ idp: CxoneIdp; environment: CxoneEnvironment }> = (['okta', 'entra', 'other'] as const).flatMap((idp) =>
  (['standard', 'fedramp'] as const).map((environment) => ({ idp, environment })),
);

for (const { idp, environment } of COMBINATIONS) {
  test(`${idp}, ${environment}: steps 0 to 7 against the CXone peers and the real keychain, no secret left anywhere else`, async ({ page, context }) => {
    const { peers, host, dataDir, secrets } = await sessions.start();
    const urls = peers.urls('na1');
    const usesAccessKey = idp !== 'entra';
    const storesBearer = idp !== 'okta';
    await grantClipboard(context, host.origin);
    await context.route('https://*.niceincontact.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>CXone</title>' }));
    await recordTestIds(page);
    await page.clock.install();
    await page.goto(host.url);
    await expect(page.getByTestId('test-endpoints-banner')).toBeVisible();

    // 0. Before you start: IdP and environment.
    await startCxone(page, idp, environment);
    await expect(page.getByTestId('step-note-oktaAlternative')).toHaveCount(idp === 'okta' ? 1 : 0);
    await next(page, 'access-key-role');

    // 1-3. Role, employee, access key: Okta and other do them; Entra ID is offered Skip on each.
    if (usesAccessKey) {
      await expect(page.getByTestId('nav-skip')).toHaveCount(0);
      await expect(page.getByTestId('nav-next')).toBeDisabled();
      await expectOpenCxoneGoesTo(page, environment);
      await tickChecklist(page, 'access-key-role');
      await next(page, 'access-key-employee');
      await tickChecklist(page, 'access-key-employee');
      await next(page, 'access-key');
      await expect(page.getByTestId('nav-skip')).toHaveCount(0);
      await expect(page.getByTestId('field-optional-cxone.accessKeyId')).toHaveCount(0);
      await saveSecret(page, 'cxone.accessKeyId', secrets.accessKeyId);
      await expect(page.getByTestId('field-stored-cxone.accessKeyId')).toBeVisible();
      await saveSecret(page, 'cxone.accessKeySecret', secrets.accessKeySecret);
      // Straight to the real keychain, under the data folder's namespace.
      expect(await keychainValue(dataDir, 'cxone-access-key-id')).toBe(secrets.accessKeyId);
      expect(await keychainValue(dataDir, 'cxone-access-key-secret')).toBe(secrets.accessKeySecret);
      if (environment === 'standard') await revealHideReplace(page, 'cxone.accessKeySecret', secrets.accessKeySecret, dataDir);
      await expect(page.getByTestId('nav-next')).toBeDisabled();
      await page.getByTestId('field-cxone.accessKey.activated').check();
      await next(page, 'bearer-token');
    } else {
      for (const following of ['access-key-employee', 'access-key', 'bearer-token']) {
        await expect(page.getByTestId('nav-skip')).toBeVisible();
        await page.getByTestId('nav-skip').click();
        await expect(page.getByTestId(`step-${following}`)).toBeVisible();
      }
      for (const skipped of ['access-key-role', 'access-key-employee', 'access-key'])
        await expect(page.getByTestId(`step-nav-${skipped}`)).toHaveAttribute('data-status', 'skipped');
      // Entra ID meets CXone's sign-in first on the bearer-token step.
      await expectOpenCxoneGoesTo(page, environment);
    }

    // 4. Bearer token: optional for Okta (and other), required for Entra ID.
    await expect(page.getByTestId('field-optional-cxone.bearerToken')).toHaveCount(idp === 'entra' ? 0 : 1);
    if (idp === 'entra') await expect(page.getByTestId('nav-next')).toBeDisabled();
    if (storesBearer) {
      await saveSecret(page, 'cxone.bearerToken', secrets.bearerToken);
      expect(await keychainValue(dataDir, 'cxone-bearer-token')).toBe(secrets.bearerToken);
      if (idp === 'entra' && environment === 'standard') await revealHideReplace(page, 'cxone.bearerToken', secrets.bearerToken, dataDir);
    }
    await next(page, 'region-check');

    // 5. Region and live check.
    await expect(page.getByTestId('nav-next')).toBeDisabled();
    await page.getByTestId('field-cxone.region-na1').check();
    await expect(page.getByTestId('value-base-urls-scimBaseUrl').locator('code')).toHaveText(urls.scimBaseUrl);
    await expect(page.getByTestId('value-base-urls-oauthScimBaseUrl').locator('code')).toHaveText(urls.oauthScimBaseUrl);
    await expect(page.getByTestId('nav-next')).toBeDisabled();
    await expect(page.getByTestId('action-check-access-key')).toHaveCount(usesAccessKey ? 1 : 0);
    await expect(page.getByTestId('action-check-bearer-token')).toHaveCount(storesBearer ? 1 : 0);

    if (usesAccessKey) {
      const before = peers.requests.length;
      await expect(await runCheck(page, 'check-access-key')).toHaveAttribute('data-outcome', 'ok');
      const [exchange, probe, ...rest] = peers.requests.slice(before);
      expect(rest).toEqual([]);
      expect(exchange).toMatchObject({ method: 'POST', endpoint: 'token', area: 'na1', credential: 'access-key' });
      // Okta's Test Connector Configuration (other IdPs are probed the same way), with the exchanged token.
      expect(probe).toMatchObject({
        method: 'GET',
        endpoint: 'scim',
        path: '/na1/scim/v2/Users',
        rawQuery: 'startIndex=1&count=2',
        credential: 'issued-token',
      });
    }
    if (idp === 'other') await expect(page.getByTestId('nav-next'), 'a stored bearer token must pass too').toBeDisabled();
    if (storesBearer) {
      const before = peers.requests.length;
      await expect(await runCheck(page, 'check-bearer-token')).toHaveAttribute('data-outcome', 'ok');
      const [probe, ...rest] = peers.requests.slice(before);
      expect(rest).toEqual([]);
      expect(probe).toMatchObject({ method: 'GET', endpoint: 'oauth-scim', path: '/na1/oauth/scim/v2/Users', credential: 'bearer-token' });
      if (idp === 'entra') expect(probe!.query.filter).toMatch(/^userName eq "[0-9a-f-]{36}"$/);
      else expect(probe!.rawQuery).toBe('startIndex=1&count=2');
    }
    await next(page, 'idp-settings');

    // 6. The values card of the chosen IdP only, pointing at the peers, with the environment's OAuth endpoints.
    for (const card of ['okta', 'entra', 'other']) await expect(page.getByTestId(`values-${card}`)).toHaveCount(card === idp ? 1 : 0);
    const tokenUrl = PRODUCTION_CXONE_ENDPOINTS.oauthTokenUrl[environment];
    expect(tokenUrl).toBe(`https://${SIGN_IN_HOST[environment]}/auth/token`);
    if (idp === 'okta') {
      await expectUrlRowCopies(page, 'value-okta-baseUrl', urls.scimBaseUrl);
      await expect(page.getByTestId('value-okta-tokenEndpoint').locator('code')).toHaveText(tokenUrl);
      await expect(page.getByTestId('value-okta-authorizeEndpoint').locator('code')).toHaveText(PRODUCTION_CXONE_ENDPOINTS.oauthAuthorizeUrl[environment]);
      await expect(page.getByTestId('value-okta-uniqueIdentifier')).toContainText('userName');
      await expectSecretRowCopies(page, 'value-okta-clientId', secrets.accessKeyId);
      await expectSecretRowCopies(page, 'value-okta-clientSecret', secrets.accessKeySecret);
    } else if (idp === 'entra') {
      await expectUrlRowCopies(page, 'value-entra-tenantUrl', urls.oauthScimBaseUrl);
      await expectSecretRowCopies(page, 'value-entra-secretToken', secrets.bearerToken);
      await expect(page.getByTestId('values-entra')).not.toContainText('/auth/token');
    } else {
      await expectUrlRowCopies(page, 'value-other-baseUrl', urls.scimBaseUrl);
      await expect(page.getByTestId('value-other-bearerBaseUrl').locator('code')).toHaveText(urls.oauthScimBaseUrl);
      await expect(page.getByTestId('value-other-tokenEndpoint').locator('code')).toHaveText(tokenUrl);
      await expect(page.getByTestId('value-other-authorizeEndpoint').locator('code')).toHaveText(PRODUCTION_CXONE_ENDPOINTS.oauthAuthorizeUrl[environment]);
      await expectSecretRowCopies(page, 'value-other-accessKeyId', secrets.accessKeyId);
      await expectSecretRowCopies(page, 'value-other-accessKeySecret', secrets.accessKeySecret);
      await expectSecretRowCopies(page, 'value-other-bearerToken', secrets.bearerToken);
    }
    await tickChecklist(page, 'idp-settings');
    await next(page, 'done');

    // 7. Done: the summary of what was set up.
    const summary = (row: string) => page.getByTestId(`summary-${row}`);
    await expect(summary('idp')).toContainText({ okta: 'Okta', entra: 'Microsoft Entra ID', other: 'Another IdP' }[idp]);
    await expect(summary('environment')).toContainText(environment === 'fedramp' ? 'FedRAMP' : 'Standard');
    await expect(summary('region')).toContainText('NA1');
    // Only what the chosen IdP uses is summed up: no access key rows for Entra, no bearer rows without a bearer token.
    const rows: Array<[string, boolean, string]> = [
      ['scimBaseUrl', usesAccessKey, urls.scimBaseUrl],
      ['accessKeyId', usesAccessKey, 'Stored in the keychain on'],
      ['accessKeySecret', usesAccessKey, 'Stored in the keychain on'],
      ['checkAccessKey', usesAccessKey, 'Passed on'],
      ['oauthScimBaseUrl', storesBearer, urls.oauthScimBaseUrl],
      ['bearerToken', storesBearer, 'Stored in the keychain on'],
      ['checkBearerToken', storesBearer, 'Passed on'],
    ];
    for (const [row, shown, text] of rows) {
      if (shown) await expect(summary(row), row).toContainText(text);
      else await expect(summary(row), row).toHaveCount(0);
    }
    await expect(summary('skipped')).toHaveText(idp === 'entra' ? /Role for the access key, Employee for the access key, Access key$/ : /none$/);
    await page.getByTestId('nav-next').click(); // Finish
    await expect(page.getByTestId('wizard-complete')).toHaveAttribute('data-skipped', idp === 'entra' ? '3' : '0');
    await expect(page.getByTestId('wizard-progress')).toHaveAttribute('value', idp === 'entra' ? '5' : '8');

    // Every test id the walk showed is in the README's table.
    const seen = await recordedTestIds(page);
    expect(seen.length).toBeGreaterThan(50);
    expect(undocumented(seen)).toEqual([]);

    // The settings record only that the secrets exist (no lifetime for CXone's); the values are nowhere but the keychain.
    const html = await page.content();
    await host.stop();
    const settings = JSON.parse(readFileSync(`${dataDir}/settings.json`, 'utf8')) as {
      profiles: Record<string, { secrets: Record<string, { savedAt: string; expiresAt: string | null }> }>;
    };
    const storedIds = Object.keys(settings.profiles.default!.secrets).sort();
    expect(storedIds).toEqual(
      [...(usesAccessKey ? ['cxone-access-key-id', 'cxone-access-key-secret'] : []), ...(storesBearer ? ['cxone-bearer-token'] : [])].sort(),
    );
    for (const meta of Object.values(settings.profiles.default!.secrets)) expect(meta.expiresAt).toBeNull();
    expect(host.output()).toMatch(/check (check-access-key|check-bearer-token) for profile default: ok \(200\) at the scim stage/);
    const files = listFiles(dataDir);
    expect(files.some((file) => file.endsWith('settings.json'))).toBe(true);
    const named: Record<string, string> = { ...secrets };
    [...peers.issuedTokens].forEach((token, i) => (named[`exchanged token ${i + 1}`] = token));
    const texts = { ...Object.fromEntries(files.map((file) => [file, readFileSync(file)])), 'host output': host.output(), 'page HTML': html };
    expect(leaksIn(texts, named)).toEqual([]);
  });
}

test('the leak scan finds a secret in each form it looks for', () => {
  const secret = 'ABC+/=DEF "x"';
  const texts = {
    raw: `x${secret}x`,
    url: `?v=${encodeURIComponent(secret)}`,
    json: JSON.stringify({ v: secret }),
    base64: Buffer.from(secret).toString('base64'),
    clean: 'nothing here',
  };
  expect([...new Set(leaksIn(texts, { s: secret }).map((hit) => hit.split(':')[0]))]).toEqual(['raw', 'url', 'json', 'base64']);
});
