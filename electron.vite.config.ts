import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { inlineStartCss } from './vite-plugins/inline-start-css';
import { modernDexie } from './vite-plugins/modern-dexie';
import { startChunk } from './vite-plugins/start-chunk';

// One renderer entry per window kind: each window loads only its own bundle.
export const rendererInputs = {
  index: resolve(__dirname, 'src/renderer/index.html'),
  'quick-note': resolve(__dirname, 'src/renderer/quick-note.html'),
  checklist: resolve(__dirname, 'src/renderer/checklist.html'),
};

export default defineConfig({
  main: {
    build: {
      // Octokit ships as ES modules only; bundled, main stays plain CommonJS and needs no require(esm).
      externalizeDeps: { exclude: ['@octokit/rest', '@octokit/plugin-retry', '@octokit/plugin-throttling', '@octokit/auth-oauth-device'] },
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } },
    },
  },
  preload: {
    // A sandboxed preload can only require('electron'): bundle everything else (zod) into it.
    build: {
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), inlineStartCss()],
    resolve: { alias: [modernDexie] },
    // Minified: the quick note's cold start and bundle size are measured (npm run bench).
    build: { minify: true, rollupOptions: { input: rendererInputs, output: { codeSplitting: { groups: [startChunk] } } } },
  },
});
