/**
 * The Content-Security-Policy of each page of the build. Everything comes
 * from the page's own origin; each relaxation below says why it is needed
 * (README, "Content-Security-Policy").
 */
import type { Policy } from './content-security-policy';

/** The playground: the full app, the embedded one and every other mode share index.html. */
const PLAYGROUND_POLICY: Policy = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  // Monaco writes style attributes into the HTML it renders and adds <style> elements for its themes.
  'style-src': ["'self'", "'unsafe-inline'"],
  // blob: the graph painted into a PNG for download; data: the favicon, small inlined assets.
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'worker-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** The example host page: the playground's sources, plus the playground in frames. */
const EXAMPLE_HOST_POLICY: Policy = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'frame-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

export const PAGE_POLICIES = {
  'index.html': PLAYGROUND_POLICY,
  'embed-example.html': EXAMPLE_HOST_POLICY,
} as const;
