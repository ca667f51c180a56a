import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { installBridge } from '../support/bridge';
import { enterName, entryRow, headerFact, openMainWindow } from './main-window-page';
import { localText, typeTime, utcText, writeAt } from './time-entry-page';

/*
 * A post-mortem replayed after the fact, a month later, from the keyboard: declared with its own time, ten
 * rows over nine days that cross both the European (25 Oct) and the American (1 Nov) clock change, typed
 * partly in local time and partly in UTC, resolved at its own time, details corrected afterwards. Run in
 * two time zones, the export must say the same UTC dates, metrics and file name.
 */
const at = (iso: string) => Date.parse(iso);
const IMPACT = at('2026-10-24T21:50:00Z');
const DECLARED = at('2026-10-24T22:40:00Z');
const RESOLVED = at('2026-11-02T12:00:00Z');
const CORRECTED_IMPACT = at('2026-10-24T21:40:00Z');

/** Whether the local wall time of `ms` happened twice (the hour repeated when clocks go back). */
const repeatedHour = (ms: number, timeZone: string) =>
  [ms - 3_600_000, ms + 3_600_000].some((other) => localText(other, timeZone) === localText(ms, timeZone));

const rows: [string, number, string][] = [
  ['> Paged the database on-call', at('2026-10-24T22:45:00Z'), 'local'],
  // 02:30 in Berlin happened twice that night: the rows in it are typed in UTC (repeatedHour).
  ['@detected Replica lag alarms traced to the primary', at('2026-10-25T00:30:00Z'), 'utc'],
  ['? Checkpoint storm after the vacuum change', at('2026-10-25T01:30:00Z'), 'local'],
  ['/sev critical', at('2026-10-25T09:00:00Z'), 'local'],
  ['@mitigated Writes back under one second', at('2026-10-26T14:00:00Z'), 'utc'],
  ['/sev major', at('2026-10-27T08:15:00Z'), 'local'],
  ['/status monitoring', at('2026-10-31T23:59:00Z'), 'utc'],
  // 01:30 in New York happened twice that night.
  ['Replica caught up overnight', at('2026-11-01T05:30:00Z'), 'utc'],
  ['! Keep the old vacuum settings', at('2026-11-01T07:30:00Z'), 'local'],
  ['learn Vacuum settings need a canary', at('2026-11-02T10:00:00Z'), 'local'],
];

/** What each row is shown as on the timeline once saved (the prefix gone, a command as its record). */
const shownAs: Record<string, string> = {
  '/sev critical': 'Severity changed from major to critical',
  '/sev major': 'Severity changed from critical to major',
  '/status monitoring': 'Status changed from investigating to monitoring',
};
const shown = (text: string) => shownAs[text] ?? text.replace(/^(> |\? |! |learn |@detected |@mitigated )/, '');

async function declareAfterTheFact(page: Page, timeZone: string): Promise<void> {
  await page.keyboard.press('Alt+N');
  const dialog = page.getByRole('dialog', { name: 'Declare an incident' });
  await dialog.getByRole('textbox', { name: 'What is wrong?' }).pressSequentially('Replica lag on the orders database', { delay: 5 });
  await dialog.getByRole('radio', { name: 'Major', exact: true }).check();
  await typeTime(dialog.getByRole('textbox', { name: /^Impact started at/ }), utcText(IMPACT), 40);
  const declared = dialog.getByRole('textbox', { name: /^Declared at/ });
  await typeTime(declared, localText(DECLARED, timeZone), 40);
  await expect(declared).toHaveAccessibleDescription(new RegExp(`^Reads as ${utcText(DECLARED)} · `));
  await declared.press('Enter');
  await expect(dialog).toBeHidden();
}

