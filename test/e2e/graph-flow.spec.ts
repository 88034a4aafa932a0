import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { cxoneSessions } from './support/cxone-session';
import { next, runCheck, walkToRegionStep } from './support/cxone-walk';
import { GRAPH_TEST_GROUP, GRAPH_TEST_USER, type GraphPeers } from './support/graph-peers';
import { holdAnswerInPage } from './support/held-answer';
import { holdCalls } from './support/held-calls';
import { TEST_ORG_ID } from './support/webex-peers';
import { webexSessions } from './support/webex-session';
import { signInAtProvider, startSignIn } from './support/webex-walk';

/**
 * Issue 11 §2 in the browser: "Do this for me with Microsoft Graph" does the Entra side of both
 * flows against a real OpenID provider (oidc-provider, authorization code + PKCE, https) and a local
 * Graph written from Microsoft's documented examples, whose validateCredentials and provisionOnDemand
 * call the session's real SCIM server. The admin never opens the Azure portal: each Graph action ticks
 * the step's checklist boxes itself.
 */

test.use({ ignoreHTTPSErrors: true }); // the local provider's self-signed certificate, in the sign-in tab
const webex = webexSessions();
const cxone = cxoneSessions();

function shot(target: Page | Locator, lang: 'en' | 'ko', name: string) {
  const folder = join('test', 'artifacts', 'screens', lang);
  mkdirSync(folder, { recursive: true });
  return target.screenshot({ path: join(folder, `graph-${name}.png`), animations: 'disabled' });
}

