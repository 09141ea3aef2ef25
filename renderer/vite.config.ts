import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The renderer is loaded from `app://baomi/` in Electron and from a loopback server in the Chromium bridge:
 * relative asset paths work in both. Everything (fonts included) is bundled; nothing is fetched from outside.
 */
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // No inline data: for fonts and images above a few KiB: the CSP allows them, but files are easier to audit.
    assetsInlineLimit: 4096,
    chunkSizeWarningLimit: 4000,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
