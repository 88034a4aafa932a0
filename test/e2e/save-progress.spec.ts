import { expect, test, type Page } from '@playwright/test';
import { CXONE_SECRET_FIELDS } from '../../shared/integrations/cxone';
import { cxoneSessions } from './support/cxone-session';
import { startCxone, walkRoleAndEmployee } from './support/cxone-walk';
import { holdCalls } from './support/held-calls';

/**
 * What a save in progress shows (renderer/src/ui/use-save-in-progress.ts): `save-status`'s `data-state`
 * says `saving` at once, while "Saving…" (on the line and on the field's button) appears only once the save
 * has run for 0.3 s; a second submit while one runs sends nothing.
 */
const sessions = cxoneSessions();
const FIELD = CXONE_SECRET_FIELDS.accessKeyId;
const SHOW_BUSY_AFTER_MS = 300;

/** Records, on the page's clock, when the status line's two attributes first took the values asked. */
async function watchStatusLine(page: Page) {
  await page.evaluate(() => {
    const line = document.querySelector('[data-testid="save-status"]')!;
    const seen: Record<string, number> = {};
    (window as unknown as { __statusSeen: Record<string, number> }).__statusSeen = seen;
    const note = () => {
      for (const name of ['data-state', 'data-shown']) {
        const key = `${name}=${line.getAttribute(name)}`;
        seen[key] ??= performance.now();
      }
    };
    document.addEventListener('submit', () => (seen.submit ??= performance.now()), { capture: true });
    new MutationObserver(note).observe(line, { attributes: true, childList: true, characterData: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { __statusSeen: Record<string, number> }).__statusSeen);
}

test('a save says "Saving…" only once it has taken 0.3 s, its state at once, and a second submit sends nothing', async ({ page }) => {
  const { host, secrets } = await sessions.start();
  await page.goto(host.url);
  await startCxone(page, 'okta');
  await walkRoleAndEmployee(page);
  const status = page.getByTestId('save-status');
  await expect(status).toHaveAttribute('data-state', 'saved');
  await expect(status).toHaveAttribute('data-shown', 'saved');
  const seen = await watchStatusLine(page);
  const held = await holdCalls(page, 'secrets.save');
  let saves = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/api/secrets.save')) saves += 1;
  });

  await page.getByTestId(`field-${FIELD}`).fill(secrets.accessKeyId);
  await page.getByTestId(`field-save-${FIELD}`).click();
  await expect(status).toHaveAttribute('data-shown', 'saving');
  await expect(status).toHaveText('Saving…');
  await expect(page.getByTestId(`field-save-${FIELD}`)).toHaveText('Saving…');
  await expect(page.getByTestId(`field-save-${FIELD}`)).toBeDisabled();
  const times = await seen();
  expect(times['data-state=saving']! - times.submit!).toBeLessThan(SHOW_BUSY_AFTER_MS);
  expect(times['data-shown=saving']! - times.submit!).toBeGreaterThanOrEqual(SHOW_BUSY_AFTER_MS);
  // The disabled button blocks Enter; a submit without it (as a second click before 0.3 s would make) is refused by the form itself.
  await page.evaluate(() => document.querySelector<HTMLFormElement>('form.secret-entry')!.requestSubmit());

  await held.release();
  await expect(page.getByTestId(`field-block-${FIELD}`)).toHaveAttribute('data-stored', 'true');
  await expect(status).toHaveAttribute('data-state', 'saved');
  await expect(status).toHaveAttribute('data-shown', 'saved');
  await expect(status).toHaveText('All changes saved');
  expect(saves).toBe(1);
});
