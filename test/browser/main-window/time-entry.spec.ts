import { test, expect } from '../support/fixtures';
import { installBridge } from '../support/bridge';
import { declare, enterName, entryRow, headerFact, openMainWindow } from './main-window-page';
import { writeAt } from './time-entry-page';

/*
 * The lead: Alt+W, text, Set time, Tab, a time typed at about 150 ms a key while the page's clock
 * ticks (page.clock runs timers as time passes), Enter. Every time must be saved as the moment typed.
 */
const timeZone = 'Europe/Berlin';
// Wednesday 2026-01-14 12:00 in Berlin (11:00 UTC).
const NOW = Date.UTC(2026, 0, 14, 11, 0, 0);

test('times typed at human speed on a ticking clock are saved as typed; the future and the absurd are refused', async ({ browserInstance, server }) => {
  const context = await browserInstance.newContext({ timezoneId: timeZone });
  await installBridge(context);
  await context.clock.install({ time: NOW });
  try {
    const page = await openMainWindow(context, server.origin);
    await enterName(page, 'Dana Scully');
    await declare(page, 'Payments time out');

    // Each form a lead types, with what the row must show: local (Berlin, winter) and UTC.
    const cases: [string, string, string, string][] = [
      ['Pager went off', '2026-01-14 02:03:00', '2026-01-14 02:03:00 CET', '2026-01-14 01:03:00 UTC'],
      ['Dashboards red since the deploy', '2026-01-14 10:18 UTC', '2026-01-14 11:18:00 CET', '2026-01-14 10:18:00 UTC'],
      ['Customer tickets started', 'yesterday 16:58', '2026-01-13 16:58:00 CET', '2026-01-13 15:58:00 UTC'],
      ['Canary failed', '10:18', '2026-01-14 10:18:00 CET', '2026-01-14 09:18:00 UTC'],
      ['Header from the load balancer', 'Wed, 14 Jan 2026 09:30:15 GMT', '2026-01-14 10:30:15 CET', '2026-01-14 09:30:15 UTC'],
    ];
    for (const [text, typed, local, utc] of cases) {
      await writeAt(page, text, typed, 150, new RegExp(`^Reads as ${utc} · ${local}$`));
      // Times of today show without their date; yesterday's with it.
      const shown = (time: string) => time.replace(/^2026-01-14 /, '');
      const row = entryRow(page, text);
      await expect(row.locator('time .local')).toHaveText(shown(local));
      await expect(row.locator('time .utc')).toHaveText(local.startsWith('2026-01-14') ? shown(utc) : utc);
    }

    // A year in 2099 and an unreadable string: refused with a sentence, and nothing saved.
    const box = page.getByRole('textbox', { name: 'New entry' });
    const field = page.getByRole('textbox', { name: /^Happened at/ });
    for (const [typed, sentence] of [
      ['2099-01-14 02:03', /^2099-01-14 01:03:00 UTC is in the future; the timeline records what already happened\./],
      ['01142026020300A', /^Sitrep cannot read "01142026020300A" as a time\. Type a date and time, for example/],
    ] as const) {
      await page.keyboard.press('Alt+W');
      await box.pressSequentially('From the future', { delay: 5 });
      const setTime = page.getByRole('button', { name: 'Set time' });
      if ((await setTime.getAttribute('aria-expanded')) !== 'true') await setTime.click();
      await field.focus();
      await field.pressSequentially(typed, { delay: 150 });
      await expect(field).toHaveAccessibleDescription(sentence);
      await field.press('Enter');
      await expect(page.locator('#composer-error')).toHaveText(sentence);
      await expect(page.locator('#composer-error')).not.toContainText(/expected|Too small|occurredAt/);
      await expect(box).toHaveValue('From the future');
      await expect(entryRow(page, 'From the future')).toHaveCount(0);
      // Start over: the time back to "now", the text cleared.
      await page.getByRole('button', { name: 'Use the current time' }).click();
      await expect(field).toHaveValue('');
      await box.fill('');
    }
  } finally {
    await context.close();
  }
});

test('a command with Set time on a past moment is placed there, or the composer says why not', async ({ browserInstance, server }) => {
  const context = await browserInstance.newContext({ timezoneId: timeZone });
  await installBridge(context);
  await context.clock.install({ time: NOW });
  try {
    const page = await openMainWindow(context, server.origin);
    await enterName(page, 'Dana Scully');
    await declare(page, 'Search is slow');
    // Ten minutes after the declaration (12:00 in Berlin), typed at 12:20.
    await context.clock.fastForward('20:00');
    await writeAt(page, '/status identified', '12:10', 120);
    const row = entryRow(page, 'Status changed from investigating to identified');
    await expect(row.locator('time .utc')).toHaveText('11:10:00 UTC');
    await writeAt(page, '/sev critical', '2026-01-14 11:12:30 UTC', 120);
    await expect(entryRow(page, 'Severity changed from major to critical').locator('time .utc')).toHaveText('11:12:30 UTC');

    // Before the incident was declared: the command is refused with the reason, and the typed text stays.
    const box = page.getByRole('textbox', { name: 'New entry' });
    await page.keyboard.press('Alt+W');
    await box.pressSequentially('/lead Fox Mulder', { delay: 5 });
    await page.getByRole('button', { name: 'Set time' }).click();
    await page.keyboard.press('Tab');
    await page.getByRole('textbox', { name: /^Happened at/ }).pressSequentially('09:00', { delay: 120 });
    await page.keyboard.press('Enter');
    await expect(page.locator('#composer-error')).toContainText('before the incident was declared (2026-01-14 11:00:');
    await expect(box).toHaveValue('/lead Fox Mulder');
    await expect(entryRow(page, 'Lead handed over')).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test('moving the Declared row moves the incident with it, and the change is on the timeline', async ({ browserInstance, server }) => {
  const context = await browserInstance.newContext({ timezoneId: timeZone });
  await installBridge(context);
  await context.clock.install({ time: NOW });
  try {
    const page = await openMainWindow(context, server.origin);
    await enterName(page, 'Dana Scully');
    await declare(page, 'Login loops');
    const declaredRow = entryRow(page, 'Declared as major by Dana Scully');
    await declaredRow.focus();
    await page.keyboard.press('Alt+E');
    const dialog = page.getByRole('dialog', { name: 'Edit entry' });
    const field = dialog.getByRole('textbox', { name: 'Happened at' });
    // The page clock ticks: the incident was declared a few seconds after 12:00.
    await expect(field).toHaveValue(/^2026-01-14 12:00:\d\d$/);
    await field.focus();
    await field.pressSequentially('yesterday 23:15', { delay: 120 });
    await expect(field).toHaveAccessibleDescription('Reads as 2026-01-13 22:15:00 UTC · 2026-01-13 23:15:00 CET');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog).toBeHidden();

    await expect(headerFact(page, 'Declared')).toHaveText('2026-01-13 23:15:00 CET 2026-01-13 22:15:00 UTC');
    await expect(entryRow(page, 'Details edited: declared time to 2026-01-13 22:15:00 UTC')).toHaveCount(1);
    await expect(declaredRow).toContainText(/time changed from 2026-01-14 12:00:\d\d CET \(original\)/);
  } finally {
    await context.close();
  }
});
