import { test, expect } from '../support/fixtures';
import { declare, enterName, entryRow, openMainWindow } from '../main-window/main-window-page';
import { expectHidden, openQuickNote, quickNoteBox, storedRows } from './cockpit-pages';

test('a quick note lands in the main window with the keypress time, not the save time', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Checkout returns 502', 'Major');

  const note = await openQuickNote(app.context, app.origin);
  await expect(note.getByRole('status', { name: /Note goes to Checkout returns 502/ })).toBeVisible();
  // Main says the shortcut was pressed 90 s ago: the note must carry that moment, whatever the save time.
  const pressedAt = Date.now() - 90_000;
  await app.bridge.emit(note, 'onQuickNoteShown', { pressedAt });
  await expect(quickNoteBox(note)).toBeFocused();
  await note.keyboard.type('> Restarted the gateway pods');
  await note.keyboard.press('Enter');
  await expectHidden(app.bridge.calls, note, 1);
  await expect(quickNoteBox(note)).toHaveValue('');

  const row = entryRow(main, 'Restarted the gateway pods');
  await expect(row).toBeVisible();
  await expect(row.locator('.badge.kind')).toHaveText('Action');
  await expect(row).toContainText('via quick note');

  const entries = await storedRows(note, 'entries');
  const saved = entries.find((e) => e.text === 'Restarted the gateway pods');
  expect(saved?.occurredAt).toBe(pressedAt);
  expect(saved?.capturedAt as number).toBeGreaterThan(pressedAt + 60_000);
  expect(saved?.source).toBe('quick-note');
});

test('Shift+Enter adds a line; Esc hides without saving and keeps the draft, even across a reload', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Search is slow', 'Minor');
  const note = await openQuickNote(app.context, app.origin);
  await app.bridge.emit(note, 'onQuickNoteShown', { pressedAt: Date.now() });
  await expect(quickNoteBox(note)).toBeFocused();
  await note.keyboard.type('p99 at 4 s');
  await note.keyboard.press('Shift+Enter');
  await note.keyboard.type('only on eu-west');
  await note.keyboard.press('Escape');
  await expectHidden(app.bridge.calls, note, 1);

  await app.bridge.emit(note, 'onQuickNoteShown', { pressedAt: Date.now() });
  await expect(quickNoteBox(note)).toHaveValue('p99 at 4 s\nonly on eu-west');
  await expect(quickNoteBox(note)).toBeFocused();
  // A crash (here: a reload) keeps it too.
  await note.reload();
  await expect(quickNoteBox(note)).toHaveValue('p99 at 4 s\nonly on eu-west');
  expect((await storedRows(note, 'entries')).some((e) => String(e.text).includes('p99 at 4 s'))).toBe(false);

  await quickNoteBox(note).press('Enter');
  await expect(entryRow(main, 'only on eu-west')).toBeVisible();
});

test('the target is the most recent live incident and can be switched from the keyboard', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Older: queue backlog', 'Minor');
  await declare(main, 'Newer: login fails', 'Critical');
  const note = await openQuickNote(app.context, app.origin);
  await expect(note.getByRole('status', { name: /Note goes to Newer: login fails/ })).toBeVisible();
  await quickNoteBox(note).press('Alt+ArrowDown');
  await expect(note.getByRole('status', { name: /Note goes to Older: queue backlog/ })).toBeVisible();
  await quickNoteBox(note).fill('impact Jobs delayed by 20 min');
  await quickNoteBox(note).press('Enter');
  await expectHidden(app.bridge.calls, note, 1);

  const entries = await storedRows(note, 'entries');
  const incidents = await storedRows(note, 'incidents');
  const older = incidents.find((i) => i.title === 'Older: queue backlog');
  const saved = entries.find((e) => e.text === 'Jobs delayed by 20 min');
  expect(saved).toMatchObject({ incidentId: older?.id, kind: 'impact' });
  // Each show starts again from the most recent incident.
  await app.bridge.emit(note, 'onQuickNoteShown', { pressedAt: Date.now() });
  await expect(note.getByRole('status', { name: /Note goes to Newer: login fails/ })).toBeVisible();
});

test('with no live incident the text declares one, with the severity chosen and its definition in view', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  const note = await openQuickNote(app.context, app.origin);
  const title = note.getByRole('textbox', { name: 'New incident title' });
  await expect(title).toBeFocused();
  await expect(note.getByText(/existentially|company itself/i)).toBeVisible();
  await title.fill('Payments API down');
  await title.press('Enter');
  await expect(note.getByRole('alert')).toContainText('Choose a severity');
  await expect(title).toHaveValue('Payments API down');
  await title.press('Alt+3');
  await expect(note.getByRole('radio', { name: /Critical/ })).toBeChecked();
  await title.press('Enter');
  await expectHidden(app.bridge.calls, note, 1);
  await expect(main.getByRole('navigation', { name: 'Incidents' }).getByText('Payments API down')).toBeVisible();
});

