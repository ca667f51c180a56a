import { describe, expect, it } from 'vitest';
import { checkAccelerator, displayAccelerator } from '../../../src/main/accelerator';

describe('checkAccelerator', () => {
  it.each(['CommandOrControl+Shift+Space', 'Alt+N', 'Ctrl+Alt+F12', 'Super+Shift+K', 'CmdOrCtrl+Shift+Plus', 'F13', 'Ctrl+Alt+/'])(
    'accepts %s',
    (accelerator) => expect(checkAccelerator(accelerator)).toEqual({ ok: true }),
  );

  it.each([
    ['N', /needs a modifier/],
    ['Space', /needs a modifier/],
    ['Ctrl+Shift', /needs a key/],
    ['Ctrl+Foo', /not a key/],
    ['Hyper+N', /not a modifier/],
    ['Ctrl+Ctrl+N', /repeats/],
    ['Ctrl+ N', /padded/],
    ['', /empty/],
    ['Ctrl+', /empty/],
    ['Ctrl++', /the \+ key is "Plus"/],
  ])('refuses %s with a reason', (accelerator, reason) => {
    const check = checkAccelerator(accelerator);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.reason).toMatch(reason);
  });
});

describe('displayAccelerator', () => {
  it('uses each platform’s key names', () => {
    expect(displayAccelerator('CommandOrControl+Shift+Space', 'linux')).toBe('Ctrl+Shift+Space');
    expect(displayAccelerator('CommandOrControl+Shift+Space', 'win32')).toBe('Ctrl+Shift+Space');
    expect(displayAccelerator('CommandOrControl+Shift+Space', 'darwin')).toBe('Cmd+Shift+Space');
    expect(displayAccelerator('Alt+Super+N', 'darwin')).toBe('Option+Cmd+N');
    expect(displayAccelerator('Alt+Super+N', 'win32')).toBe('Alt+Win+N');
  });
});
