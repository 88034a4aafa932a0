import type { Page } from '@playwright/test';
import type { Channel } from '../../../shared/ipc/contract';

/**
 * Holds the page's calls to `channel` at its edge (Playwright's router) until `release()`: all of
 * them, or only the first `first`. For the races a test sets up on purpose: an answer that comes
 * late, after the admin did something else.
 */
export async function holdCalls(page: Page, channel: Channel, options: { first?: number } = {}) {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  let seen = 0;
  await page.route(`**/api/${channel}`, async (route) => {
    if (options.first === undefined || seen++ < options.first) await opened;
    await route.continue();
  });
  return {
    /** Lets the held calls reach main; resolves once the first of them is answered. */
    async release(): Promise<void> {
      const answered = page.waitForResponse(`**/api/${channel}`);
      open();
      await answered;
    },
  };
}
