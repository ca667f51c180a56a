import { test as base, chromium, type Browser, type BrowserContext } from '@playwright/test';
import { launchOptions } from './chromium';
import { serveRenderer, type StaticServer } from './static-server';
import { installBridge, type TestBridge } from './bridge';

interface WorkerFixtures {
  server: StaticServer;
  browserInstance: Browser;
}

interface TestFixtures {
  /** A fresh context (its own IndexedDB) with the bridge installed; its pages stand in for windows. */
  app: { context: BrowserContext; bridge: TestBridge; origin: string };
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await serveRenderer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  browserInstance: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await chromium.launch(launchOptions());
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  app: async ({ browserInstance, server }, use) => {
    const context = await browserInstance.newContext();
    const bridge = await installBridge(context);
    await use({ context, bridge, origin: server.origin });
    await context.close();
  },
});

export { expect } from '@playwright/test';
