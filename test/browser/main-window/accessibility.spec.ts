import { test, expect } from '../support/fixtures';
import { axeViolations as violations } from '../support/axe';
import { declare, enterName, openMainWindow, write } from './main-window-page';

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the main window passes axe's WCAG 2.1 AA checks in the ${colorScheme} theme`, async ({ app }) => {
    const page = await openMainWindow(app.context, app.origin);
    await page.emulateMedia({ colorScheme });
    await expect(page.getByRole('textbox', { name: 'Your name' })).toBeVisible();
    expect(await violations(page), 'first run').toEqual([]);

    await enterName(page, 'Dana Scully');
    expect(await violations(page), 'no incident yet').toEqual([]);

    await page.keyboard.press('Alt+N');
    await expect(page.getByRole('dialog', { name: 'Declare an incident' })).toBeVisible();
    await page.keyboard.press('Alt+G');
    expect(await violations(page), 'declare dialog').toEqual([]);
    await page.keyboard.press('Escape');

    await declare(page, 'Queue consumers stalled', 'Critical');
    for (const text of ['? Broker disk full', '! Fail over to the standby broker', 'impact Orders delayed by 10 min']) {
      await write(page, text);
    }
    await write(page, '/sev major');
    const row = page.getByRole('listitem').filter({ hasText: 'Broker disk full' });
    await row.focus();
    await page.keyboard.press('Delete');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    expect(await violations(page), 'incident view').toEqual([]);

    await page.keyboard.press('Control+K');
    await expect(page.getByRole('dialog', { name: 'Commands' })).toBeVisible();
    expect(await violations(page), 'command palette').toEqual([]);
    await page.keyboard.press('Escape');

    await page.keyboard.press('Alt+R');
    await page.getByRole('dialog', { name: 'Resolve the incident' }).getByRole('button', { name: 'Resolve' }).click();
    await expect(page.getByRole('dialog').getByRole('alert')).toBeVisible();
    expect(await violations(page), 'resolve refused').toEqual([]);
    await page.keyboard.press('Escape');

    await page.keyboard.press('Control+,');
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    expect(await violations(page), 'settings').toEqual([]);
  });
}
