/**
 * Where the end-to-end tests build and serve the app (see playwright.config.ts).
 * E2E_PORT and E2E_OUT_DIR move a run aside, e.g. beside another one on the
 * same machine; by default the build goes to dist/ and `npm run preview`'s port.
 */
import { PREVIEW_PORT as DEFAULT_PORT } from '../vite.config';

export const PREVIEW_PORT = Number(process.env.E2E_PORT ?? DEFAULT_PORT);
/** The plain static file server listens next to the preview server. */
export const STATIC_SERVER_PORT = PREVIEW_PORT + 1;
export const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
/** The plain static server serves the build under this sub-path only. */
export const SUB_PATH = '/workshop/playground/';
