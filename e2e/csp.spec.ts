/**
 * The Content-Security-Policy of the build: each page carries its policy
 * ahead of everything else, and using the app breaks none of it (every
 * violation the browser reports is recorded, in every frame).
 */
import type { Page } from '@playwright/test';
import { serializePolicy } from '../vite-plugins/content-security-policy';
import { PAGE_POLICIES } from '../vite-plugins/policies';
import { expect, test } from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, { cspViolations: violations });
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
});

/** Every violation reported so far, in the page and in its frames. */
async function violations(page: Page): Promise<string[]> {
  const perFrame = await Promise.all(
    page
      .frames()
      .map((frame) =>
        frame.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []),
      ),
  );
  return perFrame.flat();
}

for (const [file, policy] of Object.entries(PAGE_POLICIES)) {
  test(`${file} carries its Content-Security-Policy before anything else`, async ({ page }) => {
    await page.goto(`./${file}`);
    const first = await page.evaluate(() => {
      const element = document.head.firstElementChild;
      return element && [element.getAttribute('http-equiv'), element.getAttribute('content')];
    });
    expect(first).toEqual(['Content-Security-Policy', serializePolicy(policy)]);
  });
}

test('the policy blocks inline script', async ({ page, guards }) => {
  await page.goto('./');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.title = "ran"';
    document.head.append(script);
  });
  expect(await page.title()).not.toBe('ran');
  expect(await violations(page)).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
  // The browser reports the refusal on the console too: that one error is this test's doing.
  expect(guards.consoleErrors).toEqual([expect.stringContaining('Content Security Policy')]);
  guards.consoleErrors.length = 0;
});

test('using the full app reports no violation', async ({ page }) => {
  await page.goto('./');
  await page
    .getByRole('button', { name: /Section 1: Collect logs/ })
    .first()
    .click();
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('TODO');
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.type('// a comment\n');
  await page.getByRole('button', { name: /^Check/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /objectives/ })).toBeVisible();
  await page.getByRole('button', { name: 'Format' }).click();
  await page.getByRole('button', { name: /theme/ }).click();
  const png = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as PNG' }).click();
  expect((await png).suggestedFilename()).toMatch(/\.png$/);
  const svg = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as SVG' }).click();
  expect((await svg).suggestedFilename()).toMatch(/\.svg$/);
  expect(await violations(page)).toEqual([]);
});

test('using projector mode and the embedded playground reports no violation', async ({ page }) => {
  await page.goto('./?mode=present');
  await expect(page.locator('.monaco-editor .view-lines')).toBeVisible();
  await page.getByRole('button', { name: 'Larger text' }).click();
  expect(await violations(page)).toEqual([]);

  await page.goto('./embed-example.html');
  await expect(page.locator('#lesson-log li[data-type="ready"]')).toBeVisible();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('#lesson-log li[data-type="check-result"]').last()).toContainText('requested');
  await page.getByRole('combobox', { name: 'Lesson' }).selectOption('section-3');
  await expect(page.locator('#lesson-log li[data-type="config"]').last()).toContainText('section-3');
  await expect(page.locator('#graph-log li[data-type="ready"]')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
