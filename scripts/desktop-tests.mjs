// `npm run test:desktop`: the desktop suite (test/desktop) on the built app. Where an Electron binary exists it
// runs on Electron through Playwright's _electron; elsewhere on the Electron stand-in (test/shell/stand-in), and
// says so, because a green stand-in run shows what the stand-in enforces, not what Electron does.
import { spawnSync } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';

const binary = findElectronBinary();
console.log(
  binary.found
    ? `Desktop tests on Electron (${binary.path}).`
    : `Desktop tests on the Electron STAND-IN (${binary.reason}): results are stand-in results, not Electron's.`,
);
// The suite drives the built app (out/), so build first: a stale out/ would test yesterday's shell.
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
// Arguments go on to Playwright, so one spec or a --grep runs alone: `npm run test:desktop -- test/desktop/x.spec.ts`.
const run = spawnSync('npx', ['playwright', 'test', '--project=desktop', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