/** Switches the language and waits for its texts (a language pack loads on first use). */
async function useLanguage(page: Page, lang: 'en' | 'ko') {
  await page.getByTestId('language-select').selectOption(lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Opens the step's Graph panel (if closed), saves the client ID and signs in at the local provider. */
async function signInToMicrosoft(page: Page, graph: GraphPeers) {
  const panel = page.getByTestId('graph-panel');
  if ((await panel.getAttribute('data-open')) !== 'true') await page.getByTestId('graph-open').click();
  await page.getByTestId('graph-client-id').fill(graph.clientId.toUpperCase());
  await page.getByTestId('graph-client-id-save').click();
  await expect(page.getByTestId('graph-client-id-saved')).toBeVisible();
  await expect(page.getByTestId('graph-client-id')).toHaveValue(graph.clientId);
  const tabOpened = page.context().waitForEvent('page');
  await page.getByTestId('graph-sign-in').click();
  await expect(page.getByTestId('graph-sign-in-waiting')).toBeVisible();
  expect(await graph.signInAtMicrosoft(await tabOpened)).toBe('signed-in');
  await expect(page.getByTestId('graph-signed-in')).toContainText('entra-admin');
}

async function captureWebexToken(page: Page) {
  const popup = await startSignIn(page);
  await signInAtProvider(popup);
  await expect(popup.locator('#capture-status')).toHaveAttribute('data-outcome', 'captured');
  await popup.close();
}

/** Webex steps 3 to 5 as always (Org ID, a captured token, a passing connection test), to the hand-over step. */
async function walkOrgIdToHandOver(page: Page) {
  await page.getByTestId('field-webex.tenantUrl').fill(TEST_ORG_ID);
  await next(page, 'bearer-token');
  await captureWebexToken(page);
  await next(page, 'test-connection');
  await page.getByTestId('action-test-connection').click();
  await expect(page.getByTestId('test-connection-result')).toHaveAttribute('data-outcome', 'ok');
  await next(page, 'hand-over');
}

test('Webex: the whole Entra side through Microsoft Graph, from the gallery app to the mapping check, without the portal', async ({ page }) => {
  const { peers, host } = await webex.start({ peers: { graph: true } });
  const graph = peers.graph!;
  await page.goto(host.url);
  await page.getByTestId('integration-start-webex-entra').click();
  await page.getByTestId('field-webex.offer-commercial').check();
  await next(page, 'add-gallery-app');

  // 1. The gallery app: closed panel first (the manual path stays the default), then signed in.
  await expect(page.getByTestId('graph-panel')).toHaveAttribute('data-open', 'false');
  await signInToMicrosoft(page, graph);
  await expectAccessible(page, 'graph: signed in (en)');
  await page.getByTestId('graph-app-find').click();
  await expect(page.getByTestId('graph-app-template')).toContainText('Cisco Webex');
  await expect(page.getByTestId('graph-app-none')).toBeVisible();
  await page.getByTestId('graph-app-create').click();
  await expect(page.getByTestId('graph-app-recorded')).toContainText('Cisco Webex');
  await expect(page.getByTestId('field-webex.galleryAdded')).toBeChecked();
  await page.getByTestId('graph-app-hidden').check();
  await expect(page.getByTestId('graph-app-visibility')).toHaveAttribute('data-hidden', 'true');
  await expect(page.getByTestId('field-webex.hiddenFromUsers')).toBeChecked();
  const app = [...graph.graph.store.servicePrincipals.values()].find((sp) => sp.displayName === 'Cisco Webex')!;
  expect(app.tags).toContain('HideApp');
  await shot(page.getByTestId('graph-panel'), 'en', 'app');
  await next(page, 'assign-users');

  // 2. The test user: searched by name, assigned with the app's User role; a group too, then undone.
  await expect(page.getByTestId('graph-panel')).toHaveAttribute('data-open', 'true');
  await page.getByTestId('graph-assign-query').fill('SCIM');
  await page.getByTestId('graph-assign-search').click();
  const group = graph.graph.store.groups.get([...graph.graph.store.groups.keys()][0]!)!;
  await page.getByTestId(`graph-assign-add-${group.id}`).click();
  await expect(page.getByTestId(`graph-assigned-${group.id}`)).toContainText(GRAPH_TEST_GROUP.displayName);
  await page.getByTestId(`graph-unassign-${group.id}`).click();
  await expect(page.getByTestId(`graph-assigned-${group.id}`)).toHaveCount(0);
  await page.getByTestId('graph-assign-query').fill('Alex');
  await page.getByTestId('graph-assign-search').click();
  const alex = [...graph.graph.store.users.values()].find((u) => u.userPrincipalName === GRAPH_TEST_USER.userPrincipalName)!;
  await page.getByTestId(`graph-assign-add-${alex.id}`).click();
  await expect(page.getByTestId(`graph-assigned-${alex.id}`)).toContainText(GRAPH_TEST_USER.displayName);
  await expect(page.getByTestId('field-webex.testUserAssigned')).toBeChecked();
  expect(graph.graph.store.appRoleAssignments.map((a) => a.principalId)).toEqual([alex.id]);
  await useLanguage(page, 'ko');
  await expect(page.getByTestId(`graph-unassign-${alex.id}`)).toHaveText('할당 제거');
  await shot(page.getByTestId('graph-panel'), 'ko', 'assign');
  await expectAccessible(page, 'graph: assignments (ko)');
  await useLanguage(page, 'en');
  await next(page, 'org-id');

  // 3-5. The Webex side as always: Org ID, token, connection test.
  await walkOrgIdToHandOver(page);

  // 6. Provisioning: job, credentials tested by "Entra" against the real SCIM server and saved, e-mail, start, provision now.
  await page.getByTestId('graph-provisioning-email').fill('not an address');
  await page.getByTestId('graph-provisioning-set-up').click();
  await expect(page.getByTestId('graph-provisioning-email-error')).toBeVisible();
  await page.getByTestId('graph-provisioning-email').fill('admin@contoso.example');
  const probesBefore = peers.scim.requests.length;
  await page.getByTestId('graph-provisioning-set-up').click();
  await expect(page.getByTestId('graph-provisioning')).toHaveAttribute('data-state', 'set-up');
  const probe = peers.scim.requests.slice(probesBefore).find((r) => r.method === 'GET');
  expect(probe?.path).toBe(`/v1/scim/${TEST_ORG_ID}/Users`);
  for (const id of ['modeAutomatic', 'pasted', 'tested', 'notificationEmail', 'saved']) await expect(page.getByTestId(`field-webex.entra.${id}`)).toBeChecked();
  await page.getByTestId('graph-provisioning-start').click();
  await expect(page.getByTestId('graph-provisioning')).toHaveAttribute('data-state', 'started');
  await page.getByTestId('graph-provision-on-demand').click();
  await expect(page.getByTestId('graph-provision-result')).toHaveAttribute('data-status', 'success');
  await expect(page.getByTestId('graph-provision-log')).toContainText('create, success');
  // Undo of start: pause, then start again.
  await page.getByTestId('graph-provisioning-pause').click();
  await expect(page.getByTestId('graph-provisioning-undone')).toHaveAttribute('data-undone', 'paused');
  await expect(page.getByTestId('graph-provisioning')).toHaveAttribute('data-state', 'set-up');
  await page.getByTestId('graph-provisioning-start').click();
  await expect(page.getByTestId('graph-provisioning')).toHaveAttribute('data-state', 'started');
  expect(peers.scim.requests.some((r) => r.method === 'POST' && r.path === `/v1/scim/${TEST_ORG_ID}/Users`)).toBe(true);
  await shot(page.getByTestId('graph-panel'), 'en', 'provisioning');
  await useLanguage(page, 'ko');
  await expect(page.getByTestId('graph-provision-result')).toContainText('성공');
  await shot(page.getByTestId('graph-panel'), 'ko', 'provisioning');
  await useLanguage(page, 'en');
  await next(page, 'attribute-mapping');

  // 7. The job's schema read back and checked: no file export.
  await page.getByTestId('graph-schema-check').click();
  await expect(page.getByTestId('graph-schema-result')).toBeVisible();
  await expect(page.getByTestId('mapping-row-userName')).toHaveAttribute('data-status', 'ok');
  await page.getByTestId('field-webex.mappingReviewed').check();
  await next(page, 'done');
  await expect(page.getByTestId('summary-panel')).toContainText(`${peers.scim.baseUrl}/${TEST_ORG_ID}`);
});

test('CXone with Entra ID: app, assignment and provisioning through Graph with the OAuth SCIM base and the bearer token', async ({ page }) => {
  const { secrets, host, graph } = await cxone.start({ graph: true });
  await page.goto(host.url);
  await walkToRegionStep(page, 'entra', secrets);
  await page.getByTestId('field-cxone.region-na1').check();
  await expect(await runCheck(page, 'check-bearer-token')).toHaveAttribute('data-outcome', 'ok');
  await next(page, 'idp-settings');

  await signInToMicrosoft(page, graph!);
  await page.getByTestId('graph-app-create').click();
  await expect(page.getByTestId('graph-app-recorded')).toContainText('NICE CXone Mpower');
  await page.getByTestId('graph-assign-query').fill('Alex');
  await page.getByTestId('graph-assign-search').click();
  await page.locator('[data-testid^="graph-assign-add-"]').first().click();
  await expect(page.getByTestId('graph-assign')).toHaveAttribute('data-count', '1');
  await page.getByTestId('graph-provisioning-set-up').click();
  await expect(page.getByTestId('graph-provisioning')).toHaveAttribute('data-state', 'set-up');
  for (const id of ['valuesEntered', 'saved', 'testRun']) await expect(page.getByTestId(`field-cxone.idp.${id}`)).toBeChecked();
  await page.getByTestId('graph-provision-on-demand').click();
  await expect(page.getByTestId('graph-provision-result')).toHaveAttribute('data-status', 'success');
  // The secret sent to Graph never reached the page.
  expect(await page.content()).not.toContain(secrets.bearerToken);
  await shot(page, 'en', 'cxone');
  await useLanguage(page, 'ko');
  await shot(page, 'ko', 'cxone');
  await useLanguage(page, 'en');

  // Undo of the set-up: the job is removed (after a confirmation) and the IdP checklist is open again.
  await page.getByTestId('graph-provisioning-remove').click();
  await page.getByTestId('confirm-graph-provisioning-remove-confirm').click();
  await expect(page.getByTestId('graph-provisioning-undone')).toHaveAttribute('data-undone', 'removed');
  await expect(page.getByTestId('graph-provisioning')).toHaveAttribute('data-state', 'none');
  for (const id of ['valuesEntered', 'saved', 'testRun']) await expect(page.getByTestId(`field-cxone.idp.${id}`)).not.toBeChecked();
  await page.getByTestId('graph-provisioning-set-up').click();
  await expect(page.getByTestId('graph-provisioning')).toHaveAttribute('data-state', 'set-up');

  // Undo: the app the wizard created is deleted (after a confirmation), and the boxes it ticked are cleared.
  await page.getByTestId('graph-app-delete').click();
  await expect(page.getByTestId('confirm-graph-app-delete')).toContainText('30 days');
  await page.getByTestId('confirm-graph-app-delete-confirm').click();
  await expect(page.getByTestId('graph-app-deleted')).toBeVisible();
  await expect(page.getByTestId('graph-app')).toHaveAttribute('data-state', 'none');
  for (const id of ['valuesEntered', 'saved', 'testRun']) await expect(page.getByTestId(`field-cxone.idp.${id}`)).not.toBeChecked();
  expect(graph!.graph.store.servicePrincipals.size).toBe(0);
});

test('each Graph failure is shown with its code, what to do, and where it stopped; nothing is ticked', async ({ page }) => {
  // Kept by reference: the SCIM peer reads `scimAcceptsTokens` at each request.
  const peerOptions = {
    graph: { deny: ['applicationTemplates.instantiate' as const], throttle: { 'users.list': { retryAfterSeconds: 7, times: 1 } } },
    scimAcceptsTokens: true,
  };
  const { peers, host } = await webex.start({ peers: peerOptions });
  const graph = peers.graph!;
  await page.goto(host.url);
  await page.getByTestId('integration-start-webex-entra').click();
  await page.getByTestId('field-webex.offer-commercial').check();
  await next(page, 'add-gallery-app');
  await signInToMicrosoft(page, graph);

  // 403: the permission the call needs is named.
  await page.getByTestId('graph-app-create').click();
  await expect(page.getByTestId('graph-app-error')).toContainText('Application.ReadWrite.All');
  await expect(page.getByTestId('field-webex.galleryAdded')).not.toBeChecked();
  await useLanguage(page, 'ko');
  await expect(page.getByTestId('graph-app-error')).toContainText('Application.ReadWrite.All');
  await shot(page.getByTestId('graph-panel'), 'ko', 'permission-missing');
  await useLanguage(page, 'en');
  graph.graph.faults.allow('applicationTemplates.instantiate');
  await page.getByTestId('graph-app-create').click();
  await expect(page.getByTestId('graph-app-recorded')).toBeVisible();
  await next(page, 'assign-users');

  // 429: how long to wait, from Retry-After; the retry works.
  await page.getByTestId('graph-assign-query').fill('Alex');
  await page.getByTestId('graph-assign-search').click();
  await expect(page.getByTestId('graph-assign-error')).toContainText('7 seconds');
  await shot(page.getByTestId('graph-panel'), 'en', 'throttled');
  await page.getByTestId('graph-assign-search').click();
  await expect(page.getByTestId('graph-assign-results')).toBeVisible();
  await page.locator('[data-testid^="graph-assign-add-"]').first().click();
  await next(page, 'org-id');

  // The Webex side done right, up to the hand-over step.
  await walkOrgIdToHandOver(page);

  // Then Webex stops accepting the token (revoked after the connection test): Entra's own test
  // (validateCredentials) is refused by the real SCIM server, and nothing is saved or ticked.
  peerOptions.scimAcceptsTokens = false;
  await page.getByTestId('graph-provisioning-set-up').click();
  await expect(page.getByTestId('graph-provisioning-failed-at')).toHaveAttribute('data-step', 'validate-credentials');
  await expect(page.getByTestId('graph-provisioning-error')).toContainText('tenant URL');
  for (const id of ['modeAutomatic', 'pasted', 'tested', 'saved']) await expect(page.getByTestId(`field-webex.entra.${id}`)).not.toBeChecked();
  await shot(page.getByTestId('graph-panel'), 'en', 'credentials-rejected');
});

test('a Graph action whose checklist boxes cannot be saved says so, in either language, and the admin ticks them by hand', async ({ page }) => {
  const { peers, host } = await webex.start({ peers: { graph: true } });
  await page.goto(host.url);
  await page.getByTestId('integration-start-webex-entra').click();
  await page.getByTestId('field-webex.offer-commercial').check();
  await next(page, 'add-gallery-app');
  await signInToMicrosoft(page, peers.graph!);

  // The settings file cannot be written just when the app is created: the app exists, the box is not ticked.
  const refusal = {
    ok: false,
    error: { code: 'SETTINGS_UNWRITABLE', message: 'Cannot write the settings (EACCES).', params: { folder: '/srv/wizard', reason: 'EACCES' } },
  };
  await page.route('**/api/profile.saveField', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(refusal) }));
  await page.getByTestId('graph-app-create').click();
  await expect(page.getByTestId('graph-app-recorded')).toContainText('Cisco Webex');
  const problem = page.getByTestId('graph-checklist-error');
  await expect(problem).toContainText('could not tick the matching checklist boxes');
  await expect(problem).toContainText('/srv/wizard');
  await expect(page.getByTestId('field-webex.galleryAdded')).not.toBeChecked();
  await useLanguage(page, 'ko');
  await expect(problem).toContainText('체크리스트 항목에 표시하지 못했습니다');
  await useLanguage(page, 'en');

  // Once saving works again, the box the message names is ticked by hand and kept.
  await page.unroute('**/api/profile.saveField');
  await page.getByTestId('field-webex.galleryAdded').check();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await expect(page.getByTestId('field-webex.galleryAdded')).toBeChecked();
});

