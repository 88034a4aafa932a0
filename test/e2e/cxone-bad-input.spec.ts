import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { KEYCHAIN_SERVICE } from '../../shared/secrets';
import { TOKEN_PATH } from '../support/cxone-peers';
import { startHtmlServer, type HostileServer } from '../support/hostile-http';
import { keychainAccountIn } from '../support/keychain-account';
import { startBrowserHost } from './support/browser-host';
import { cxoneSessions, keychainValue, randomAccessKey, randomBearerToken, removeFromKeychain, type CxoneSession } from './support/cxone-session';
import { next, refuseSecret, runCheck, saveSecret, settled, skipAccessKeySteps, startCxone, walkRoleAndEmployee, walkToRegionStep } from './support/cxone-walk';
import { startPrivateKeyring, type PrivateKeyring } from './support/private-keyring';
import { expectOnlyDocumentedTestIds, recordTestIds } from './support/testid-contract';

/**
 * The bad inputs of the CXone flow through the real UI, in browser mode against the local CXone
 * peers: each gets its message where the admin is looking, and nothing saved before is lost
 * (the keychain keeps its value, the settings keep their answers). Every variant is also covered
 * at unit level; these prove the message reaches the screen.
 */

const sessions = cxoneSessions();
let htmlServer: HostileServer | undefined;
let keyring: PrivateKeyring | undefined;

test.beforeEach(async ({ page }) => recordTestIds(page));
test.afterEach(async ({ page }) => {
  // Error states show ids the happy path never does: they are part of the testers' contract too.
  await expectOnlyDocumentedTestIds(page);
  await htmlServer?.close();
  await keyring?.close();
  htmlServer = undefined;
  keyring = undefined;
});

function settingsOf(dataDir: string): {
  profiles: Record<string, { fields: Record<string, string>; secrets: Record<string, unknown>; actions: Record<string, { ok: boolean }> }>;
} {
  return JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as ReturnType<typeof settingsOf>;
}

async function open(page: Page, session: CxoneSession) {
  await page.goto(session.host.url);
  await expect(page.getByTestId('test-endpoints-banner')).toBeVisible();
}

/** Nothing was lost: the pair is still in the keychain and recorded in the settings, and Next waits for a passing check. */
async function expectPairKept(page: Page, session: CxoneSession) {
  expect(await keychainValue(session.dataDir, 'cxone-access-key-id')).toBe(session.secrets.accessKeyId);
  expect(await keychainValue(session.dataDir, 'cxone-access-key-secret')).toBe(session.secrets.accessKeySecret);
  expect(Object.keys(settingsOf(session.dataDir).profiles.default!.secrets).sort()).toEqual(['cxone-access-key-id', 'cxone-access-key-secret']);
  await expect(page.getByTestId('nav-next')).toBeDisabled();
}

