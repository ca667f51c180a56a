import type { BrowserContext, Page } from '@playwright/test';
import { expect } from '../support/fixtures';

/*
 * How a person drives the main window, written once: by role and accessible name, as they would find things.
 */

export async function openMainWindow(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/index.html`);
  return page;
}

export async function enterName(page: Page, name: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('navigation', { name: 'Incidents' })).toBeVisible();
}

export async function declare(
  page: Page,
  title: string,
  severity: 'Minor' | 'Major' | 'Critical' = 'Major',
): Promise<void> {
  await page.getByRole('button', { name: 'Declare incident', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Declare an incident' });
  await dialog.getByRole('textbox', { name: 'What is wrong?' }).fill(title);
  await dialog.getByRole('radio', { name: severity, exact: true }).check();
  await dialog.getByRole('button', { name: 'Declare', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

export function timeline(page: Page) {
  return page.getByRole('list', { name: 'Timeline' });
}

export function entryRow(page: Page, text: string | RegExp) {
  return timeline(page).getByRole('listitem').filter({ hasText: text });
}

/** Types into the composer and presses Enter; waits until the draft is cleared (the write committed). */
export async function write(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'New entry' });
  await box.fill(text);
  await box.press('Enter');
  await expect(box).toHaveValue('');
}

/** Runs a command from the palette (Ctrl+K), as the keyboard-first user does. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Commands' });
  await palette.getByRole('combobox', { name: 'Command' }).fill(title);
  await palette.getByRole('option', { name: title }).click();
}

/** A fact in the incident header ("Severity", "Status", "Lead", …): the definition beside its term. */
export function headerFact(page: Page, term: string) {
  return page
    .locator('.facts > div')
    .filter({ has: page.getByRole('term').getByText(term, { exact: true }) })
    .getByRole('definition');
}