test('a client ID answer that comes just before the admin selects the field to type over it does not drop the selection', async ({ page }) => {
  const { peers, host } = await webex.start({ peers: { graph: true } });
  const clientId = peers.graph!.clientId;
  const answer = await holdAnswerInPage(page, 'graph.setClientId');
  await page.goto(host.url);
  await page.getByTestId('integration-start-webex-entra').click();
  await page.getByTestId('field-webex.offer-commercial').check();
  await next(page, 'add-gallery-app');
  await page.getByTestId('graph-open').click();

  const input = page.getByTestId('graph-client-id');
  await answer.arm();
  // Upper case: the answer carries the saved, normalised (lower-case) ID, which differs from what is shown.
  await input.fill(clientId.toUpperCase());
  await page.getByTestId('graph-client-id-save').click();
  await answer.releaseThenSelect('graph-client-id');
  await page.keyboard.type(clientId.slice(0, 8));
  await expect(input, 'the typing replaced the selected text').toHaveValue(clientId.slice(0, 8));

  // Saved with Enter, so the answer comes while the admin is still in the field: what they typed stays until
  // they leave it, and then the saved, normalised ID shows.
  await input.fill(clientId.toUpperCase());
  await input.press('Enter');
  await expect(page.getByTestId('graph-client-id-saved')).toBeVisible();
  await expect(input).toHaveValue(clientId.toUpperCase());
  await input.blur();
  await expect(input).toHaveValue(clientId);
});

