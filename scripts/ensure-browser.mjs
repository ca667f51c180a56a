// The browser and desktop tests need a Chromium. Run after `npm install` (postinstall) and first thing in
// `npm test` (--check): finds one (SITREP_CHROMIUM, Debian's /usr/bin/chromium, or Playwright's own), else
// installs one where it can (Playwright's download with internet; Debian's package as root without), else says
// in one line what to run. --check never installs: it only fails fast with that line.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const debianChromium = '/usr/bin/chromium';

function found() {
  if (process.env.SITREP_CHROMIUM) return existsSync(process.env.SITREP_CHROMIUM) ? process.env.SITREP_CHROMIUM : null;
  if (existsSync(debianChromium)) return debianChromium;
  const own = chromium.executablePath();
  return own && existsSync(own) ? own : null;
}

const howTo =
  'No Chromium for the browser and desktop tests: run `npx playwright install chromium` (needs internet), or on Debian/Ubuntu ' +
  '`sudo apt-get install -y chromium`, or set SITREP_CHROMIUM to a Chromium binary.';

if (found()) process.exit(0);
if (process.argv.includes('--check')) {
  console.error(howTo);
  process.exit(1);
}

console.log('Sitrep: looking for a Chromium for the tests…');
spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'ignore', timeout: 300_000 });
if (!found() && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('Sitrep: Playwright could not download Chromium; installing Debian\'s chromium package…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'ignore', env });
}
// Never fail the install itself: the app does not need this browser, only the tests do.
console.log(found() ? `Sitrep: tests will use ${found()}` : howTo);
