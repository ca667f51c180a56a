import { defineConfig } from 'vitest/config';
import { keptThreadPool } from './mutation/kept-thread-pool.mts';

// The unit tests Stryker runs against mutants of src/shared. Same setup as vitest.config.mts, without the
// GitHub double (a network server per run, and it does not exercise src/shared rules) and without the
// search-speed test (a timing budget that a mutant-slowed run would fail for the wrong reason).
export default defineConfig({
  // One test thread kept for the whole run instead of a new one per mutant (see the plugin).
  plugins: [keptThreadPool()],
  test: {
    include: ['test/unit/**/*.test.ts'],
    exclude: [
      'test/unit/data/search-index-speed.test.ts',
      'test/unit/main/index-wiring.test.ts',
      'test/unit/security/json-file-durability.test.ts',
      'test/unit/security/packaged-debug-switches.test.ts',
      '**/node_modules/**',
    ],
    isolate: false,
    setupFiles: ['fake-indexeddb/auto', 'test/support/fresh-indexeddb.ts', 'test/support/seed-property-tests.ts', 'test/support/throw-message-matcher.ts'],
    environment: 'node',
    // Property tests try fewer cases, from one fixed seed, so each mutant costs seconds, not minutes, and two
    // runs of `npm run mutation` judge every mutant alike (test/support/property-runs.ts).
    env: { SITREP_MUTATION: '1', SITREP_SEED: '20261129' },
    // Instrumented code runs slower, and the 300-run lifecycle property test then outlasts vitest's default 5 s.
    testTimeout: 60_000,
  },
});
