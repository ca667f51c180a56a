import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../browser/support/fixtures';
import { installBridge } from '../browser/support/bridge';
import { declare, enterName, openMainWindow, write } from '../browser/main-window/main-window-page';

// Refreshes the README's picture of the main window: `npm run screenshot` (it rewrites a tracked file, so it is
// a tool of its own, not part of the browser suite).
const target = resolve(process.cwd(), 'docs/screenshot-main.png');

const timeZone = 'Europe/Berlin';
// The page's time fields read Berlin wall-clock time; Swedish formatting gives "YYYY-MM-DD hh:mm:ss".
const localInput = (ms: number) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
    .format(ms)
    .replace(' ', 'T');

async function writeAt(page: Page, text: string, at: number): Promise<void> {
  const setTime = page.getByRole('button', { name: 'Set time' });
  if ((await setTime.getAttribute('aria-expanded')) !== 'true') await setTime.click();
  await page.getByLabel(/Happened at/).fill(localInput(at));
  await write(page, text);
}

test('screenshot of the main window with a realistic incident', async ({ browserInstance, server }) => {
  // A lead in Berlin, at night: local time and UTC differ, and the dark theme is on.
  const context = await browserInstance.newContext({
    timezoneId: timeZone,
    colorScheme: 'dark',
    viewport: { width: 1280, height: 800 },
  });
  await installBridge(context);
  const page = await openMainWindow(context, server.origin);
  await enterName(page, 'Dana Okafor');
  await declare(page, 'Slow dashboards in EU after cache rollout', 'Minor');
  await page.getByRole('button', { name: 'Resolve' }).click();
  await page.getByRole('textbox', { name: 'Root cause' }).fill('Cache TTL set to 1 s by a config typo');
  await page.getByRole('textbox', { name: 'Fix in place' }).fill('TTL restored to 300 s');
  await page.getByRole('dialog').getByRole('button', { name: 'Resolve' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();

  const start = Date.now() - 47 * 60_000;
  await page.getByRole('button', { name: 'Declare incident', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Declare an incident' });
  await dialog.getByRole('textbox', { name: 'What is wrong?' }).fill('Checkout fails for EU customers (payment gateway 502)');
  await dialog.getByRole('radio', { name: 'Major', exact: true }).check();
  await dialog.getByLabel(/Impact started at/).fill(localInput(start));
  await dialog.getByRole('button', { name: 'Declare', exact: true }).click();
  await expect(dialog).toBeHidden();
  const lines: [number, string][] = [
    [2, 'impact Checkout error rate at 38% in eu-west; US unaffected'],
    [4, 'Pager alert "gateway-5xx-high" fired at 14:02; on-call acknowledged'],
    [6, '? Gateway v2.4 (deployed 13:55) changed the TLS chain for EU endpoints'],
    [9, '> Priya checking gateway logs; Tom opened a ticket with the payment provider'],
    [12, '! Freeze all deploys to payments until this is resolved'],
    [15, '@detected Confirmed the 502s start exactly at the v2.4 deploy'],
    [19, '> Rolling back gateway to v2.3.1 in eu-west first, then eu-central'],
    [27, '@mitigated Error rate back under 1% after the rollback'],
    [31, 'todo Alert on TLS handshake failures per region, not just 5xx'],
    [35, 'learn The canary only received US traffic, so it could not see the EU chain'],
  ];
  for (const [minute, text] of lines) await writeAt(page, text, start + minute * 60_000);
  await write(page, 'Status page updated: "Payments in the EU are recovering; we are monitoring."\nNext update in 30 min.');
  await write(page, '/status monitoring');
  await page.getByRole('textbox', { name: 'New entry' }).fill('? Was eu-central affected as well');
  for (const dismiss of await page.getByRole('button', { name: 'Dismiss message' }).all()) await dismiss.click();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: target });
  await context.close();
});
