/**
 * The browser every end-to-end test and browser benchmark drives: Debian's
 * Chromium (Playwright's own download is not used), headless and quiet — no
 * sandbox for containers, and nothing that would reach the network by itself.
 */
export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
