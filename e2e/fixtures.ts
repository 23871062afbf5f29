/**
 * The `test` every spec uses: it fails a test on any console error or page
 * error, and on any request that leaves the origin of the page under test.
 * Every request is routed: the first navigation fixes the origin, and any
 * request elsewhere is aborted and recorded.
 */
import { test as base, expect } from '@playwright/test';

type Guards = { consoleErrors: string[]; foreignRequests: string[] };

export const test = base.extend<{ guards: Guards }>({
  guards: [
    async ({ context, page }, use) => {
      const guards: Guards = { consoleErrors: [], foreignRequests: [] };
      let origin: string | null = null;
      await context.route('**/*', (route) => {
        const request = route.request();
        const url = new URL(request.url());
        if (origin === null && request.isNavigationRequest()) origin = url.origin;
        if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:')
          return route.continue();
        guards.foreignRequests.push(url.href);
        return route.abort('blockedbyclient');
      });
      page.on('console', (message) => {
        if (message.type() === 'error') guards.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => guards.consoleErrors.push(`${error.name}: ${error.message}`));
      await use(guards);
      expect(guards.foreignRequests, 'requests that left the page’s origin').toEqual([]);
      expect(guards.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
