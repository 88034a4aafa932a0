import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { WebexEndpoints } from '../../../shared/endpoints/webex-endpoints';
import { createTokenCaptureSessions } from '../../../electron/services/token-capture/capture-session';
import { startOidcProvider, type OidcProviderHandle } from '../../support/oidc-provider-server';
import { freePort } from '../../support/free-port';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

/**
 * End to end: a real OpenID provider issues a real implicit-grant redirect,
 * a real headless Chromium follows it to the loopback listener, and the page
 * posts the fragment back. Proves the page, its CSP and its Origin work in a
 * browser, not only against hand-made requests.
 */
const hasChromium = existsSync(CHROMIUM_PATH);
const NO_CHROMIUM = `${CHROMIUM_PATH} does not exist (install Debian's chromium)`;

let browser: Browser | undefined;
let provider: OidcProviderHandle | undefined;
let stopCapture: (() => void) | undefined;

afterEach(async () => {
  stopCapture?.();
  stopCapture = undefined;
  await browser?.close();
  await provider?.close();
  browser = undefined;
  provider = undefined;
});

/** Provider, capture and a browser page on the provider's login form. */
async function startSignIn() {
  const port = await freePort();
  provider = await startOidcProvider({ redirectUri: `http://localhost:${port}/auth/code` });
  const logLines: string[] = [];
  const sessions = createTokenCaptureSessions({ timeoutMs: 60_000, log: { info: (m) => logLines.push(m), warn: (m) => logLines.push(m) } });
  const endpoints: WebexEndpoints = {
    authorizeUrl: provider.authorizeUrl,
    clientId: provider.clientId,
    scopes: ['openid'],
    responseType: 'id_token token',
    extraParams: { nonce: '{random}' },
    loopbackPort: port,
    scimBaseUrl: 'http://127.0.0.1:9/v1/scim',
  };
  const started = await sessions.start({ endpoints });
  const waiting = sessions.wait(started.captureId);
  waiting.catch(() => {});
  stopCapture = () => sessions.cancel(started.captureId);

  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  const page: Page = await browser.newPage();
  const loopbackOrigin = `http://localhost:${port}`;
  const pageProblems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.location().url.startsWith(loopbackOrigin)) pageProblems.push(message.text());
  });
  page.on('pageerror', (error) => pageProblems.push(error.message));
  const fragmentsSeen: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame.url().startsWith(`${loopbackOrigin}/auth/code#`)) fragmentsSeen.push(new URL(frame.url()).hash);
  });
  await page.goto(started.authorizeUrl);
  return { page, waiting, loopbackOrigin, logLines, pageProblems, fragmentsSeen, status: page.locator('#capture-status') };
}

describe('token capture through a real OIDC provider and browser', () => {
  it('captures the access_token the provider issued and clears it from the address bar', async (ctx) => {
    if (!hasChromium) ctx.skip(NO_CHROMIUM);
    const { page, waiting, loopbackOrigin, logLines, pageProblems, fragmentsSeen, status } = await startSignIn();
    await page.locator('input[name="login"]').fill('admin@example.com');
    await page.locator('input[name="password"]').fill('any password');
    await page.locator('button[type="submit"]').click();

    // Consent is auto-granted by the test provider; click through it should a future version show it anyway.
    const consent = page.locator('input[name="prompt"][value="consent"]');
    await status.or(consent).first().waitFor({ timeout: 15_000 });
    if (await consent.count()) await page.locator('button[type="submit"]').click();

    await expect.poll(() => status.getAttribute('data-outcome'), { timeout: 15_000 }).toBe('captured');
    const token = await waiting;

    expect(fragmentsSeen.some((hash) => hash.includes('access_token=') && hash.includes('id_token='))).toBe(true);
    expect(token.accessToken.length).toBeGreaterThan(20);
    expect(token.tokenType).toBe('Bearer');
    expect(token.expiresIn).toBeGreaterThan(0);
    expect(token.scope).toBe('openid');
    // The address bar (and history entry) no longer holds the token.
    expect(page.url()).toBe(`${loopbackOrigin}/auth/code`);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await page.locator('#capture-close-hint').isVisible()).toBe(true);
    expect(pageProblems).toEqual([]);

    // It is the provider's real token: its userinfo endpoint accepts it for the account that signed in.
    const userinfo = await fetch(provider!.userinfoUrl, { headers: { Authorization: `Bearer ${token.accessToken}` } });
    expect(userinfo.status).toBe(200);
    expect(await userinfo.json()).toMatchObject({ sub: 'admin@example.com' });

    for (const line of logLines) expect(line).not.toContain(token.accessToken);
  }, 60_000);

  it('reports a sign-in the admin cancelled at the provider as CAPTURE_FAILED', async (ctx) => {
    if (!hasChromium) ctx.skip(NO_CHROMIUM);
    const { page, waiting, pageProblems, status } = await startSignIn();
    await page.getByText('[ Cancel ]').click();

    await expect.poll(() => status.getAttribute('data-outcome'), { timeout: 15_000 }).toBe('error');
    expect(await status.getAttribute('data-reason')).toBe('provider-error');
    expect(await page.locator('#capture-detail').textContent()).toContain('access_denied');
    const error = await waiting.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('CAPTURE_FAILED');
    expect((error as AppError).params).toMatchObject({ variant: 'provider', error: 'access_denied', description: 'End-User aborted interaction' });
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(pageProblems).toEqual([]);
  }, 60_000);
});