test.describe('pasted secrets', () => {
  test('each bad access key gets its own message, nothing is stored, and a refused replacement keeps the stored value', async ({ page }) => {
    const session = await sessions.start();
    const { accessKeyId, accessKeySecret } = session.secrets;
    await open(page, session);
    await startCxone(page, 'okta');
    await walkRoleAndEmployee(page);

    const idField = 'cxone.accessKeyId';
    // A space inside: the message names its position.
    const spaced = `${accessKeyId.slice(0, 10)} ${accessKeyId.slice(10)}`;
    await expect(await refuseSecret(page, idField, spaced)).toHaveText(
      'The access key ID has a space or line break at position 11; an access key has none. Copy it again in one piece.',
    );
    // Half pasted.
    await expect(await refuseSecret(page, idField, accessKeyId.slice(0, 30))).toHaveText(
      'The access key ID has only 30 characters (56 expected): it was probably cut off while copying.',
    );
    // The secret, copied with its label, in the ID field.
    await expect(await refuseSecret(page, idField, `Secret access key: ${accessKeySecret}`)).toHaveText(
      'This is labelled as the secret access key: paste it in the secret access key field, and the access key ID here.',
    );
    // The input keeps what was pasted, so it can be corrected; nothing reached the keychain or the settings.
    await expect(page.getByTestId(`field-${idField}`)).toHaveValue(`Secret access key: ${accessKeySecret}`);
    await expect(page.getByTestId(`field-block-${idField}`)).toHaveAttribute('data-stored', 'false');
    expect(settingsOf(session.dataDir).profiles.default!.secrets).toEqual({});
    expect(await keychainValue(session.dataDir, 'cxone-access-key-id')).toBeNull();
    expect(session.host.output()).not.toContain('entered by hand');

    // Corrected: stored. Then a refused replacement leaves the stored ID as it was, also after a reload.
    await saveSecret(page, idField, accessKeyId);
    await page.getByTestId(`field-replace-${idField}`).click();
    await page.getByTestId(`confirm-replace-${idField}-confirm`).click();
    await expect(await refuseSecret(page, idField, accessKeyId.slice(0, 52))).toContainText('"===="');
    await expect(page.getByTestId(`field-block-${idField}`)).toHaveAttribute('data-stored', 'true');
    expect(await keychainValue(session.dataDir, 'cxone-access-key-id')).toBe(accessKeyId);
    await page.reload();
    await expect(page.getByTestId('step-access-key')).toBeVisible();
    await expect(page.getByTestId(`field-block-${idField}`)).toHaveAttribute('data-stored', 'true');
    expect(await keychainValue(session.dataDir, 'cxone-access-key-id')).toBe(accessKeyId);
  });

  test('a stored key removed outside the app shows as missing with its input back, in English and Korean; the keychain is asked once per step shown, not after a save of its own', async ({
    page,
  }) => {
    const session = await sessions.start();
    await open(page, session);
    await startCxone(page, 'okta');
    await walkRoleAndEmployee(page);
    const [idField, secretField] = ['cxone.accessKeyId', 'cxone.accessKeySecret'];
    const statusChecks: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/secrets.status') statusChecks.push(request.url());
    });

    // Each field's own save: the keychain took the value a moment ago, so no status check follows it.
    await saveSecret(page, idField, session.secrets.accessKeyId);
    await saveSecret(page, secretField, session.secrets.accessKeySecret);
    await settled(page);
    await expect(page.getByTestId(`field-stored-${idField}`)).toBeVisible();
    expect(statusChecks, 'no status check after the fields saved their values themselves').toEqual([]);

    // Another program removes the ID; the step shown again checks the keychain, once for both fields, and says so.
    await removeFromKeychain(session.dataDir, 'cxone-access-key-id');
    await page.reload();
    const missing = page.getByTestId(`field-missing-${idField}`);
    await expect(missing).toHaveText('The settings say a value was saved, but the keychain no longer has it (removed outside the app). Paste it again.');
    await expect(page.getByTestId(`field-stored-${secretField}`)).toBeVisible();
    expect(statusChecks, 'one question for the two stored fields').toHaveLength(1);
    await expect(page.getByTestId(`field-block-${idField}`)).toHaveAttribute('data-stored', 'false');
    await expect(page.getByTestId(`field-${idField}`)).toBeVisible();
    await page.getByTestId('language-select').selectOption('ko');
    await expect(missing).toHaveText('설정에는 저장했다고 되어 있지만 키체인에 값이 없습니다(앱 밖에서 삭제됨). 다시 붙여 넣으세요.');
    await page.getByTestId('language-select').selectOption('en');

    // Pasted again: stored, in the keychain, and the warning gone.
    await saveSecret(page, idField, session.secrets.accessKeyId);
    await expect(missing).toHaveCount(0);
    expect(await keychainValue(session.dataDir, 'cxone-access-key-id')).toBe(session.secrets.accessKeyId);
  });

  test('a bearer token with a space inside is refused with its position', async ({ page }) => {
    const session = await sessions.start();
    await open(page, session);
    await startCxone(page, 'entra');
    await skipAccessKeySteps(page);
    const token = session.secrets.bearerToken;
    await expect(await refuseSecret(page, 'cxone.bearerToken', `${token.slice(0, 7)} ${token.slice(7)}`)).toHaveText(
      'The token has a space or line break at position 8; a token has none. Copy it again in one piece.',
    );
    await expect(page.getByTestId('field-block-cxone.bearerToken')).toHaveAttribute('data-stored', 'false');
    expect(await keychainValue(session.dataDir, 'cxone-bearer-token')).toBeNull();
    await expect(page.getByTestId('nav-next')).toBeDisabled();
  });
});

