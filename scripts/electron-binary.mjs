// Finds the Electron binary without triggering its download (require('electron') would try to fetch it).
// The electron package writes path.txt only after a successful download; ELECTRON_OVERRIDE_DIST_PATH wins.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** @returns {{ found: true, path: string } | { found: false, reason: string }} */
export function findElectronBinary() {
  const require = createRequire(import.meta.url);
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { found: false, reason: 'the electron package is not installed (run npm install)' };
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = join(packageDir, 'path.txt');
  if (!override && !existsSync(pathFile)) {
    return { found: false, reason: 'the Electron binary was never downloaded (no electron/path.txt)' };
  }
  const executable = override
    ? join(override, existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron')
    : join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable)
    ? { found: true, path: executable }
    : { found: false, reason: `the Electron binary is missing at ${executable}` };
}
