import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Whether an Electron binary exists, decided by scripts/electron-binary.mjs itself (run in a child Node so this
 * CommonJS-compiled module can use the ES module synchronously, at collection time).
 */
export const electronBinary = JSON.parse(
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(pathToFileURL(join(__dirname, '../../scripts/electron-binary.mjs')).href)});` +
        'console.log(JSON.stringify(m.findElectronBinary()));',
    ],
    { encoding: 'utf8' },
  ),
) as { found: true; path: string } | { found: false; reason: string };