test('a refused area code (1na) keeps the saved one, in the settings and in the base URLs', async ({ page }) => {
  const session = await sessions.start();
  await open(page, session);
  await walkToRegionStep(page, 'entra', session.secrets);
  await page.getByTestId('field-cxone.region-other').check();
  const code = page.getByTestId('field-cxone.regionCode');
  await code.fill('na2');
  await settled(page);
  await expect(page.getByTestId('value-base-urls-scimBaseUrl')).toContainText(`${session.peers.origin}/na2/scim/v2`);
  expect(settingsOf(session.dataDir).profiles.default!.fields['cxone.regionCode']).toBe('na2');

  await code.fill('1na');
  const error = page.getByTestId('field-error-cxone.regionCode');
  await expect(error).toContainText('An area code starts with letters, then digits (e.g. na1); "1na" starts with a digit.');
  await expect(error).toContainText('na2');
  await expect(page.getByTestId('value-base-urls-scimBaseUrl')).toContainText(`${session.peers.origin}/na2/scim/v2`);
  expect(settingsOf(session.dataDir).profiles.default!.fields['cxone.regionCode']).toBe('na2');
  await page.getByTestId('field-revert-cxone.regionCode').click();
  await expect(code).toHaveValue('na2');
  await expect(page.getByTestId('field-error-cxone.regionCode')).toHaveCount(0);
});

