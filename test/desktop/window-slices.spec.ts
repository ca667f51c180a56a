import { expect, test } from '@playwright/test';
import { startSitrep, type Sitrep } from './support/desktop';

// Issue 10, finding 6: each window gets its slice of the contract. Script in the quick note or the
// always-on-top checklist cannot reach the GitHub token, publish an analysis or write files; the checklist may
// send a comms update (issue 12) but cannot read or change a credential.
let sitrep: Sitrep | undefined;
test.afterEach(async () => {
  await sitrep?.quit();
  sitrep?.profile.dispose();
  sitrep = undefined;
});

const bridgeMethods = (page: import('@playwright/test').Page) =>
  page.evaluate(() => Object.keys((window as unknown as { sitrep?: object }).sitrep ?? {}).sort());

test('the quick note and the checklist see only their own channels; the main window keeps the export', async () => {
  sitrep = await startSitrep();
  const main = await sitrep.window('index.html');
  const quickNote = await sitrep.window('quick-note.html');
  expect(await bridgeMethods(quickNote)).toEqual(['fitQuickNote', 'hideQuickNote', 'onExternalNote', 'onQuickNoteShown']);
  expect(await quickNote.evaluate(() => typeof (window as unknown as { sitrep: Record<string, unknown> }).sitrep.publishAnalysis)).toBe('undefined');

  await main.evaluate(() => (window as unknown as { sitrep: { showChecklist(): Promise<void> } }).sitrep.showChecklist());
  const checklist = await sitrep.window('checklist.html');
  expect(await bridgeMethods(checklist)).toEqual(['getCommsSettings', 'listCommsSends', 'onCommsSendsChanged', 'retryCommsSend', 'sendCommsUpdate']);

  expect(await bridgeMethods(main)).toEqual(expect.arrayContaining(['publishAnalysis', 'saveAnalysisToFolder', 'setGitHubToken']));
  expect(await bridgeMethods(main)).not.toContain('hideQuickNote');
});
