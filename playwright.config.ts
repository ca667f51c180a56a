import { defineConfig } from '@playwright/test';

// Browser tests run the built renderer (out/renderer) in Chromium: Debian's /usr/bin/chromium here and in CI,
// Playwright's own Chromium on a laptop (set SITREP_CHROMIUM to choose another). See test/browser/support.
export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: process.env.CI ? 'list' : [['list']],
  projects: [
    { name: 'browser', testDir: 'test/browser', testMatch: /.*\.spec\.ts$/ },
    { name: 'desktop', testDir: 'test/desktop', testMatch: /.*\.spec\.ts$/, workers: 1 },
    // Not a test: refreshes docs/screenshot-main.png (npm run screenshot).
    { name: 'screenshots', testDir: 'test/screenshots', testMatch: /.*\.spec\.ts$/ },
  ],
});