test.describe('the access key check', () => {
  test('a token endpoint whose name does not resolve: dns at the token-exchange stage, nothing contacted, the pair kept', async ({ page }) => {
    // `.invalid` never resolves (RFC 2606), so no server anywhere is asked.
    const session = await sessions.start({ endpoints: () => ({ apiBaseUrl: 'https://{area}.invalid' }) });
    await open(page, session);
    await walkToRegionStep(page, 'okta', session.secrets);
    await page.getByTestId('field-cxone.region-na1').check();
    await expect(page.getByTestId('value-base-urls-scimBaseUrl')).toContainText('https://na1.invalid/scim/v2');
    const result = await runCheck(page, 'check-access-key');
    await expect(result).toHaveAttribute('data-outcome', 'dns');
    await expect(result).toHaveAttribute('data-stage', 'token-exchange');
    await expect(result).toHaveText(/^The token endpoint’s server name could not be resolved \(ENOTFOUND\)\. The area code may not exist/);
    expect(session.peers.requests).toEqual([]);
    await expectPairKept(page, session);
  });

  test('the token endpoint refuses the pair (401), fails (500), answers a web page; the right pair then passes', async ({ page }) => {
    const accepted = { accessKeyId: randomAccessKey(), accessKeySecret: randomAccessKey() };
    const session = await sessions.start({ accepted });
    await open(page, session);
    await walkToRegionStep(page, 'okta', session.secrets);
    await page.getByTestId('field-cxone.region-na1').check();

    let result = await runCheck(page, 'check-access-key');
    await expect(result).toHaveAttribute('data-outcome', 'unauthorized');
    await expect(result).toHaveAttribute('data-stage', 'token-exchange');
    await expect(result).toContainText('The token endpoint refused the access key (401)');
    await expect(page.getByTestId('check-access-key-server-detail')).toContainText('The access key ID or secret is not valid.');
    expect(session.peers.requests.at(-1)).toMatchObject({ endpoint: 'token', credential: 'wrong-access-key' });
    await expectPairKept(page, session);

    session.peers.tokenEndpoint = 'status-500';
    result = await runCheck(page, 'check-access-key');
    await expect(result).toHaveAttribute('data-outcome', 'http-error');
    await expect(result).toHaveAttribute('data-stage', 'token-exchange');
    await expect(result).toContainText('HTTP 500');

    session.peers.tokenEndpoint = 'html';
    result = await runCheck(page, 'check-access-key');
    await expect(result).toHaveAttribute('data-outcome', 'bad-token-response');
    await expect(result).toHaveAttribute('data-stage', 'token-exchange');
    await expect(result).toContainText('web page (HTML)');
    await expectPairKept(page, session);
    expect(settingsOf(session.dataDir).profiles.default!.actions['check-access-key']).toMatchObject({ ok: false });

    // The admin replaces both with the pair CXone really issued: the check passes and Next opens.
    session.peers.tokenEndpoint = 'normal';
    await page.getByTestId('step-nav-access-key').click();
    for (const [field, value] of [
      ['cxone.accessKeyId', accepted.accessKeyId],
      ['cxone.accessKeySecret', accepted.accessKeySecret],
    ] as const) {
      await page.getByTestId(`field-replace-${field}`).click();
      await page.getByTestId(`confirm-replace-${field}-confirm`).click();
      await saveSecret(page, field, value);
    }
    await page.getByTestId('step-nav-region-check').click();
    await expect(await runCheck(page, 'check-access-key')).toHaveAttribute('data-outcome', 'ok');
    await expect(page.getByTestId('nav-next')).toBeEnabled();
  });

  test('a SCIM server that does not know the area: not-found (404) at the scim stage, with its own words', async ({ page }) => {
    // The token endpoint stays na1's, so the exchange passes and the SCIM request goes to an area the peer does not serve.
    const session = await sessions.start({ endpoints: (peers) => ({ apiBaseUrl: peers.apiBaseUrl, accessKeyTokenUrl: peers.urls('na1').tokenUrl }) });
    await open(page, session);
    await walkToRegionStep(page, 'okta', session.secrets);
    await page.getByTestId('field-cxone.region-au1').check();
    const result = await runCheck(page, 'check-access-key');
    await expect(result).toHaveAttribute('data-outcome', 'not-found');
    await expect(result).toHaveAttribute('data-stage', 'scim');
    await expect(result).toContainText('404');
    await expect(page.getByTestId('check-access-key-server-detail')).toContainText('No such area or path.');
    expect(session.peers.requests.map((r) => `${r.endpoint} ${r.path}`)).toEqual([`token /na1${TOKEN_PATH}`, 'other /au1/scim/v2/Users']);
    await expectPairKept(page, session);
  });

  test('a web page where the SCIM server should be: not-scim at the scim stage', async ({ page }) => {
    htmlServer = await startHtmlServer();
    const origin = htmlServer.origin;
    const session = await sessions.start({
      endpoints: (peers) => ({ apiBaseUrl: `${origin}/{area}`, accessKeyTokenUrl: `${peers.origin}/{area}${TOKEN_PATH}` }),
    });
    await open(page, session);
    await walkToRegionStep(page, 'okta', session.secrets);
    await page.getByTestId('field-cxone.region-na1').check();
    const result = await runCheck(page, 'check-access-key');
    await expect(result).toHaveAttribute('data-outcome', 'not-scim');
    await expect(result).toHaveAttribute('data-stage', 'scim');
    expect(htmlServer.requests.map((r) => r.url)).toEqual(['/na1/scim/v2/Users?startIndex=1&count=2']);
    // The exchanged token went to the page that answered, as it would to a misconfigured proxy; the pair did not.
    expect(htmlServer.requests[0]!.authorization).toMatch(/^Bearer /);
    await expectPairKept(page, session);
  });
});

