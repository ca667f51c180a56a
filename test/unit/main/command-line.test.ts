import { describe, expect, it } from 'vitest';
import { parseCommandLine, secondInstanceRequest } from '../../../src/main/command-line';

const exe = ['/opt/Sitrep/sitrep'];

describe('parseCommandLine', () => {
  it('reads --note with its text as the next argument or after =', () => {
    expect(parseCommandLine([...exe, '--note', 'rolled back deploy 142']).note).toBe('rolled back deploy 142');
    expect(parseCommandLine([...exe, '--note=db failover done']).note).toBe('db failover done');
  });

  it('keeps the note text verbatim apart from outer spaces, prefixes and all', () => {
    expect(parseCommandLine([...exe, '--note', '  ! roll back — décision ✅  ']).note).toBe('! roll back — décision ✅');
  });

  it('reads --toggle-quick-note, alone or with a note', () => {
    expect(parseCommandLine([...exe, '--toggle-quick-note'])).toEqual({ note: null, toggleQuickNote: true, errors: [] });
    expect(parseCommandLine([...exe, '--toggle-quick-note', '--note', 'x'])).toEqual({ note: 'x', toggleQuickNote: true, errors: [] });
  });

  it('ignores the executable, the app path and switches Chromium adds', () => {
    expect(parseCommandLine(['/usr/bin/electron', '.', '--original-process-start-time=1324', '--no-sandbox'])).toEqual({
      note: null,
      toggleQuickNote: false,
      errors: [],
    });
  });

  it('reports --note without text instead of saving an empty note', () => {
    for (const argv of [[...exe, '--note'], [...exe, '--note', '   '], [...exe, '--note='], [...exe, '--note', '--toggle-quick-note']]) {
      const request = parseCommandLine(argv);
      expect(request.note).toBeNull();
      expect(request.errors[0]).toMatch(/--note needs the text/);
    }
    expect(parseCommandLine([...exe, '--note', '--toggle-quick-note']).toggleQuickNote).toBe(true);
  });
});

describe('secondInstanceRequest', () => {
  const now = 1_800_000_000_000;

  it('prefers the second instance’s own argv and start time', () => {
    const result = secondInstanceRequest(['mangled'], { argv: [...exe, '--note', 'hi'], startedAt: now - 120 }, now);
    expect(result).toEqual({ request: { note: 'hi', toggleQuickNote: false, errors: [] }, pressedAt: now - 120 });
  });

  it('falls back to the argv Electron passed, stamped now, when the data is missing or malformed', () => {
    expect(secondInstanceRequest([...exe, '--note', 'x'], undefined, now)).toMatchObject({ request: { note: 'x' }, pressedAt: now });
    expect(secondInstanceRequest([...exe, '--note', 'x'], { argv: 'nope' }, now)).toMatchObject({ pressedAt: now });
  });

  it('does not date a note in the future or long ago', () => {
    expect(secondInstanceRequest([], { argv: [], startedAt: now + 5_000 }, now).pressedAt).toBe(now);
    expect(secondInstanceRequest([], { argv: [], startedAt: now - 3_600_000 }, now).pressedAt).toBe(now);
  });
});
