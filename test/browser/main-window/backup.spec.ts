import { readFile } from 'node:fs/promises';
import { test, expect } from '../support/fixtures';
import { installBridge } from '../support/bridge';
import { declare, enterName, entryRow, openMainWindow, write } from './main-window-page';

test('a backup exported from one profile restores into a fresh one', async ({ app, browserInstance }, testInfo) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declare(page, 'CDN serving stale assets', 'Minor');
  await write(page, '> Purged the CDN cache for /static');
  await page.getByRole('button', { name: 'Settings' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const download = await downloading;
  const file = testInfo.outputPath('backup.json');
  await download.saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8'))).toHaveProperty('format', 'sitrep-backup');

  const fresh = await browserInstance.newContext();
  try {
    await installBridge(fresh);
    const other = await openMainWindow(fresh, app.origin);
    await enterName(other, 'Fox Mulder');
    await other.getByRole('button', { name: 'Settings' }).click();

    // A file that is not a backup is refused, with a message, and changes nothing.
    await other.getByLabel('Restore from a backup file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ incidents: [{ id: 'x', title: 'Injected' }] })),
    });
    await expect(other.getByRole('alert')).toContainText('notes.json was not restored');
    await expect(other.getByRole('alert')).toContainText('Nothing was changed');
    await expect(other.getByRole('navigation', { name: 'Incidents' }).getByRole('button')).toHaveCount(0);

    await other.getByLabel('Restore from a backup file').setInputFiles(file);
    await expect(other.getByRole('status').filter({ hasText: /Restored 1 incident/ })).toBeVisible();
    await other.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: /CDN serving stale assets/ }).click();
    await expect(entryRow(other, 'Purged the CDN cache for /static')).toContainText('Dana Scully');
  } finally {
    await fresh.close();
  }
});
