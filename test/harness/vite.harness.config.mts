// Builds the data harness into out/harness; the browser-test server serves it under /__harness/ on the
// renderer's origin, so it shares IndexedDB with the app pages. Not part of the packaged app.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { modernDexie } from '../../vite-plugins/modern-dexie.ts';

export default defineConfig({
  root: resolve(import.meta.dirname),
  base: './',
  logLevel: 'warn',
  resolve: { alias: [modernDexie] },
  build: { outDir: resolve(import.meta.dirname, '../../out/harness'), emptyOutDir: true, rollupOptions: { input: [resolve(import.meta.dirname, 'harness.html'), resolve(import.meta.dirname, 'search-bench.html')] } },
});
