import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { declare, enterName, entryRow, write } from '../browser/main-window/main-window-page';
import { startSitrep, type Sitrep } from './support/desktop';

// The log's safety copy on the built app: main keeps it in userData, outside the IndexedDB Chromium may delete.
let sitrep: Sitrep | undefined;
test.afterEach(async () => {
  await sitrep?.quit();
  sitrep?.profile.dispose();
  sitrep = undefined;
});

/** Every IndexedDB folder under `root`: where Chromium keeps the log, and what it deletes when it finds it damaged. */
function indexedDbFolders(root: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (!statSync(path).isDirectory()) continue;
    if (name === 'IndexedDB') found.push(path);
    else found.push(...indexedDbFolders(path));
  }
  return found;
}
const safetyCopyText = (userData: string): string => {
  try {
    return readFileSync(join(userData, 'safety-copy', 'log.records'), 'utf8');
  } catch {
    return '';
  }
};

test('a log deleted between two runs comes back from the safety copy main kept in its data folder', async () => {
  sitrep = await startSitrep();
  const main = await sitrep.window('index.html');
  await enterName(main, 'Dana Scully');
  await declare(main, 'Payments timing out', 'Major');
  await write(main, 'Gateway p99 at 9 s');
  await write(main, 'Rolled back payments-api to v412');
  const { profile } = sitrep;
  await expect.poll(() => safetyCopyText(profile.userData), { timeout: 15_000 }).toContain('Rolled back payments-api to v412');
  expect(await sitrep.quit()).toBe(0);

  // What Chromium does to a log it finds damaged at start: the whole database is gone.
  const folders = indexedDbFolders(profile.userData);
  expect(folders.length).toBeGreaterThan(0);
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });

  sitrep = await startSitrep({ profile });
  const again = await sitrep.window('index.html');
  const offer = again.getByRole('dialog', { name: 'Restore the log from its safety copy?' });
  await expect(offer).toContainText("Sitrep's log is empty, but its safety copy on this computer holds 1 incident and");
  await expect(offer.getByRole('button', { name: 'Restore' })).toBeFocused();
  await again.keyboard.press('Enter');
  await expect(offer.getByRole('status')).toContainText(/^Restored 1 incident and \d+ entries from the safety copy\./);
  await again.keyboard.press('Enter');
  await expect(offer).toBeHidden();
  await again.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: /Payments timing out/ }).click();
  await expect(entryRow(again, 'Gateway p99 at 9 s')).toContainText('Dana Scully');
  await expect(entryRow(again, 'Rolled back payments-api to v412')).toBeVisible();
});
