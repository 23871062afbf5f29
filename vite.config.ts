import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The port `npm run preview` serves the production build on (the end-to-end tests rely on it). */
export const PREVIEW_PORT = 4318;

export default defineConfig({
  // Relative asset URLs: the build works from any sub-path and from a plain static file server.
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Monaco's core is one large lazy chunk by nature; the initial chunk stays small.
    chunkSizeWarningLimit: 4096,
  },
  preview: { host: '127.0.0.1', port: PREVIEW_PORT, strictPort: true },
});
