import fc from 'fast-check';

// Every property test in the unit suite runs from one seed: SITREP_SEED when set, else a fresh one. fast-check
// names the seed in any failure ("{ seed: 123, path: ... }"); `SITREP_SEED=123 npx vitest run <file>` replays it.
const seed = process.env.SITREP_SEED ? Number(process.env.SITREP_SEED) : Math.floor(Math.random() * 2 ** 31);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
