import { describe, expect, it } from 'vitest';
import { WINDOW_KIND_SWITCH, windowKindFromArgv } from '../../../src/shared/contract/window-slices';

/*
 * Main names each window in its renderer's command line; the preload reads the name to pick the window's
 * slice of channels. A window it did not name, or named with anything else, gets no channels at all.
 */
const argv = (...extra: string[]) => ['/opt/Sitrep/sitrep', '--type=renderer', ...extra, '--no-sandbox'];

describe('which window a renderer is, from its command line', () => {
  it.each(['main', 'quickNote', 'checklist'] as const)('reads %s', (kind) => {
    expect(windowKindFromArgv(argv(`${WINDOW_KIND_SWITCH}${kind}`))).toBe(kind);
  });

  it.each([
    ['no switch at all', argv()],
    ['an unknown window', argv(`${WINDOW_KIND_SWITCH}settings`)],
    ['a name that only starts like one', argv(`${WINDOW_KIND_SWITCH}mainx`)],
    ['an empty name', argv(WINDOW_KIND_SWITCH)],
    ['the switch inside another argument', argv(`--flag=${WINDOW_KIND_SWITCH}main`)],
  ])('gives no window for %s', (_label, args) => {
    expect(windowKindFromArgv(args)).toBeNull();
  });

  it('takes the first switch when a second one follows', () => {
    expect(windowKindFromArgv(argv(`${WINDOW_KIND_SWITCH}quickNote`, `${WINDOW_KIND_SWITCH}main`))).toBe('quickNote');
  });
});
