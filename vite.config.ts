import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './vite-plugins/content-security-policy';
import { PAGE_POLICIES } from './vite-plugins/policies';
import { preloadModules } from './vite-plugins/preload-modules';

/** The port `npm run preview` serves the production build on (the end-to-end tests rely on it). */
export const PREVIEW_PORT = 4318;

export default defineConfig({
  // Relative asset URLs: the build works from any sub-path and from a plain static file server.
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(PAGE_POLICIES),
    // What the app needs to start downloads with the page, Monaco (the largest) first.
    preloadModules({
      'index.html': [
        'app/editor/monacoSetup.ts',
        'app/editor/registerAlloyLanguage.ts',
        'app/App.tsx',
        'node_modules/react-dom/client.js',
      ],
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Monaco's core is one large lazy chunk by nature; the initial chunk stays small.
    chunkSizeWarningLimit: 4096,
    // The example page that embeds the playground is served and built beside it.
    rolldownOptions: { input: ['index.html', 'embed-example.html'] },
  },
  preview: { host: '127.0.0.1', port: PREVIEW_PORT, strictPort: true },
});
