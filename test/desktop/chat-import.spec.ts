import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { declare, enterName, entryRow } from '../browser/main-window/main-window-page';
import { slackExportZip } from '../support/chat-export-fixtures';
import { startSitrep, type Sitrep } from './support/desktop';

// Journey: the built app imports a Slack export. The import reads the file in a worker, which must load from
// the app's own scheme under its Content-Security-Policy header: the browser tests serve pages over plain HTTP.
let sitrep: Sitrep | undefined;
test.afterEach(async () => {
  await sitrep?.quit();
  sitrep?.profile.dispose();
  sitrep = undefined;
});

test('Import chat… in the built app reads a Slack export in its worker and writes it to the timeline', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'sitrep-desktop-import-')), 'slack-export.zip');
  writeFileSync(path, slackExportZip());
  sitrep = await startSitrep();
  const main = await sitrep.window('index.html');
  await enterName(main, 'Dana Scully');
  await declare(main, 'Checkout returns 500', 'Major');

  await main.keyboard.press('Alt+C');
  const dialog = main.getByRole('dialog', { name: 'Import chat' });
  const chooser = main.waitForEvent('filechooser');
  await dialog.getByLabel('Chat export file').focus();
  await main.keyboard.press('Space');
  await (await chooser).setFiles(path);
  // Declared today, the incident's window holds none of January's messages: the preview says so; widen it.
  const preview = dialog.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('0 of 9 messages from #inc-4312-checkout');
  const from = dialog.getByRole('textbox', { name: /^From/ });
  await from.press('Control+A');
  await from.press('Backspace');
  await expect(from).toHaveAccessibleDescription("Empty: from the channel's first message.");
  await expect(preview).toContainText('6 of 9 messages');
  await dialog.getByRole('button', { name: 'Import 6 messages' }).click();
  await expect(dialog.getByRole('status')).toHaveText('6 added, 0 updated, 0 unchanged');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(entryRow(main, 'Checkout 500s since 10:12, paging @Bob the SRE :fire:')).toBeVisible();
});
