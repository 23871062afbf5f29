/**
 * End-to-end tests: the production build, served by `vite preview` and by a
 * plain static file server under a sub-path, driven in Debian's Chromium.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './e2e/chromium';
import { OUT_DIR, PREVIEW_PORT, STATIC_SERVER_PORT, SUB_PATH } from './e2e/servers';

export default defineConfig({
  testDir: 'e2e',
  // Monaco is heavy and the machine small: one browser at a time keeps timings honest.
  workers: 1,
  // Tests type at a person's pace into a real editor; on a loaded 2-core CI machine a keystroke can
  // occasionally be late. One retry there keeps such a hiccup from failing the run; the list reporter
  // still names every test that needed it.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}/`,
    headless: true,
    colorScheme: 'light',
    launchOptions: CHROMIUM,
  },
  webServer: [
    {
      command: `npx vite build --outDir ${OUT_DIR} --emptyOutDir && npx vite preview --outDir ${OUT_DIR} --port ${PREVIEW_PORT}`,
      url: `http://127.0.0.1:${PREVIEW_PORT}/`,
      timeout: 240_000,
      // Never test whatever else happens to listen there.
      reuseExistingServer: false,
    },
    {
      command: `node --import tsx e2e/static-server.ts ${OUT_DIR} ${STATIC_SERVER_PORT} ${SUB_PATH}`,
      url: `http://127.0.0.1:${STATIC_SERVER_PORT}${SUB_PATH}`,
      reuseExistingServer: false,
    },
  ],
});
