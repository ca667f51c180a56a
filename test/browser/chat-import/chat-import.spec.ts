import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { test, expect } from '../support/fixtures';
import { enterName, entryRow, openMainWindow, runCommand, timeline } from '../main-window/main-window-page';
import { typeTime } from '../main-window/time-entry-page';
import { largeSlackExport, slackExportZip, streamedZip } from '../../support/chat-export-fixtures';
import { axeViolations } from '../support/axe';

/*
 * The lead imports the incident channel's Slack export the way a person does: the incident's Import chat…
 * button or the palette, the system's file chooser, a look at the preview, Import. The messages land on the
 * timeline; the same export imported again adds nothing. Bad files are refused in a sentence, nothing written.
 */
const dir = mkdtempSync(join(tmpdir(), 'sitrep-chat-import-'));
const file = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

async function declareWithImpact(page: Page): Promise<void> {
  await page.keyboard.press('Alt+N');
  const dialog = page.getByRole('dialog', { name: 'Declare an incident' });
  await dialog.getByRole('textbox', { name: 'What is wrong?' }).pressSequentially('Checkout returns 500', { delay: 5 });
  await dialog.getByRole('radio', { name: 'Major', exact: true }).check();
  await typeTime(dialog.getByRole('textbox', { name: /^Impact started at/ }), '2026-01-14 10:00 UTC', 20);
  await dialog.getByRole('button', { name: 'Declare', exact: true }).click();
  await expect(dialog).toBeHidden();
  // The incident's commands apply once it is on screen, as a person sees it before pressing a key.
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout returns 500' })).toBeVisible();
}

/** Opens the system file chooser from the dialog's file field with the keyboard and picks `path` in it. */
async function choose(page: Page, path: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Import chat' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByLabel('Chat export file').focus();
  await page.keyboard.press('Space');
  await (await chooser).setFiles(path);
}

test('a Slack export imported through the dialog lands on the timeline once, however often it is imported', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declareWithImpact(page);
  // Slack's own export holds the graph under __uploads/; the log is kept the way slackdump keeps files.
  const exported = slackExportZip({ extra: { 'inc-4312-checkout/attachments/F0LOGS-pool.log': strToU8('pool exhausted\n') } });
  const exportPath = file('slack-export.zip', exported);

  await page.getByRole('toolbar', { name: 'Incident actions' }).getByRole('button', { name: /^Import chat…/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Import chat' });
  await choose(page, exportPath);

  // The window defaults to the incident's own: from its impact start, open-ended while it is live.
  await expect(dialog.getByRole('combobox', { name: 'Channel' })).toHaveValue('C0INC4312');
  await expect(dialog.getByRole('textbox', { name: /^From/ })).toHaveAccessibleDescription(/^Reads as 2026-01-14 10:00:00 UTC/);
  const preview = dialog.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText('6 of 9 messages from #inc-4312-checkout, with 2 files attached.');
  await expect(preview).toContainText('First: 2026-01-14 10:18:05 UTC');
  await expect(preview).toContainText('Left out: 3 joins, leaves and bot posts.');
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);

  // The switch brings the noise back into the count; off again before importing.
  const noise = dialog.getByRole('checkbox', { name: 'Include joins, leaves, topic changes and bot posts' });
  await noise.check();
  await expect(preview).toContainText('9 of 9 messages');
  await noise.uncheck();

  await dialog.getByRole('button', { name: 'Import 6 messages' }).click();
  await expect(dialog.getByRole('status')).toHaveText('6 added, 0 updated, 0 unchanged');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  await expect(entryRow(page, 'Checkout 500s since 10:12, paging @Bob the SRE :fire:')).toHaveCount(1);
  await expect(entryRow(page, "↳ in thread of Alice Moreau's message at 10:18:05 UTC")).toContainText('checkout board (https://grafana.example/d/checkout)');
  await expect(entryRow(page, 'literal html stays')).toContainText('<script>alert(1)</script> & <b>ok</b> in #general');
  await expect(entryRow(page, 'literal html stays').getByRole('img', { name: 'Attached image error-rate.png' })).toBeVisible();
  await expect(entryRow(page, 'rollback ✅').getByRole('link', { name: 'Attached file pool.log' })).toBeVisible();
  await expect(entryRow(page, 'Pool is full')).toContainText('edited');
  await expect(timeline(page).getByRole('listitem').filter({ hasText: 'imported' })).toHaveCount(6);

  // Again, from the palette, the same files zipped again as a stream (sizes after the data, as slackdump
  // writes them): nothing new.
  await runCommand(page, 'Import chat… (Slack export, Teams messages)');
  const rezipped = Object.fromEntries(Object.entries(unzipSync(exported)).map(([path, bytes]) => [path, [bytes]]));
  await choose(page, file('slack-export-streamed.zip', streamedZip(rezipped)));
  await dialog.getByRole('button', { name: 'Import 6 messages' }).press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('0 added, 0 updated, 6 unchanged');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(timeline(page).getByRole('listitem').filter({ hasText: 'imported' })).toHaveCount(6);
  await expect(entryRow(page, 'Checkout 500s since 10:12')).toHaveCount(1);
  await expect(page.getByRole('img', { name: 'Attached image error-rate.png' })).toHaveCount(1);
});

