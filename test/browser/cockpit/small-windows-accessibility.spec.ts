import { checklistContentSize } from '../../../src/main/checklist-window';
import { test, expect } from '../support/fixtures';
import { axeViolations } from '../support/axe';
import { quickNoteOpenBounds } from '../support/quick-note-window';
import { declare, enterName, openMainWindow } from '../main-window/main-window-page';

// The two small windows at the sizes main gives them, in both themes: names, roles and contrast hold there too.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`the quick note and the checklist pass axe's WCAG 2.1 AA checks at their real sizes, ${colorScheme} theme`, async ({ app }) => {
    const main = await openMainWindow(app.context, app.origin);
    await enterName(main, 'Dana Scully');

    const note = await app.context.newPage();
    await note.emulateMedia({ colorScheme });
    const { width, height } = quickNoteOpenBounds();
    await note.setViewportSize({ width, height });
    await note.goto(`${app.origin}/quick-note.html`);
    const title = note.getByRole('textbox', { name: 'New incident title' });
    await title.pressSequentially('Disk full on db-1', { delay: 20 });
    await title.press('Enter');
    await expect(note.getByRole('alert')).toContainText('Choose a severity first');
    expect(await axeViolations(note), 'quick note, declaring').toEqual([]);

    await declare(main, 'Disk full on db-1', 'Major');
    await declare(main, 'Replica lag above 5 minutes on the reporting database cluster', 'Minor');
    const list = await app.context.newPage();
    await list.emulateMedia({ colorScheme });
    await list.setViewportSize(checklistContentSize());
    await list.goto(`${app.origin}/checklist.html`);
    await list.getByRole('checkbox', { name: 'Keep timestamped notes' }).click();
    await expect(list.getByRole('checkbox', { name: 'Keep timestamped notes' })).toBeChecked();
    expect(await axeViolations(list), 'checklist with two live incidents').toEqual([]);
  });
}
