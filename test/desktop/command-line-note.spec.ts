import { expect, test } from '@playwright/test';
import { declare, enterName, entryRow } from '../browser/main-window/main-window-page';
import { storedRows } from '../browser/cockpit/cockpit-pages';
import { runSecondInstance } from '../shell/launcher';
import { startSitrep, type Sitrep } from './support/desktop';

// Issue 10, finding 9: a note from the command line is text, never a command or a milestone (README: "--note").
let sitrep: Sitrep | undefined;
test.afterEach(async () => {
  await sitrep?.quit();
  sitrep?.profile.dispose();
  sitrep = undefined;
});

test('`sitrep --note "/lead mallory"` and `--note "@mitigated"` are saved as notes: the lead and the milestones stay', async () => {
  sitrep = await startSitrep();
  const main = await sitrep.window('index.html');
  await enterName(main, 'Dana Scully');
  await declare(main, 'Search is slow', 'Minor');

  for (const text of ['/lead mallory', '@mitigated cache flushed']) {
    expect(await runSecondInstance({ profile: sitrep.profile, args: ['--note', text] })).toBe(0);
    const row = entryRow(main, text);
    await expect(row).toBeVisible();
    await expect(row.locator('.badge.kind')).toHaveText('Note');
  }
  const [incident] = (await storedRows(main, 'incidents')) as { lead: string }[];
  expect(incident).toMatchObject({ lead: 'Dana Scully' });
  const entries = (await storedRows(main, 'entries')) as { text: string; milestone?: string | null }[];
  expect(entries.filter((e) => e.text.includes('mitigated') || e.text.includes('mallory')).map((e) => e.milestone ?? null)).toEqual([null, null]);
});
