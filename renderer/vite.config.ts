// Builds the renderer (renderer/index.html) into dist/renderer with relative asset paths, so the
// same bundle loads from Electron's file:// and from the browser tests' local http server.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from '../scripts/vite-csp.ts';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), cspPlugin()],
  build: {
    // Relative to root: <project>/dist/renderer.
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No inline polyfill script: the CSP allows scripts from 'self' only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
});
