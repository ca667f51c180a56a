// The renderer alone, in any browser, for development (`npm run dev:renderer`).
// electron-vite's own dev server needs the Electron binary; this one does not.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: resolve(import.meta.dirname, 'src/renderer'),
  plugins: [react()],
  server: { port: 5183, strictPort: true },
});
