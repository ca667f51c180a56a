// The built app on the Electron stand-in (test/shell): how long until the main window paints, and how long from a
// global-shortcut press to the caret in the quick note. Measured on the STAND-IN (Node + Chromium pages), labelled
// so; Electron's own figures can only be taken where its binary runs.
import type { Page } from '@playwright/test';
import { defineEsbuildName } from '../test/browser/support/chromium.ts';
import { launchDesktop, newProfile } from '../test/shell/launcher.ts';
import { percentile, round, type Metric } from './metric.mts';

const STARTS = 3;
const PRESSES = 30;
const SHORTCUT = 'CommandOrControl+Shift+Space';

/** Epoch ms of the page's first contentful paint. */
const firstPaintAt = () =>
  new Promise<number>((resolve) => {
    const done = (entry: PerformanceEntry) => resolve(performance.timeOrigin + entry.startTime);
    const seen = performance.getEntriesByName('first-contentful-paint')[0];
    if (seen) return done(seen);
    new PerformanceObserver((list) => done(list.getEntries()[0]!)).observe({ type: 'paint', buffered: true });
  });

/** Pages driven from tsx need esbuild's __name helper (see chromium.ts); these pages were loaded by the app. */
const withEsbuildNames = async (page: Page): Promise<Page> => (await page.evaluate(defineEsbuildName.content), page);

export async function shellMetrics(): Promise<Metric[]> {
  const starts: number[] = [];
  const presses: number[] = [];
  for (let run = 0; run < STARTS; run += 1) {
    const profile = newProfile();
    const startedAt = Date.now();
    const app = await launchDesktop({ profile });
    try {
      if (app.kind !== 'stand-in') throw new Error('these figures are defined for the stand-in; run them on Electron separately');
      const main = await withEsbuildNames(await app.window('index.html'));
      starts.push((await main.evaluate(firstPaintAt)) - startedAt);
      if (run > 0) continue;
      // A live incident for the note to go to, set up as a person would.
      await main.getByRole('textbox', { name: 'Your name' }).fill('Bench');
      await main.getByRole('button', { name: 'Start' }).click();
      await main.getByRole('button', { name: 'Declare incident', exact: true }).click();
      await main.getByRole('textbox', { name: 'What is wrong?' }).fill('Benchmark incident');
      await main.getByRole('button', { name: 'Declare', exact: true }).click();
      await main.getByRole('heading', { level: 1, name: 'Benchmark incident' }).waitFor();
      const note = await withEsbuildNames(await app.window('quick-note.html'));
      await note.getByRole('textbox', { name: 'Quick note' }).waitFor({ state: 'attached' });
      for (let press = 0; press < PRESSES; press += 1) {
        // The caret counts as ready when the box is the focused element; blur it first so each press is seen
        // afresh. Checked on every animation frame inside the page (frames are not rate-limited here).
        await note.evaluate(() => {
          const box = document.querySelector('textarea');
          (document.activeElement as HTMLElement | null)?.blur();
          const w = window as unknown as { __caretAt?: number };
          delete w.__caretAt;
          const check = () => {
            if (document.activeElement === box) w.__caretAt = performance.timeOrigin + performance.now();
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        });
        const pressedAt = await app.evaluate((_e, shortcut) => {
          const at = Date.now();
          (globalThis as unknown as { __sitrepShellControls: { pressAccelerator(a: string): boolean } }).__sitrepShellControls.pressAccelerator(shortcut);
          return at;
        }, SHORTCUT);
        const caretAt = await note.waitForFunction(() => (window as unknown as { __caretAt?: number }).__caretAt).then((h) => h.jsonValue() as Promise<number>);
        presses.push(caretAt - pressedAt);
        // Esc hides the box as a person would; the next press then shows it again instead of toggling it away.
        await note.keyboard.press('Escape');
        while ((await app.controls.windows()).some((w) => w.url.endsWith('/quick-note.html') && w.visible)) {
          await note.waitForFunction(() => true); // one round trip, then ask main again
        }
      }
    } finally {
      await app.quit();
      profile.dispose();
    }
  }
  return [
    { name: 'shell.start.main-window', unit: 'ms', value: round(percentile(starts, 50), 1), baseline: null, target: 'informational (stand-in: Node main + Chromium, median of 3 cold starts)' },
    { name: 'shell.quick-note.show-to-caret', unit: 'ms', value: round(percentile(presses, 50), 2), baseline: null, target: '<= 50 ms (stand-in, p50 of 30 presses)' },
    { name: 'shell.quick-note.show-to-caret.p99', unit: 'ms', value: round(percentile(presses, 99), 2), baseline: null, target: 'informational (stand-in)' },
  ];
}
