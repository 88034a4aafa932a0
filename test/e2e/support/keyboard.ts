import { expect, type Page } from '@playwright/test';

/** Keyboard-only driving: controls are reached with Tab (never clicked or focused by the test) and must show their focus. */

export const activeTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

/** Presses Tab until the control with this test id has focus, then checks its focus is visible. */
export async function tabTo(page: Page, testId: string) {
  for (let presses = 0; presses < 60; presses++) {
    if ((await activeTestId(page)) === testId) {
      const ring = await page.getByTestId(testId).evaluate((el) => {
        const style = getComputedStyle(el);
        return { outline: style.outlineStyle, width: parseFloat(style.outlineWidth), shadow: style.boxShadow };
      });
      expect(ring.outline !== 'none' && ring.width > 0 ? true : ring.shadow !== 'none', `${testId} shows where the focus is`).toBe(true);
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${testId}`);
}

export async function press(page: Page, testId: string, key: 'Enter' | 'Space') {
  await tabTo(page, testId);
  await page.keyboard.press(key);
}
