import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';

// Placeholder wiring; replaced by the real shell (app:// protocol, security policy, windows).
void app.whenReady().then(() => {
  const win = new BrowserWindow({
    webPreferences: { preload: join(__dirname, '../preload/index.js'), sandbox: true, contextIsolation: true },
  });
  void win.loadFile(join(__dirname, '../renderer/index.html'));
});
