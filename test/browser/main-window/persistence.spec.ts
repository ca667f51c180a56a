import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from '../support/chromium';
import { installBridge } from '../support/bridge';
import { test, expect } from '../support/fixtures';
import { declare, enterName, entryRow, openMainWindow, write } from './main-window-page';

test('the log survives closing and restarting the browser', async ({ server }) => {
  const profile = await mkdtemp(join(tmpdir(), 'sitrep-profile-'));
  try {
    const before = await chromium.launchPersistentContext(profile, launchOptions());
    await installBridge(before);
    const page = await openMainWindow(before, server.origin);
    await enterName(page, 'Dana Scully');
    await declare(page, 'Queue backlog on orders', 'Major');
    await write(page, '! Scale consumers from 4 to 12');
    await before.close();

    const after = await chromium.launchPersistentContext(profile, launchOptions());
    await installBridge(after);
    const again = await openMainWindow(after, server.origin);
    // No first-run question: the name was kept; the incident and its entry too.
    await expect(again.getByRole('navigation', { name: 'Incidents' })).toBeVisible();
    await expect(again.getByRole('textbox', { name: 'Your name' })).toHaveCount(0);
    await again.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: /Queue backlog on orders/ }).click();
    await expect(entryRow(again, 'Scale consumers from 4 to 12')).toBeVisible();
    await expect(entryRow(again, 'Scale consumers from 4 to 12')).toContainText('Dana Scully');
    await after.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
