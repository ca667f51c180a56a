import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Asserts that the element lies wholly inside the page's viewport as it is now (no scrolling done for it): what a
 * person sees in a small window without hunting. "Visible" alone would pass for something below the window's edge.
 */
export async function expectInViewport(page: Page, locator: Locator, what: string): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('The page has no fixed viewport; set one to the window size first.');
  await expect(locator, `${what} is shown`).toBeVisible();
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${what} has no box on screen.`);
  const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width + 0.5 && box.y + box.height <= viewport.height + 0.5;
  expect(inside, `${what} at ${JSON.stringify(box)} lies inside the ${viewport.width}×${viewport.height} window`).toBe(true);
}

/** Whether the page (or any element in it) can be scrolled sideways: a small window must never need that. */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}
