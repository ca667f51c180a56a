import { afterAll, describe, expect, it, vi } from 'vitest';
import { debuggingSwitch } from '../../../src/main/command-line';
import * as electron from '../main/electron-fake';

/*
 * Finding 11 of issue 10: a packaged Sitrep started with --remote-debugging-port (or a Node --inspect switch)
 * hands its pages, and so the bridge, to whoever connects. It must refuse to start.
 */
vi.mock('electron', () => import('../main/electron-fake'));

describe('debugging switches', () => {
  it.each(['--remote-debugging-port=9222', '--remote-debugging-pipe', '--inspect', '--inspect-brk=9229', '--inspect-port=0', '--js-flags=--allow-natives-syntax'])(
    'names %s',
    (arg) => expect(debuggingSwitch(['--note', 'x', arg])).toBe(arg.split('=')[0]),
  );
  it.each([[['--toggle-quick-note']], [['--original-process-start-time=1']], [['--note', 'rolled back 142']]])('ignores %j', (argv) => {
    expect(debuggingSwitch(argv)).toBeNull();
  });
});

describe('a packaged build started with --remote-debugging-port', () => {
  const argv = process.argv;
  afterAll(() => {
    process.argv = argv;
  });

  it('exits before taking the single-instance lock or opening a window', async () => {
    electron.app.isPackaged = true;
    process.argv = [...argv.slice(0, 1), '--remote-debugging-port=9222'];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await import('../../../src/main/index');
    expect(electron.app.exitCode).toBe(1);
    expect(electron.app.lockData).toBeNull();
    expect(errors.mock.calls.flat().join(' ')).toMatch(/does not start with --remote-debugging-port/);
  });
});
