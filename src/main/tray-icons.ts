/// <reference types="electron-vite/node" />
// Thin wiring: electron-vite copies these PNGs into out/ and gives their runtime paths. The @2x file of each
// is added as the scale-2 representation (index.ts), so the icon stays sharp on high-density displays.
import idle from '../../build/tray/tray-idle.png?asset';
import minor from '../../build/tray/tray-minor.png?asset';
import major from '../../build/tray/tray-major.png?asset';
import critical from '../../build/tray/tray-critical.png?asset';
import idle2x from '../../build/tray/tray-idle@2x.png?asset';
import minor2x from '../../build/tray/tray-minor@2x.png?asset';
import major2x from '../../build/tray/tray-major@2x.png?asset';
import critical2x from '../../build/tray/tray-critical@2x.png?asset';
import type { TrayIconKey } from './tray';

export const trayIconFiles: Record<TrayIconKey, { x1: string; x2: string }> = {
  idle: { x1: idle, x2: idle2x },
  minor: { x1: minor, x2: minor2x },
  major: { x1: major, x2: major2x },
  critical: { x1: critical, x2: critical2x },
};