for (const timeZone of ['Europe/Berlin', 'America/New_York']) {
  test(`a multi-day incident backfilled in ${timeZone} exports its own dates, metrics and file name`, async ({ browserInstance, server }) => {
    const context = await browserInstance.newContext({ timezoneId: timeZone, viewport: { width: 1400, height: 900 } });
    await installBridge(context);
    await context.clock.install({ time: at('2026-11-29T15:00:00Z') });
    try {
      const page = await openMainWindow(context, server.origin);
      await enterName(page, 'Dana Scully');
      await declareAfterTheFact(page, timeZone);
      await expect(page.getByRole('heading', { level: 1, name: 'Replica lag on the orders database' })).toBeVisible();

      // In local time, the repeated hour is refused with a sentence rather than guessed.
      const ambiguous = timeZone === 'Europe/Berlin' ? rows[1]![1] : rows[7]![1];
      await page.keyboard.press('Alt+W');
      await page.getByRole('button', { name: 'Set time' }).click();
      const field = page.getByRole('textbox', { name: /^Happened at/ });
      await typeTime(field, localText(ambiguous, timeZone), 20);
      await expect(field).toHaveAccessibleDescription(/happened twice in .*type it in UTC/);
      await page.getByRole('button', { name: 'Use the current time' }).click();

      for (const [text, when, form] of rows) {
        const typed = form === 'utc' || repeatedHour(when, timeZone) ? utcText(when) : localText(when, timeZone);
        await writeAt(page, text, typed, 25, new RegExp(`^Reads as ${utcText(when)} · `));
        await expect(entryRow(page, shown(text)).locator('time .utc')).toHaveText(utcText(when));
      }

      // Still live, the replay's clock runs to its latest entry (2 Nov 10:00), not to today, a month later.
      await expect(headerFact(page, 'Elapsed')).toHaveText('8 d 12 h since impact to the latest entry (logged after the fact)');
      const listed = page.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: /^Replica lag on the orders database/ });
      await expect(listed).toContainText('8 d 12 h');

      await page.keyboard.press('Alt+R');
      const resolve = page.getByRole('dialog', { name: 'Resolve the incident' });
      await resolve.getByRole('textbox', { name: 'Root cause' }).pressSequentially('An aggressive vacuum setting starved replication', { delay: 5 });
      await resolve.getByRole('textbox', { name: 'Fix in place' }).pressSequentially('Vacuum settings reverted; replicas resynced', { delay: 5 });
      await typeTime(resolve.getByRole('textbox', { name: /^Resolved at/ }), localText(RESOLVED, timeZone), 25);
      await resolve.getByRole('button', { name: 'Resolve' }).click();
      await expect(resolve).toBeHidden();

      // Later, the details: a better title, a summary, and the impact start found ten minutes earlier.
      await page.keyboard.press('Alt+U');
      const details = page.getByRole('dialog', { name: 'Edit incident details' });
      const title = details.getByRole('textbox', { name: 'Title' });
      await title.press('End');
      await title.pressSequentially(' (EU orders)', { delay: 5 });
      await details.getByRole('textbox', { name: 'Summary' }).pressSequentially('Orders were delayed for two days.', { delay: 5 });
      await typeTime(details.getByRole('textbox', { name: /^Impact started at/ }), utcText(CORRECTED_IMPACT), 25);
      await details.getByRole('button', { name: 'Save details' }).click();
      await expect(details).toBeHidden();
      await expect(entryRow(page, 'Details edited:')).toContainText(
        'Details edited: title to "Replica lag on the orders database (EU orders)", summary, impact start to 2026-10-24 21:40:00 UTC',
      );

      // The header follows the incident's own times: lasted from the impact to the resolution, not a month.
      await expect(headerFact(page, 'Lasted')).toContainText('8 d 14 h');
      await expect(listed).toContainText('8 d 14 h');
      await expect(headerFact(page, 'Resolved')).toContainText('2026-11-02 12:00:00 UTC');

      await page.getByRole('tab', { name: 'Analysis' }).click();
      // Named for the day the impact began (UTC), whatever day the buttons were pressed.
      const preview = page.getByRole('region', { name: /^Preview of (.+\/)?2026-10-24-replica-lag-on-the-orders-database-eu-orders\.md$/ });
      // The raw Markdown, as it is sent (the panel opens on the rendered view).
      await preview.getByRole('button', { name: 'Raw Markdown' }).click();
      await expect(preview).toContainText('severity_final:');
      const markdown = (await preview.textContent()) ?? '';
      for (const line of [
        'severity: critical',
        'severity_final: major',
        'declared: 2026-10-24T22:40:00.000Z',
        'impact_started: 2026-10-24T21:40:00.000Z',
        'resolved: 2026-11-02T12:00:00.000Z',
        'duration: 8 d 13 h',
      ]) {
        expect(markdown).toContain(`\n${line}\n`);
      }
      // Hand count: 21:40 → 00:30 is 2 h 50 min; → 26 Oct 14:00 is 40 h 20 min; → 2 Nov 12:00 is 206 h 20 min.
      expect(markdown).toMatch(/\| Time to detect \| 2 h 50 min \|/);
      expect(markdown).toMatch(/\| Time to mitigate \| 40 h 20 min \|/);
      expect(markdown).toMatch(/\| Time to resolve \| 8 d 14 h \|/);
      expect(markdown).toMatch(/\| Total duration \| 8 d 13 h \|/);
      for (const [text, when] of rows) {
        const line = markdown.split('\n').find((l) => l.includes(shown(text).replace(/[|`]/g, '')));
        expect(line, text).toContain(utcText(when).replace(' UTC', ''));
      }
    } finally {
      await context.close();
    }
  });
}
