import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base so `npm run build` makes a folder any static host can serve
// from any path.
export default defineConfig({
  base: './',
  plugins: [react()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
});
