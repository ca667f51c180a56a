import { test, expect } from '../support/fixtures';
import { declare, enterName, entryRow, openMainWindow } from '../main-window/main-window-page';
import { expectHidden, openQuickNote, quickNoteBox } from './cockpit-pages';

test('an image pasted into the quick note is shown with its entry in the main window', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Latency spike', 'Major');
  const note = await openQuickNote(app.context, app.origin);
  await app.bridge.emit(note, 'onQuickNoteShown', { pressedAt: Date.now() });
  await quickNoteBox(note).fill('p99 graph');
  await quickNoteBox(note).evaluate(async (box) => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 32;
    canvas.getContext('2d')!.fillRect(0, 0, 64, 32);
    const blob = await new Promise<Blob>((done) => canvas.toBlob((b) => done(b!), 'image/png'));
    const data = new DataTransfer();
    data.items.add(new File([blob], 'graph.png', { type: 'image/png' }));
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(note.getByRole('img', { name: 'Pasted image 1' })).toBeVisible();
  await quickNoteBox(note).press('Enter');
  await expectHidden(app.bridge.calls, note, 1);

  const image = entryRow(main, 'p99 graph').getByRole('img', { name: 'Attached image graph.png' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);
});

test('the main window keeps the tray in step with the live incident', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Signups failing', 'Critical');
  await expect
    .poll(() => app.bridge.calls.filter((c) => c.name === 'setTrayState').at(-1)?.request)
    .toEqual({ activeIncident: { title: 'Signups failing', severity: 'critical' } });
});
