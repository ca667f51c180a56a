import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPreferencesStore } from '../../../src/main/preferences';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-prefs-'));

describe('main preferences', () => {
  it('starts with the default hotkey and keeps a changed one across restarts', () => {
    const file = join(dir, 'prefs.json');
    expect(createPreferencesStore(file).read()).toEqual({ quickNoteShortcut: 'CommandOrControl+Shift+Space' });
    createPreferencesStore(file).update({ quickNoteShortcut: 'Alt+N' });
    expect(createPreferencesStore(file).read()).toEqual({ quickNoteShortcut: 'Alt+N' });
  });

  it('falls back to the default when the file is damaged', () => {
    const file = join(dir, 'damaged.json');
    writeFileSync(file, '{"quickNoteShortcut": 42}');
    expect(createPreferencesStore(file).read()).toEqual({ quickNoteShortcut: 'CommandOrControl+Shift+Space' });
    writeFileSync(file, 'not json');
    expect(createPreferencesStore(file).read()).toEqual({ quickNoteShortcut: 'CommandOrControl+Shift+Space' });
  });
});
