import fc from 'fast-check';
import { propertyRuns } from './property-runs';

// Every property test in the unit suite runs from one seed: SITREP_SEED when set, else a fresh one. fast-check
// names the seed in any failure ("{ seed: 123, path: ... }"); `SITREP_SEED=123 npx vitest run <file>` replays it.
// Property tests that name no numRuns take fast-check's default of 100, cut like the others under mutation.
const seed = process.env.SITREP_SEED ? Number(process.env.SITREP_SEED) : Math.floor(Math.random() * 2 ** 31);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed, numRuns: propertyRuns(100) });
