import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { cxoneSessions, keychainValue } from './support/cxone-session';
import { next, runCheck, saveSecret, startCxone, storeAccessKey, tickChecklist, walkRoleAndEmployee } from './support/cxone-walk';
import { recordedTestIds, recordTestIds, undocumented } from './support/testid-contract';

/**
 * Okta with the optional bearer token stored, steps 0 to 7 (cxone-flow.spec.ts walks Okta without
 * one). Both credentials are checked against the peers, the bearer token in Okta's probe style on
 * /oauth/scim/v2, and the Done summary must say both are stored and both checks passed.
 * The session's endpoints file also overrides the OAuth endpoints (issue 8, "Test endpoints"), so
 * Okta's card must show the file's values, not production's.
 */

const sessions = cxoneSessions();
const TOKEN_OVERRIDE = 'http://127.0.0.1:9/test-idp/auth/token';
const AUTHORIZE_OVERRIDE = 'http://127.0.0.1:9/test-idp/auth/authorize?scope=openid';

test('Okta with the optional bearer token: both checks pass, the card shows the overridden OAuth endpoints, the summary names both', async ({ page }) => {
  const { peers, host, dataDir, secrets } = await sessions.start({
    endpoints: (p) => ({ apiBaseUrl: p.apiBaseUrl, oauthTokenUrl: TOKEN_OVERRIDE, oauthAuthorizeUrl: AUTHORIZE_OVERRIDE }),
  });
  const urls = peers.urls('na1');
  await recordTestIds(page);
  await page.goto(host.url);
  await expect(page.getByTestId('test-endpoints-banner')).toBeVisible();

  await startCxone(page, 'okta');
  await walkRoleAndEmployee(page);
  await storeAccessKey(page, secrets);
  await next(page, 'bearer-token');
  // Optional for Okta, and stored all the same.
  await expect(page.getByTestId('field-optional-cxone.bearerToken')).toBeVisible();
  await saveSecret(page, 'cxone.bearerToken', secrets.bearerToken);
  expect(await keychainValue(dataDir, 'cxone-bearer-token')).toBe(secrets.bearerToken);
  await next(page, 'region-check');

  await page.getByTestId('field-cxone.region-na1').check();
  await expect(page.getByTestId('action-check-bearer-token')).toBeVisible();
  await expect(await runCheck(page, 'check-access-key')).toHaveAttribute('data-outcome', 'ok');
  const before = peers.requests.length;
  await expect(await runCheck(page, 'check-bearer-token')).toHaveAttribute('data-outcome', 'ok');
  // What Okta's "Test Connector Configuration" sends, with the bearer token, on the /oauth/scim/v2 base.
  const [probe, ...rest] = peers.requests.slice(before);
  expect(rest).toEqual([]);
  expect(probe).toMatchObject({
    method: 'GET',
    endpoint: 'oauth-scim',
    path: '/na1/oauth/scim/v2/Users',
    rawQuery: 'startIndex=1&count=2',
    credential: 'bearer-token',
  });
  await next(page, 'idp-settings');

  // Okta's card: the SCIM base and the endpoints file's OAuth endpoints.
  await expect(page.getByTestId('values-okta')).toBeVisible();
  await expect(page.getByTestId('value-okta-baseUrl').locator('code')).toHaveText(urls.scimBaseUrl);
  await expect(page.getByTestId('value-okta-tokenEndpoint').locator('code')).toHaveText(TOKEN_OVERRIDE);
  await expect(page.getByTestId('value-okta-authorizeEndpoint').locator('code')).toHaveText(AUTHORIZE_OVERRIDE);
  await expect(page.getByTestId('values-okta')).not.toContainText('niceincontact.com/auth');
  await tickChecklist(page, 'idp-settings');
  await next(page, 'done');

  // Done: both credentials stored, both checks passed, both base URLs.
  const summary = (row: string) => page.getByTestId(`summary-${row}`);
  await expect(summary('idp')).toContainText('Okta');
  await expect(summary('scimBaseUrl')).toContainText(urls.scimBaseUrl);
  await expect(summary('oauthScimBaseUrl')).toContainText(urls.oauthScimBaseUrl);
  for (const row of ['accessKeyId', 'accessKeySecret', 'bearerToken']) await expect(summary(row), row).toContainText('Stored in the keychain on');
  for (const row of ['checkAccessKey', 'checkBearerToken']) await expect(summary(row), row).toContainText('Passed on');
  await expect(summary('skipped')).toHaveText(/none$/);
  await expect(page.getByTestId('summary-panel')).not.toContainText(secrets.bearerToken);
  await page.getByTestId('nav-next').click(); // Finish
  await expect(page.getByTestId('wizard-complete')).toHaveAttribute('data-skipped', '0');

  const settings = JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as {
    profiles: Record<string, { secrets: Record<string, unknown>; actions: Record<string, { ok: boolean }> }>;
  };
  const profile = settings.profiles.default!;
  expect(Object.keys(profile.secrets).sort()).toEqual(['cxone-access-key-id', 'cxone-access-key-secret', 'cxone-bearer-token']);
  expect(profile.actions['check-access-key']).toMatchObject({ ok: true });
  expect(profile.actions['check-bearer-token']).toMatchObject({ ok: true });
  expect(undocumented(await recordedTestIds(page))).toEqual([]);
});
