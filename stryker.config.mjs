// `npm run mutation`: StrykerJS over every file of src/shared with the unit tests (see README, "Mutation
// testing"). Mutants the suite cannot kill because they do not change behaviour are listed, each with its
// reason, in mutation/equivalent-mutants.md beside this file.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // related: false: each mutant's tests are already named by the per-test coverage, and asking vitest for the
  // files related to the mutated one walks the module graph again on every mutant.
  vitest: { configFile: 'vitest.mutation.config.mts', related: false },
  mutate: ['src/shared/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Each run starts from the last one's results (reports/stryker-incremental.json): a mutant is tested again
  // only when its code, or a test that covers it, changed. `npm run mutation:full` tests every mutant.
  incremental: true,
  ignoreStatic: true,
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 10000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 95, low: 90, break: null },
};
