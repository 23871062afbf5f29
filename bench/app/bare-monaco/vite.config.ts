/**
 * The bare-Monaco page, built as the app is built: the same Vite, production
 * mode, and the app's own output settings (base, target, worker format).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import appConfig from '../../../vite.config.js';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: appConfig.base,
  worker: appConfig.worker,
  build: { target: appConfig.build?.target },
});