test('a refused save keeps the text and says what to do', async ({ app }) => {
  // No name was ever set (first run not done): the note cannot be attributed, so it is refused, not lost.
  const main = await openMainWindow(app.context, app.origin);
  await expect(main.getByRole('textbox', { name: 'Your name' })).toBeVisible();
  const note = await openQuickNote(app.context, app.origin);
  const title = note.getByRole('textbox', { name: 'New incident title' });
  await title.fill('Disk full on db-1');
  await title.press('Alt+2');
  await title.press('Enter');
  await expect(note.getByRole('alert')).toContainText(/Set your name/);
  await expect(title).toHaveValue('Disk full on db-1');
  expect(app.bridge.calls.filter((c) => c.name === 'hideQuickNote')).toHaveLength(0);
});

test('a slash command from the quick note changes the incident', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Error rate up', 'Minor');
  const note = await openQuickNote(app.context, app.origin);
  await expect(note.getByRole('status', { name: /Note goes to Error rate up/ })).toBeVisible();
  await quickNoteBox(note).fill('/sev major spreading to all regions');
  await quickNoteBox(note).press('Enter');
  await expectHidden(app.bridge.calls, note, 1);
  await expect(entryRow(main, /major/i).last()).toBeVisible();
  expect((await storedRows(note, 'incidents'))[0]?.severity).toBe('major');
});

test('sitrep --note saves straight to the live incident, as text: a prefix there is not read as a command', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'CDN errors', 'Major');
  const note = await openQuickNote(app.context, app.origin);
  await expect(note.getByRole('status', { name: /Note goes to CDN errors/ })).toBeVisible();
  const pressedAt = Date.now() - 5_000;
  await app.bridge.emit(note, 'onExternalNote', { text: '! Fail over to the second CDN', pressedAt });
  await expect(entryRow(main, '! Fail over to the second CDN')).toBeVisible();
  const saved = (await storedRows(note, 'entries')).find((e) => e.text === '! Fail over to the second CDN');
  // Any process on the machine can run `sitrep --note`: it logs words, never decisions, commands or milestones.
  expect(saved).toMatchObject({ kind: 'note', occurredAt: pressedAt });
});

test('a pasted image is stored as a Blob with its entry', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Latency spike', 'Major');
  const note = await openQuickNote(app.context, app.origin);
  await app.bridge.emit(note, 'onQuickNoteShown', { pressedAt: Date.now() });
  await quickNoteBox(note).fill('p99 graph from Grafana');
  // A real PNG on the clipboard, as a screenshot tool would leave it.
  await quickNoteBox(note).evaluate(async (box) => {
    const canvas = document.createElement('canvas');
    canvas.width = 40;
    canvas.height = 20;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#c00';
    g.fillRect(0, 0, 40, 20);
    const blob = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b!), 'image/png'));
    const data = new DataTransfer();
    data.items.add(new File([blob], 'image.png', { type: 'image/png' }));
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  const preview = note.getByRole('img', { name: 'Pasted image 1' });
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
  await quickNoteBox(note).press('Enter');
  await expectHidden(app.bridge.calls, note, 1);
  await expect(entryRow(main, 'p99 graph from Grafana')).toBeVisible();

  const entry = (await storedRows(note, 'entries')).find((e) => e.text === 'p99 graph from Grafana');
  const attachments = await storedRows(note, 'attachments');
  expect(attachments).toHaveLength(1);
  expect(attachments[0]).toMatchObject({ entryId: entry?.id, incidentId: entry?.incidentId, mimeType: 'image/png' });
  expect((attachments[0]?.blob as { blobSize: number }).blobSize).toBeGreaterThan(50);
});

test('the caret is ready before the script has loaded, and what is typed then is kept', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Slow machine', 'Minor');
  // Hold the quick note's script back (a slow disk, a busy CPU) until the user has typed.
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  await app.context.route(/\/assets\/quick-note-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  const note = await app.context.newPage();
  await note.goto(`${app.origin}/quick-note.html`, { waitUntil: 'commit' });
  await expect(quickNoteBox(note)).toBeFocused();
  await note.keyboard.type('typed while loading');
  expect(await note.evaluate(() => performance.getEntriesByName('quick-note:ready').length)).toBe(0);

  release();
  await expect(note.getByRole('status', { name: /Note goes to Slow machine/ })).toBeVisible();
  await expect(quickNoteBox(note)).toHaveValue('typed while loading');
  await expect(quickNoteBox(note)).toBeFocused();
  await note.keyboard.type(', then more');
  await note.keyboard.press('Enter');
  await expect(entryRow(main, 'typed while loading, then more')).toBeVisible();
});
