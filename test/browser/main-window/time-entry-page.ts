import type { Locator, Page } from '@playwright/test';
import { expect } from '../support/fixtures';

/*
 * Typing times as a person does: key by key with a delay, into the one date-time field, reading what it
 * says it will save before pressing Enter.
 */

/** The wall clock of `timeZone` as a person would type it: "2026-10-24 23:45". */
export function localText(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
}

/** "2026-10-24 22:45:00 UTC", as the app writes UTC times. */
export function utcText(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** Types into a time field from the keyboard (focusing it selects what it held, so typing replaces it). */
export async function typeTime(field: Locator, text: string, delay: number): Promise<void> {
  await field.focus();
  await field.pressSequentially(text, { delay });
}

/**
 * Writes one composer entry dated back: the text typed, Set time, Tab to the field, the time typed, and
 * Enter in the field, as the lead did. Waits for the draft to clear (the write committed).
 */
export async function writeAt(page: Page, text: string, time: string, delay: number, expectReads?: RegExp): Promise<void> {
  const box = page.getByRole('textbox', { name: 'New entry' });
  await page.keyboard.press('Alt+W');
  await expect(box).toBeFocused();
  await box.pressSequentially(text, { delay: 5 });
  const setTime = page.getByRole('button', { name: 'Set time' });
  const field = page.getByRole('textbox', { name: /^Happened at/ });
  if ((await setTime.getAttribute('aria-expanded')) !== 'true') {
    await setTime.click();
    await page.keyboard.press('Tab');
  } else {
    // Still open from a refusal or a cleared time: straight to it.
    await field.focus();
  }
  await expect(field).toBeFocused();
  await field.pressSequentially(time, { delay });
  if (expectReads) await expect(field).toHaveAccessibleDescription(expectReads);
  await field.press('Enter');
  await expect(box).toHaveValue('');
}