test('typing in the client ID after Save is kept when the save answers; the saved note waits for the next Save', async ({ page }) => {
  const { peers, host } = await webex.start({ peers: { graph: true } });
  const clientId = peers.graph!.clientId;
  await page.goto(host.url);
  await page.getByTestId('integration-start-webex-entra').click();
  await page.getByTestId('field-webex.offer-commercial').check();
  await next(page, 'add-gallery-app');
  await page.getByTestId('graph-open').click();

  const setClientId = await holdCalls(page, 'graph.setClientId');
  const input = page.getByTestId('graph-client-id');
  await input.fill(clientId.toUpperCase());
  await page.getByTestId('graph-client-id-save').click();
  await input.fill(`${clientId.slice(0, 8)}`);
  await setClientId.release();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(input, 'the answer for the earlier value left the typing alone').toHaveValue(clientId.slice(0, 8));
  await expect(page.getByTestId('graph-client-id-saved')).toHaveCount(0);

  await page.unroute('**/api/graph.setClientId');
  await input.fill(clientId.toUpperCase());
  await page.getByTestId('graph-client-id-save').click();
  await expect(page.getByTestId('graph-client-id-saved')).toBeVisible();
  await expect(input, 'its own answer shows the saved, normalised ID').toHaveValue(clientId);
});
