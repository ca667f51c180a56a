import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/github/**/*.test.ts', 'test/comms/**/*.test.ts', 'test/sync/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto', 'test/support/seed-property-tests.ts', 'test/support/throw-message-matcher.ts'],
    environment: 'node',
  },
});
