// Vite config of the web UI: React, output in web/dist (served by `cluster-atlas serve`).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200, sourcemap: false },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/geo': 'http://127.0.0.1:8080' } },
});