test('a bearer token the SCIM server refuses: unauthorized (401) at the scim stage, the token kept', async ({ page }) => {
  const session = await sessions.start({ accepted: { bearerToken: randomBearerToken() } });
  await open(page, session);
  await walkToRegionStep(page, 'entra', session.secrets);
  await page.getByTestId('field-cxone.region-na1').check();
  const result = await runCheck(page, 'check-bearer-token');
  await expect(result).toHaveAttribute('data-outcome', 'unauthorized');
  await expect(result).toHaveAttribute('data-stage', 'scim');
  await expect(result).toContainText('401');
  expect(session.peers.requests.at(-1)).toMatchObject({ endpoint: 'oauth-scim', credential: 'unknown-token' });
  await expect(page.getByTestId('nav-next')).toBeDisabled();
  expect(await keychainValue(session.dataDir, 'cxone-bearer-token')).toBe(session.secrets.bearerToken);
});

/**
 * A real lock, on a keyring of this test's own (support/private-keyring.ts), so the keyring the
 * other specs share stays unlocked. gnome-keyring 42 cannot be unlocked headless while it runs,
 * so "unlocking" restarts its daemon; the host's libsecret keeps its session with the old daemon,
 * so the host is restarted too, as an admin would restart the app.
 */
test('a keychain locked mid-flow: the save is refused with the fix, the stored ID survives, and the flow goes on once it is unlocked', async ({ page }) => {
  keyring = await startPrivateKeyring();
  const session = await sessions.start({ env: keyring.env });
  const { accessKeyId, accessKeySecret } = session.secrets;
  await open(page, session);
  await startCxone(page, 'okta');
  await walkRoleAndEmployee(page);
  await saveSecret(page, 'cxone.accessKeyId', accessKeyId);
  const account = (secretId: 'cxone-access-key-id' | 'cxone-access-key-secret') => keychainAccountIn(session.dataDir, 'default', secretId);
  expect(keyring.lookup(KEYCHAIN_SERVICE, account('cxone-access-key-id'))).toBe(accessKeyId);

  keyring.lock();
  const error = await refuseSecret(page, 'cxone.accessKeySecret', accessKeySecret);
  await expect(error).toContainText('The system keychain is locked (nothing was written elsewhere).');
  await expect(error).toContainText('Unlock your login keyring');
  await expect(page.getByTestId('field-block-cxone.accessKeySecret')).toHaveAttribute('data-stored', 'false');
  await expect(page.getByTestId('field-block-cxone.accessKeyId')).toHaveAttribute('data-stored', 'true');
  // What the admin pasted stays in the box for the next try.
  await expect(page.getByTestId('field-cxone.accessKeySecret')).toHaveValue(accessKeySecret);
  expect(Object.keys(settingsOf(session.dataDir).profiles.default!.secrets)).toEqual(['cxone-access-key-id']);
  await page.getByTestId('open-diagnostics').click();
  await expect(page.getByTestId('diagnostics-keychain')).toHaveAttribute('data-state', 'KEYCHAIN_LOCKED');
  await page.getByTestId('diagnostics-close').click();
  expect(session.host.output()).not.toContain(accessKeySecret);

  await keyring.restartUnlocked();
  expect(keyring.lookup(KEYCHAIN_SERVICE, account('cxone-access-key-id'))).toBe(accessKeyId);
  await session.host.stop();
  const restarted = await startBrowserHost({ dataDir: session.dataDir, endpointsFile: session.endpointsFile, env: keyring.env });
  try {
    await page.goto(restarted.url);
    await expect(page.getByTestId('step-access-key')).toBeVisible();
    await expect(page.getByTestId('field-block-cxone.accessKeyId')).toHaveAttribute('data-stored', 'true');
    await saveSecret(page, 'cxone.accessKeySecret', accessKeySecret);
    expect(keyring.lookup(KEYCHAIN_SERVICE, account('cxone-access-key-secret'))).toBe(accessKeySecret);
    await page.getByTestId('field-cxone.accessKey.activated').check();
    await next(page, 'bearer-token');
  } finally {
    await restarted.stop();
  }
});
