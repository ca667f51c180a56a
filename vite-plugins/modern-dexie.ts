/**
 * Dexie's "import" entry wraps its ES5 UMD build (so that `require` and `import` share one instance), and every
 * window loads Dexie first thing. The package's own modern ES module build is 1.3 KB smaller gzipped and needs
 * no CommonJS interop. Every bundle that talks to the log (the app's windows, and the test harness the
 * benchmarks measure the data layer through) imports Dexie through this one alias, so each still has exactly
 * one instance, and the harness measures the build the app ships.
 */
export const modernDexie = { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' };
