import { expect, type Page } from '@playwright/test';

/** Where the element is after the page is scrolled to the top, and whether it is the thing actually drawn at its centre. */
export async function placeAtTop(page: Page, testId: string) {
  return page.evaluate((id) => {
    window.scrollTo(0, 0);
    const element = document.querySelector<HTMLElement>(`[data-testid="${CSS.escape(id)}"]`);
    if (!element) return null;
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    return {
      top: rect.top,
      bottom: rect.bottom,
      left: rect.left,
      right: rect.right,
      viewportWidth: window.innerWidth,
      viewportHeight: window.innerHeight,
      drawn: hit !== null && element.contains(hit),
    };
  }, testId);
}

/** Next is fully inside the viewport, not covered or clipped, with the page at its top. */
export async function expectNextWithoutScrolling(page: Page, screen: string) {
  const place = await placeAtTop(page, 'nav-next');
  expect(place, `${screen}: nav-next exists`).not.toBeNull();
  const { top, bottom, left, right, viewportWidth, viewportHeight, drawn } = place!;
  expect.soft(top, `${screen}: nav-next below the top edge`).toBeGreaterThanOrEqual(0);
  expect.soft(bottom, `${screen}: nav-next above the bottom edge (${viewportHeight}px)`).toBeLessThanOrEqual(viewportHeight);
  expect.soft(left, `${screen}: nav-next right of the left edge`).toBeGreaterThanOrEqual(0);
  expect.soft(right, `${screen}: nav-next left of the right edge (${viewportWidth}px)`).toBeLessThanOrEqual(viewportWidth);
  expect.soft(drawn, `${screen}: nav-next is not covered or clipped`).toBe(true);
}

/** A dialog is drawn centred in the window, wherever the page was scrolled. */
export async function expectDialogCentred(page: Page, selector: string, screen: string) {
  const box = await page.locator(selector).boundingBox();
  const viewport = page.viewportSize();
  expect(box, `${screen}: ${selector} is drawn`).not.toBeNull();
  expect(viewport, `${screen}: the page has a viewport`).not.toBeNull();
  expect.soft(Math.abs(box!.y + box!.height / 2 - viewport!.height / 2), `${screen}: ${selector} centred vertically`).toBeLessThan(4);
  expect.soft(Math.abs(box!.x + box!.width / 2 - viewport!.width / 2), `${screen}: ${selector} centred horizontally`).toBeLessThan(4);
}
