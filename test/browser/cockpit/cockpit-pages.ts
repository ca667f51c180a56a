import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '../support/fixtures';

/*
 * The cockpit windows as a person drives them, plus a raw look into the shared IndexedDB for what the
 * screen cannot show exactly (an entry's stored occurredAt, an attachment's bytes).
 */

export async function openQuickNote(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/quick-note.html`);
  return page;
}

export async function openChecklist(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/checklist.html`);
  return page;
}

export function quickNoteBox(page: Page) {
  return page.getByRole('textbox', { name: 'Quick note' });
}

export interface StoredRow {
  [key: string]: unknown;
}

/** Every row of one object store of the app's database, read with plain IndexedDB. */
export async function storedRows(page: Page, store: string): Promise<StoredRow[]> {
  return page.evaluate(
    (name) =>
      new Promise<StoredRow[]>((done, fail) => {
        const open = indexedDB.open('sitrep');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            const rows = (request.result as StoredRow[]).map((row) =>
              Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Blob ? { blobSize: v.size, blobType: v.type } : v])),
            );
            db.close();
            done(rows);
          };
          request.onerror = () => fail(request.error);
        };
      }),
    store,
  );
}

export async function expectHidden(calls: { name: string; page: Page }[], page: Page, count: number): Promise<void> {
  await expect.poll(() => calls.filter((c) => c.name === 'hideQuickNote' && c.page === page).length).toBe(count);
}
