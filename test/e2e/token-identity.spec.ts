import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { personaToken } from '../support/webex-people-server';
import { TEST_ORG_ID } from './support/webex-peers';
import { webexSessions } from './support/webex-session';
import { signInAtProvider, startSignIn, walkToBearerTokenStep } from './support/webex-walk';

/**
 * Issue 11 §1: right after a capture, main asks the People API (`GET /v1/people/me`, a local server
 * answering as Webex's documented example) whose token it is. The wizard shows who, whether the
 * account is a full administrator, and whether its organisation is the Org ID typed in step 3.
 */

const sessions = webexSessions();
const OTHER_TYPED_ORG = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

async function captureToken(page: Page) {
  const popup = await startSignIn(page);
  await signInAtProvider(popup);
  await expect(popup.locator('#capture-status')).toHaveAttribute('data-outcome', 'captured');
  await popup.close();
  await expect(page.getByTestId('token-captured')).toBeVisible();
}

function screenshot(page: Page, lang: 'en' | 'ko', name: string) {
  const folder = join('test', 'artifacts', 'screens', lang);
  mkdirSync(folder, { recursive: true });
  return page.getByTestId('token-status').screenshot({ path: join(folder, `token-identity-${name}.png`), animations: 'disabled' });
}

async function useKorean(page: Page) {
  await page.getByTestId('language-select').selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
}

test('a full administrator of the typed organisation: who, rights and a matching Org ID, in both languages', async ({ page }) => {
  const { peers, host } = await sessions.start();
  await page.goto(host.url);
  await walkToBearerTokenStep(page, TEST_ORG_ID);
  await captureToken(page);

  const identity = page.getByTestId('token-identity');
  await expect(identity).toHaveAttribute('data-state', 'known');
  await expect(page.getByTestId('token-identity-name')).toHaveText('John Andersen');
  await expect(page.getByTestId('token-identity-email')).toHaveText('john.andersen@example.com');
  await expect(page.getByTestId('token-identity-org')).toHaveText(TEST_ORG_ID);
  await expect(page.getByTestId('token-identity-roles')).toHaveText('Full administrator');
  await expect(page.getByTestId('token-identity-rights')).toHaveAttribute('data-state', 'full-admin');
  await expect(page.getByTestId('token-identity-org-check')).toHaveAttribute('data-state', 'match');
  // The token went to the People API once, as a bearer token, on GET.
  expect(peers.people.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/people/me']);
  await expectAccessible(page, 'token identity (en)');
  await screenshot(page, 'en', 'full-admin');

  await useKorean(page);
  await expect(page.getByTestId('token-identity-roles')).toHaveText('전체 관리자');
  await expect(page.getByTestId('token-identity-rights')).toContainText('전체 관리자입니다');
  await expectAccessible(page, 'token identity (ko)');
  await screenshot(page, 'ko', 'full-admin');

  // Presenting: the e-mail keeps its first letter and domain, the Org ID its ends.
  await page.getByTestId('presenting-toggle').click();
  await expect(page.getByTestId('token-identity-email')).toHaveText('j•••@example.com');
  await expect(page.getByTestId('token-identity-org')).not.toContainText(TEST_ORG_ID.slice(9, 23));
});

test('a read-only administrator: the wizard says at once that this token cannot create users and how to get another', async ({ page }) => {
  const { host } = await sessions.start({ peers: { peoplePersona: 'readonly-admin' } });
  await page.goto(host.url);
  await walkToBearerTokenStep(page, TEST_ORG_ID);
  await captureToken(page);

  const rights = page.getByTestId('token-identity-rights');
  await expect(rights).toHaveAttribute('data-state', 'not-full-admin');
  await expect(rights).toContainText('John Andersen is not a full administrator');
  await expect(page.getByTestId('token-identity-roles')).toHaveText('Read-only administrator');
  // Browser mode has no private window of its own: the hint says how.
  await expect(page.getByTestId('token-identity-sign-in-hint')).toContainText('private window');
  await screenshot(page, 'en', 'not-full-admin');
  await useKorean(page);
  await expect(rights).toContainText('전체 관리자가 아니어서');
  await screenshot(page, 'ko', 'not-full-admin');
});

test('a token of another organisation than the typed Org ID: said before anything else, and one click fixes the tenant URL', async ({ page }) => {
  const { peers, host } = await sessions.start();
  await page.goto(host.url);
  await walkToBearerTokenStep(page, OTHER_TYPED_ORG);
  await captureToken(page);

  const check = page.getByTestId('token-identity-org-check');
  await expect(check).toHaveAttribute('data-state', 'differs');
  await expect(check).toContainText(TEST_ORG_ID);
  await expect(check).toContainText(OTHER_TYPED_ORG);
  await expect(page.getByTestId('token-identity-use-token-org')).toHaveText('Use the token’s organization');
  // Said before anything else in the panel's identity section.
  await expect(page.getByTestId('token-identity').locator('h3 + *')).toHaveAttribute('data-testid', 'token-identity-org-check');
  await screenshot(page, 'en', 'org-differs');
  await useKorean(page);
  await expect(check).toContainText('조직의 토큰인데');
  await screenshot(page, 'ko', 'org-differs');

  await expect(page.getByTestId('token-identity-use-token-org')).toHaveText('토큰의 조직 사용');
  await page.getByTestId('token-identity-use-token-org').click();
  await expect(check).toHaveAttribute('data-state', 'match');
  // The tenant URL the wizard hands over now carries the token's organisation.
  await page.getByTestId('nav-back').click();
  await expect(page.getByTestId('tenant-url-preview')).toHaveText(`${peers.scim.baseUrl}/${TEST_ORG_ID}`);
});

test('the People API refusing the token: the failure is shown with what to do, and "Check again" asks again', async ({ page }) => {
  const { peers, host } = await sessions.start({ peers: { peoplePersona: 'unauthorized' } });
  await page.goto(host.url);
  await walkToBearerTokenStep(page, TEST_ORG_ID);
  await captureToken(page);

  await expect(page.getByTestId('token-identity')).toHaveAttribute('data-state', 'unknown');
  await expect(page.getByTestId('token-identity-failure')).toContainText('expired or was revoked');
  await page.getByTestId('token-identity-recheck').click();
  await expect(page.getByTestId('token-identity-error')).toBeVisible();
  await expect.poll(() => peers.people.requests.length).toBe(2);
});

test('a pasted token (the vendor’s own method) is asked about too, once, when it is stored', async ({ page }) => {
  const { peers, host } = await sessions.start();
  await page.goto(host.url);
  await walkToBearerTokenStep(page, TEST_ORG_ID);
  await page.getByTestId('token-paste-open').click();
  // The People API peer knows this token as a user of the organisation with no administrator role.
  await page.getByTestId('token-paste-input').fill(personaToken('plain-user'));
  await page.getByTestId('token-paste-save').click();
  await expect(page.getByTestId('token-paste-saved')).toBeVisible();

  await expect(page.getByTestId('token-identity-rights')).toHaveAttribute('data-state', 'not-full-admin');
  await expect(page.getByTestId('token-identity-roles')).toHaveText('No administrator role');
  await page.reload();
  await expect(page.getByTestId('token-identity-rights')).toHaveAttribute('data-state', 'not-full-admin');
  expect(peers.people.requests).toHaveLength(1);
});
