// Ad-hoc runner: `npx tsx test/durability/run-concurrency.mts [runs] [perWriter] [plant]` after building the
// renderer and the harness. Prints one line per run: three windows writing at once, and what the checks found.
import { chromium } from '@playwright/test';
import { defineEsbuildName, launchOptions } from '../browser/support/chromium.ts';
import { serveRenderer } from '../browser/support/static-server.ts';
import type { PlantName } from '../harness/planted-faults.ts';
import { runConcurrentWriters } from './concurrent-writers.ts';

const server = await serveRenderer();
const browser = await chromium.launch(launchOptions());
try {
  for (let run = 0; run < Number(process.argv[2] ?? 1); run++) {
    const context = await browser.newContext();
    await context.addInitScript(defineEsbuildName);
    const result = await runConcurrentWriters(context, server.origin, Number(process.argv[3] ?? 1_000), process.argv[4] as PlantName | undefined);
    console.log(JSON.stringify({ ...result, lost: result.lost.length, duplicated: result.duplicated.length }));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
