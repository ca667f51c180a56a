// The sync scale-out test (test/sync/scale-out.test.ts) needs Debian's redis-server. Run after `npm install`
// (postinstall): finds it, else installs it as root on Debian/Ubuntu the way ensure-browser.mjs installs Chromium,
// else says in one line what to run. The app and the other tests do not need it; the install never fails for it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const found = () => spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();

if (!found() && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('Sitrep: installing Debian\'s redis-server for the sync scale-out test…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
  spawnSync('apt-get', ['install', '-y', '-qq', 'redis-server'], { stdio: 'ignore', env });
}
if (!found()) console.log('Sitrep: no redis-server, so the sync scale-out test will be skipped: run `sudo apt-get install -y redis-server` to include it.');
