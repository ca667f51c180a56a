import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createWindowStateStore, placeWindow, trackWindowState, type WindowState } from '../../../src/main/window-state';
import { as, FakeEmitter } from './fakes';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1415 };
const defaults = { width: 1200, height: 800 };

describe('placeWindow', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(placeWindow(null, [laptop], defaults)).toEqual({ bounds: { x: 120, y: 63, width: 1200, height: 800 }, maximized: false });
  });

  it('restores saved bounds that are on a connected display', () => {
    const saved: WindowState = { x: 2000, y: 100, width: 1000, height: 700, maximized: true };
    expect(placeWindow(saved, [laptop, monitorRight], defaults)).toEqual({
      bounds: { x: 2000, y: 100, width: 1000, height: 700 },
      maximized: true,
    });
  });

  it('brings back a window whose monitor was unplugged, keeping its size', () => {
    const saved: WindowState = { x: 2000, y: 100, width: 1000, height: 700, maximized: false };
    expect(placeWindow(saved, [laptop], defaults).bounds).toEqual({ x: 220, y: 113, width: 1000, height: 700 });
  });

  it('pulls a window hanging off the edge fully inside, and shrinks one larger than the display', () => {
    const hanging: WindowState = { x: 1300, y: -40, width: 600, height: 400, maximized: false };
    expect(placeWindow(hanging, [laptop], defaults).bounds).toEqual({ x: 840, y: 25, width: 600, height: 400 });
    const huge: WindowState = { x: 0, y: 0, width: 5000, height: 3000, maximized: false };
    expect(placeWindow(huge, [laptop], defaults).bounds).toEqual(laptop);
  });

  it('treats a sliver left on screen as lost', () => {
    const sliver: WindowState = { x: 1420, y: 100, width: 800, height: 600, maximized: false };
    expect(placeWindow(sliver, [laptop], defaults).bounds).toEqual({ x: 320, y: 163, width: 800, height: 600 });
  });
});

describe('window state store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-window-state-'));

  it('remembers bounds per window across store instances', () => {
    const file = join(dir, 'a.json');
    createWindowStateStore(file).set('main', { x: 1, y: 2, width: 300, height: 200, maximized: false });
    createWindowStateStore(file).set('checklist', { x: 5, y: 6, width: 320, height: 480, maximized: false });
    const store = createWindowStateStore(file);
    expect(store.get('main')).toEqual({ x: 1, y: 2, width: 300, height: 200, maximized: false });
    expect(store.get('checklist')).toMatchObject({ width: 320 });
    expect(store.get('quick-note')).toBeNull();
  });

  it('ignores a corrupt file or a hand-edited entry instead of opening a broken window', () => {
    const corrupt = join(dir, 'corrupt.json');
    writeFileSync(corrupt, '{"main": {"x": 1, ');
    expect(createWindowStateStore(corrupt).get('main')).toBeNull();
    const edited = join(dir, 'edited.json');
    writeFileSync(edited, JSON.stringify({ main: { x: 'left', y: 0, width: -5, height: 1e9 } }));
    expect(createWindowStateStore(edited).get('main')).toBeNull();
    createWindowStateStore(corrupt).set('main', { x: 0, y: 0, width: 10, height: 10, maximized: false });
    expect(JSON.parse(readFileSync(corrupt, 'utf8'))).toEqual({ main: { x: 0, y: 0, width: 10, height: 10, maximized: false } });
  });
});

describe('trackWindowState', () => {
  function fakeWindow() {
    const win = Object.assign(new FakeEmitter(), {
      bounds: { x: 10, y: 20, width: 800, height: 600 },
      maximized: false,
      destroyed: false,
      getNormalBounds() {
        return this.bounds;
      },
      isMaximized() {
        return this.maximized;
      },
      isDestroyed() {
        return this.destroyed;
      },
    });
    return win;
  }

  it('saves once after the user stops dragging, and on close', () => {
    vi.useFakeTimers();
    try {
      const win = fakeWindow();
      const save = vi.fn();
      trackWindowState(as<BrowserWindow>(win), save, { debounceMs: 300 });
      win.emit('move');
      win.bounds = { x: 50, y: 60, width: 800, height: 600 };
      win.emit('move');
      expect(save).not.toHaveBeenCalled();
      vi.advanceTimersByTime(300);
      expect(save).toHaveBeenCalledTimes(1);
      expect(save).toHaveBeenLastCalledWith({ x: 50, y: 60, width: 800, height: 600, maximized: false });
      win.maximized = true;
      win.emit('close');
      expect(save).toHaveBeenLastCalledWith({ x: 50, y: 60, width: 800, height: 600, maximized: true });
    } finally {
      vi.useRealTimers();
    }
  });
});