test('Teams messages saved from Microsoft Graph import the same way, HTML bodies read as text', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declareWithImpact(page);
  const chatId = '19:2da4c29f6d7041eca70b638b43d45437@thread.v2';
  const messages = {
    value: [
      { id: '1768385885100', messageType: 'message', createdDateTime: '2026-01-14T10:18:05.100Z', chatId, from: { user: { id: 'a', displayName: 'Alice Moreau' } }, body: { contentType: 'html', content: '<p>Paging <at id="0">Bob Ng</at>: <a href="https://grafana.example/d/1">board</a></p>' } },
      { id: '1768385925000', replyToId: '1768385885100', messageType: 'message', createdDateTime: '2026-01-14T10:18:45Z', chatId, from: { user: { id: 'b', displayName: 'Bob Ng' } }, body: { contentType: 'text', content: 'on it <b>now</b>' } },
    ],
  };
  await page.keyboard.press('Alt+C');
  const dialog = page.getByRole('dialog', { name: 'Import chat' });
  await choose(page, file('teams-messages.json', strToU8(JSON.stringify(messages))));
  await expect(dialog.getByRole('region', { name: 'Preview' })).toContainText('2 of 2 messages from Teams chat with Alice Moreau, Bob Ng.');
  await dialog.getByRole('button', { name: 'Import 2 messages' }).click();
  await expect(dialog.getByRole('status')).toHaveText('2 added, 0 updated, 0 unchanged');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(entryRow(page, 'Paging @Bob Ng: board (https://grafana.example/d/1)')).toHaveCount(1);
  await expect(entryRow(page, "↳ in thread of Alice Moreau's message at 10:18:05 UTC")).toContainText('on it <b>now</b>');
});

/** A zip whose one JSON file inflates past the 300 MB the importer allows: zeros, deflated ~1000:1. */
function zipBomb(): Uint8Array {
  return streamedZip({ 'channels.json': Array.from({ length: 80 }, () => new Uint8Array(4 * 1024 * 1024)) }, 1);
}

/** A 200 MB file on disk without writing 200 MB: a zip's first bytes, then a hole. */
function hugeExport(): string {
  const path = join(dir, 'huge-export.zip');
  const fd = openSync(path, 'w');
  writeSync(fd, new Uint8Array([0x50, 0x4b, 3, 4]));
  ftruncateSync(fd, 200 * 1024 * 1024);
  closeSync(fd);
  return path;
}

test('bad files are refused with what is wrong and what to do, and nothing is imported', async ({ app }) => {
  // The bomb really is inflated to the 300 MB limit before it is stopped: seconds of work on a busy machine.
  test.slow();
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declareWithImpact(page);
  await page.keyboard.press('Alt+C');
  const dialog = page.getByRole('dialog', { name: 'Import chat' });
  const refusal = dialog.getByRole('alert');

  await choose(page, file('holiday-photos.zip', zipSync({ 'IMG_0001.jpg': new Uint8Array([0xff, 0xd8, 0xff]) })));
  await expect(refusal).toHaveText(/^This zip is not a Slack export: it has no channels.json or users.json\./);

  await choose(page, file('cut-short.zip', zipSync({ 'users.json': strToU8('[]'), 'inc/2026-01-14.json': strToU8('[{"ts": "1768385880.000100", "te') })));
  await expect(refusal).toHaveText('inc/2026-01-14.json in this export is not valid JSON (it may be cut short or edited by hand). Export again from Slack and import the new zip.');

  await choose(page, file('bomb.zip', zipBomb()));
  await expect(refusal).toHaveText(/^This zip unpacks to more than 300 MB, .*\(a "zip bomb"\)\. Nothing was imported\./, { timeout: 30_000 });

  await choose(page, hugeExport());
  await expect(refusal).toHaveText("This export is 200 MB; Sitrep imports exports up to 100 MB. Export only the incident's channel and the days of the incident, then import that file.");

  await choose(page, file('messages.json', strToU8('{"value": [{"id": "1", "createdDateTime": ')));
  await expect(refusal).toHaveText('messages.json is not valid JSON (it may be cut short). Save the Graph response again and import the new file.');

  await expect(dialog.getByRole('region', { name: 'Preview' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(timeline(page).getByRole('listitem').filter({ hasText: 'imported' })).toHaveCount(0);
});

test('a long read stops when the lead presses Escape or Cancel, and nothing is imported', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declareWithImpact(page);
  // 200,000 messages: seconds of reading, long enough to change one's mind half way.
  const exportPath = file('whole-workspace.zip', largeSlackExport(200_000));
  const dialog = page.getByRole('dialog', { name: 'Import chat' });
  const reading = dialog.getByRole('progressbar', { name: 'Reading whole-workspace.zip' });

  /** Opens the dialog, picks the export and waits until the bar has moved: the reader is part way through it. */
  const startReading = async (open: () => Promise<void>) => {
    const started = page.waitForEvent('worker', { predicate: (w) => w.url().includes('chat-import') });
    await open();
    const worker = await started;
    await choose(page, exportPath);
    await expect.poll(() => reading.evaluate((bar: HTMLProgressElement) => bar.value)).toBeGreaterThan(0);
    return worker;
  };

  let worker = await startReading(() => page.keyboard.press('Alt+C'));
  let ended = worker.waitForEvent('close');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await ended;
  await expect(page.getByRole('status').filter({ hasText: 'Stopped reading whole-workspace.zip. Nothing was imported.' })).toBeVisible();

  worker = await startReading(() => page.getByRole('toolbar', { name: 'Incident actions' }).getByRole('button', { name: /^Import chat…/ }).click());
  ended = worker.waitForEvent('close');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await ended;
  await expect(timeline(page).getByRole('listitem').filter({ hasText: 'imported' })).toHaveCount(0);
  expect(page.workers().filter((w) => w.url().includes('chat-import'))).toEqual([]);
});
