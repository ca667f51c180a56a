import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './json-file';

const Coordinate = z.number().int().min(-100_000).max(100_000);
const Extent = z.number().int().min(1).max(100_000);

export const WindowStateSchema = z.object({
  x: Coordinate,
  y: Coordinate,
  width: Extent,
  height: Extent,
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

/** A window smaller than this on screen is as good as lost: it is moved back rather than restored there. */
const MIN_VISIBLE = 64;

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function centred(area: Rectangle, width: number, height: number): Rectangle {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return { x: area.x + Math.round((area.width - w) / 2), y: area.y + Math.round((area.height - h) / 2), width: w, height: h };
}

/**
 * Where to open a window: its saved bounds when they are still on a connected display (clamped to fit inside
 * that display's work area), else the default size centred on the primary display. workAreas[0] is the primary.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
  defaults: { width: number; height: number },
): { bounds: Rectangle; maximized: boolean } {
  const primary = workAreas[0];
  if (!primary) return { bounds: { x: 0, y: 0, ...defaults }, maximized: false };
  if (!saved) return { bounds: centred(primary, defaults.width, defaults.height), maximized: false };
  let best: { area: Rectangle; size: number } | null = null;
  for (const area of workAreas) {
    const o = overlap(saved, area);
    if (o.width >= MIN_VISIBLE && o.height >= MIN_VISIBLE && (!best || o.width * o.height > best.size)) {
      best = { area, size: o.width * o.height };
    }
  }
  if (!best) return { bounds: centred(primary, saved.width, saved.height), maximized: saved.maximized };
  const { area } = best;
  const width = Math.min(saved.width, area.width);
  const height = Math.min(saved.height, area.height);
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

export interface WindowStateStore {
  get(key: string): WindowState | null;
  set(key: string, state: WindowState): void;
}

/** All windows' bounds in one JSON file in userData; a corrupt or hand-edited entry is ignored, not trusted. */
export function createWindowStateStore(file: string): WindowStateStore {
  const readAll = (): Record<string, unknown> => {
    const raw = readJsonFile(file);
    return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  };
  return {
    get(key) {
      const parsed = WindowStateSchema.safeParse(readAll()[key]);
      return parsed.success ? parsed.data : null;
    },
    set(key, state) {
      writeJsonFile(file, { ...readAll(), [key]: WindowStateSchema.parse(state) });
    },
  };
}

type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized' | 'isDestroyed'>;

/**
 * Saves a window's bounds when it stops moving or resizing (debounced) and when it closes. The normal bounds
 * are saved, so un-maximising after a restart returns to the size the user chose.
 */
export function trackWindowState(
  win: TrackedWindow,
  save: (state: WindowState) => void,
  options: { debounceMs?: number; setTimer?: typeof setTimeout; clearTimer?: typeof clearTimeout } = {},
): void {
  const setTimer = options.setTimer ?? setTimeout;
  const clearTimer = options.clearTimer ?? clearTimeout;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const snapshot = (): void => {
    if (timer) clearTimer(timer);
    timer = null;
    if (win.isDestroyed()) return;
    const b = win.getNormalBounds();
    save({ x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height), maximized: win.isMaximized() });
  };
  const later = (): void => {
    if (timer) clearTimer(timer);
    timer = setTimer(snapshot, options.debounceMs ?? 500);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', snapshot);
  win.on('unmaximize', snapshot);
  win.on('close', snapshot);
}
