// `npm start`: build, then launch the desktop app. Where the Electron binary is absent (an offline machine),
// say so in one line and name the ways out instead of printing a stack trace.
import { spawnSync } from 'node:child_process';
import { findElectronBinary } from './electron-binary.mjs';

const binary = findElectronBinary();
if (!binary.found) {
  const install = spawnSync(process.execPath, ['node_modules/electron/install.js'], { stdio: 'ignore' });
  const retry = install.status === 0 ? findElectronBinary() : binary;
  if (!retry.found) {
    console.error(
      `Sitrep cannot start: ${binary.reason}, and downloading it failed (offline?). ` +
        'Connect to the internet and run `npm start` again, set ELECTRON_OVERRIDE_DIST_PATH to an unpacked ' +
        'Electron, or run the interface in a browser with `npm run dev:renderer`.',
    );
    process.exit(1);
  }
}
const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync('npx', ['electron-vite', 'preview', '--skipBuild'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
