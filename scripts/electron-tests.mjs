// `npm run test:electron`: the Playwright _electron suite where an Electron binary exists; elsewhere one line
// that says it was skipped and why, so a green run never hides that the desktop shell went untested.
import { spawnSync } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';

const binary = findElectronBinary();
if (!binary.found) {
  console.log(`Electron tests SKIPPED: ${binary.reason}. They run wherever the binary exists (npm start downloads it).`);
  process.exit(0);
}
// The suite drives the built app (out/), so build first: a stale out/ would test yesterday's shell.
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync('npx', ['playwright', 'test', '--project=electron'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
