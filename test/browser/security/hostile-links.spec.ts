import { createShellHandlers, type ShellServices } from '../../../src/main/app-handlers';
import type { OutboxItemView } from '../../../src/shared/contract/github-schemas';
import { storedRows } from '../cockpit/cockpit-pages';
import { declare, enterName, openMainWindow } from '../main-window/main-window-page';
import { installBridge } from '../support/bridge';
import { expect, test } from '../support/fixtures';

/*
 * A link main hands the page comes from a server (the pull request's address from GitHub or an Enterprise
 * server). If that server is hostile and answers with a javascript: or file: address, clicking the link runs
 * nothing, the window stays on the app, and the address reaches main's openExternal handler, which refuses it.
 * Behind the bridge: main's real shell handler, with the system browser recorded.
 */
for (const url of ['javascript:window.__pwned=1', 'file:///etc/passwd']) {
  test(`a pull request link to ${url.split(':')[0]}: runs nothing, goes nowhere, never reaches the browser`, async ({ app, browserInstance }) => {
    const opened: string[] = [];
    // Only openExternal is used here; the other services are not reached.
    const shell = createShellHandlers({ openExternal: async (u: string) => void opened.push(u) } as Partial<ShellServices> as ShellServices);
    const refusals: string[] = [];
    const context = await browserInstance.newContext();
    let outbox: OutboxItemView[] = [];
    const bridge = await installBridge(context, {
      listOutbox: () => outbox,
      openExternal: async (request) => {
        try {
          await shell.openExternal(request);
        } catch (error) {
          refusals.push((error as Error).message);
        }
      },
    });
    try {
      const page = await openMainWindow(context, app.origin);
      await enterName(page, 'Dana Scully');
      await declare(page, 'Search is slow', 'Minor');
      const [incident] = await storedRows(page, 'incidents');
      const incidentId = incident!.id as string;
      // What main's outbox would broadcast after a hostile server answered the pull request.
      const item: OutboxItemView = {
        id: 'ob-1',
        incidentId,
        title: 'Incident analysis',
        state: 'done',
        attempts: 1,
        createdAt: Date.now(),
        nextAttemptAt: null,
        pullRequestUrl: url,
        error: null,
      };
      outbox = [item];
      await page.keyboard.press('Alt+R');
      const resolve = page.getByRole('dialog', { name: 'Resolve the incident' });
      await resolve.getByRole('textbox', { name: 'Root cause' }).fill('Cold cache after deploy');
      await resolve.getByRole('textbox', { name: 'Fix in place' }).fill('Warmed the cache');
      await resolve.getByRole('button', { name: 'Resolve' }).click();
      await page.getByRole('tab', { name: 'Analysis' }).click();
      const panel = page.getByRole('tabpanel');
      const link = panel.getByRole('region', { name: 'Outbox' }).getByRole('link', { name: 'Open the pull request' });
      await expect(link).toBeVisible();
      const before = page.url();
      await link.click();
      await expect.poll(() => refusals.length).toBe(1);
      expect(refusals[0]).toMatch(/only http\(s\) links/);
      expect(opened).toEqual([]);
      expect(page.url()).toBe(before);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(bridge.calls.filter((c) => c.name === 'openExternal').map((c) => c.request)).toEqual([{ url }]);
    } finally {
      await context.close();
    }
  });
}
