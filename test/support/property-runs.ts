// How many cases a property test tries. `npm run mutation` reruns every property test that reaches a mutant, once
// per mutant, and at full size (up to 20,000 cases) that alone put a run of src/shared past six hours here. Under
// mutation (SITREP_MUTATION, set by vitest.mutation.config.mts) each property tries at most MUTATION_RUNS cases from
// a fixed seed, so a mutant is judged the same way in every run; `npm test` keeps the full numbers.
const MUTATION_RUNS = 40;

export function propertyRuns(full: number): number {
  return process.env.SITREP_MUTATION ? Math.min(full, MUTATION_RUNS) : full;
}
