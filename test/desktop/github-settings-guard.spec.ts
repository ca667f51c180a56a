import { expect, test } from '@playwright/test';
import { enterName } from '../browser/main-window/main-window-page';
import { startSitrep, type Sitrep } from './support/desktop';

// Issue 10, finding 1, as the lead sees it: with a token stored, moving the export to another repository or
// API address is asked in main's own dialog; Cancel keeps everything, a new address drops the token, and an
// address that is not a GitHub server is refused in words.
let sitrep: Sitrep | undefined;
test.afterEach(async () => {
  await sitrep?.quit();
  sitrep?.profile.dispose();
  sitrep = undefined;
});

test("the repository and API address change only through main's dialog, and a new address needs the token again", async () => {
  sitrep = await startSitrep();
  const main = await sitrep.window('index.html');
  await enterName(main, 'Dana Scully');
  await main.getByRole('button', { name: /^Settings/ }).click();
  const section = main.getByRole('region', { name: 'GitHub export' });
  const repository = section.getByRole('textbox', { name: 'Analysis repository' });
  const address = section.getByRole('textbox', { name: 'API base URL' });
  const save = section.getByRole('button', { name: 'Save GitHub settings' });
  await repository.fill('acme/incident-analyses');
  await save.click();
  await expect(section.getByRole('status')).toContainText('GitHub settings saved.');
  await section.getByLabel('GitHub token').pressSequentially('ghp_guarded_token_0123456789', { delay: 5 });
  await section.getByRole('button', { name: 'Save token' }).click();
  await expect(section.getByText('A token is stored, encrypted by the system.')).toBeVisible();

  // Nobody answers the dialog: Cancel, the first button. Nothing changes.
  await repository.fill('mallory/loot');
  await save.click();
  await expect(section.getByRole('status')).toContainText('Nothing was changed');
  await expect(repository).toHaveValue('acme/incident-analyses');
  expect((await sitrep.controls.messageBoxes()).map((box) => box.message)).toEqual([expect.stringContaining('mallory/loot')]);

  await address.fill('https://169.254.169.254/latest');
  await save.click();
  await expect(section.getByRole('alert')).toHaveText(/link-local address, not a GitHub server/);

  await sitrep.controls.answerNextMessageBox(1);
  await address.fill('https://ghe.example.com/api/v3');
  await save.click();
  await expect(section.getByRole('status')).toContainText('GitHub settings saved.');
  await expect(section.getByText('No token yet.')).toBeVisible();
  await expect(section.getByRole('button', { name: 'Remove token' })).toBeHidden();
});
