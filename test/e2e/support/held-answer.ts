import type { Page } from '@playwright/test';
import type { Channel } from '../../../shared/ipc/contract';

interface HeldAnswerWindow {
  __holdNextAnswer?: boolean;
  __openHeldAnswer?: () => void;
}

/** Runs in the page before the app: wraps fetch so the next armed answer to `channel` waits, already arrived, for its gate. */
function holdAnswersInPage(channel: string) {
  const held = window as unknown as HeldAnswerWindow;
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    if (!held.__holdNextAnswer || !String(input).includes(`/api/${channel}`)) return response;
    held.__holdNextAnswer = false;
    const body: unknown = await response.json();
    await new Promise<void>((open) => (held.__openHeldAnswer = open));
    return { status: response.status, ok: response.ok, headers: response.headers, json: async () => body } as Response;
  };
}

/**
 * For the race between an answer and the admin going back into a field: the next answer to `channel`, once
 * armed, waits inside the page after it arrived. `releaseThenSelect(testId)` lets it through and, in the same
 * task, focuses the field and selects its text; React renders what the answer changed only in a later task,
 * which is where a real answer landed between a click and the first key (seen in CI).
 */
export async function holdAnswerInPage(page: Page, channel: Channel) {
  await page.addInitScript(holdAnswersInPage, channel);
  return {
    arm: () => page.evaluate(() => void ((window as unknown as HeldAnswerWindow).__holdNextAnswer = true)),
    async releaseThenSelect(testId: string): Promise<void> {
      await page.waitForFunction(() => typeof (window as unknown as HeldAnswerWindow).__openHeldAnswer === 'function');
      await page.evaluate(async (testId) => {
        (window as unknown as HeldAnswerWindow).__openHeldAnswer!();
        // The app reads the answer in promise steps only: these let it finish before the field is selected.
        for (let i = 0; i < 200; i++) await Promise.resolve();
        const field = document.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;
        field.focus();
        field.select();
      }, testId);
    },
  };
}
