import type { Page } from '@playwright/test';
import { fitQuickNoteBounds, quickNotePosition } from '../../../src/main/quick-note-window';

/** The display the tests put the box on: 1920×1080 with a 40 px taskbar. */
export const TEST_WORK_AREA = { x: 0, y: 0, width: 1920, height: 1040 };

/** Where and how big main opens the box on that display (its defined size): a quick-note test page starts so. */
export function quickNoteOpenBounds() {
  return quickNotePosition(TEST_WORK_AREA);
}

/**
 * What main does with the page's fit request (src/main/quick-note-window.ts, the same function), done to a test
 * page: the window's new size becomes the page's viewport.
 */
export async function fitQuickNotePage(page: Page, contentHeight: number): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) return;
  const current = { ...quickNoteOpenBounds(), width: viewport.width, height: viewport.height };
  const next = fitQuickNoteBounds(current, contentHeight, TEST_WORK_AREA);
  if (next.height !== viewport.height) await page.setViewportSize({ width: next.width, height: next.height });
}
