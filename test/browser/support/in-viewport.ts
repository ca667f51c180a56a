import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Asserts that the element lies wholly inside the page's viewport as it is now (no scrolling done for it): what a
 * person sees in a small window without hunting. "Visible" alone would pass for something below the window's edge.
 */
export async function expectInViewport(page: Page, locator: Locator, what: string): Promise<void> {
  await expect(locator, `${what} is shown`).toBeVisible();
  // Retried: a window that sizes itself to its content (the quick note) may still be growing when the check starts.
  await expect(async () => {
    const viewport = page.viewportSize();
    if (!viewport) throw new Error('The page has no fixed viewport; set one to the window size first.');
    const box = await locator.boundingBox();
    if (!box) throw new Error(`${what} has no box on screen.`);
    const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5;
    expect(inside, `${what} at ${JSON.stringify(box)} lies inside the ${viewport.width}×${viewport.height} window`).toBe(true);
  }).toPass({ timeout: 5_000 });
}

/** Whether the page (or any element in it) can be scrolled sideways: a small window must never need that. */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

/**
 * Asserts that the element lies wholly inside a scrolling area's visible box (a timeline row not cut off by the
 * list's edge or hidden under the composer below it, which the viewport check alone would not notice).
 */
export async function expectWithin(container: Locator, locator: Locator, what: string): Promise<void> {
  await expect(locator, `${what} is shown`).toBeVisible();
  // Retried: the list may still be settling (rows measured, scrolled to the end) when the check starts.
  await expect(async () => {
    const [outer, inner] = await Promise.all([container.boundingBox(), locator.boundingBox()]);
    if (!outer || !inner) throw new Error(`${what} or its container has no box on screen.`);
    // One pixel of slack for sub-pixel layout (a row's 58.3 px height against a whole-pixel scroll position).
    const slack = 1;
    const inside =
      inner.y >= outer.y - slack &&
      inner.y + inner.height <= outer.y + outer.height + slack &&
      inner.x >= outer.x - slack &&
      inner.x + inner.width <= outer.x + outer.width + slack;
    expect(inside, `${what} at ${JSON.stringify(inner)} lies inside ${JSON.stringify(outer)}`).toBe(true);
  }).toPass({ timeout: 5_000 });
}
