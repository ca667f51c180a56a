import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Debian's Chromium when present (this machine, CI), else Playwright's own; SITREP_CHROMIUM overrides. */
export function chromiumExecutable(): string | undefined {
  const chosen = process.env.SITREP_CHROMIUM;
  if (chosen) return chosen;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

// Without --disable-frame-rate-limit, pages that are not the front tab act ~2 s late (several "windows").
// The networking flags keep Chromium from dialling out on a closed network.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-frame-rate-limit',
];

export function launchOptions(): LaunchOptions {
  const executablePath = chromiumExecutable();
  return { headless: true, args: chromiumArgs, ...(executablePath ? { executablePath } : {}) };
}

// tsx (esbuild keepNames) wraps named closures in __name(); page.evaluate ships them to the page as text,
// so pages driven from tsx scripts (the benchmark, the kill test) need a no-op __name.
export const defineEsbuildName = { content: 'window.__name = (fn) => fn;' };
