import type { Locator, Page } from '@playwright/test';
import { ALLOY_TOKEN as T } from '../app/editor/alloyMonarch';
import { ALLOY_TOKEN_STYLES } from '../app/editor/alloyThemes';
import { EXAMPLE_SOURCE } from '../app/state/exampleSource';
import { expect, test } from './fixtures';
import { Playground } from './playground';
import { STATIC_SERVER_PORT, SUB_PATH } from './servers';

test('paints the source at once and loads the editor after', async ({ page }) => {
  // Hold Monaco back: everything the first paint needs must come without it.
  let releaseEditor = () => {};
  const editorHeld = new Promise<void>((resolve) => (releaseEditor = resolve));
  await page.route(/AlloyEditor-[\w-]+\.js$/, async (route) => {
    await editorHeld;
    await route.fallback();
  });
  const playground = new Playground(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Alloy Workshop Playground' })).toBeVisible();
  await expect(page.locator('.source-preview')).toHaveText(EXAMPLE_SOURCE);
  await expect(playground.graphNode('loki.relabel.alloy_logs')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Format' })).toBeDisabled();

  releaseEditor();
  await expect(playground.lines).toBeVisible();
  await expect(page.locator('.source-preview')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Format' })).toBeEnabled();
});

test('follows the system colour scheme and switches theme on request', async ({ page }) => {
  const playground = new Playground(page);
  const expectBlockNameColor = (color: string) => playground.expectTokenColor('loki.relabel', color);
  const toggle = page.getByRole('button', { name: /theme/ });
  await page.emulateMedia({ colorScheme: 'dark' });
  await playground.open();

  await expect(toggle).toHaveAccessibleName(/^System theme/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectBlockNameColor(ALLOY_TOKEN_STYLES.dark[T.blockName].foreground);

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expectBlockNameColor(ALLOY_TOKEN_STYLES.light[T.blockName].foreground);

  await toggle.click();
  await expect(toggle).toHaveAccessibleName(/^Light theme/);
  await toggle.click();
  await expect(toggle).toHaveAccessibleName(/^Dark theme/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectBlockNameColor(ALLOY_TOKEN_STYLES.dark[T.blockName].foreground);

  // The choice outlives a reload.
  await playground.open();
  await expect(toggle).toHaveAccessibleName(/^Dark theme/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('resizes the split with the keyboard and the mouse', async ({ page }) => {
  const playground = new Playground(page);
  await playground.open();
  const separator = page.getByRole('separator', { name: 'Resize editor and graph' });
  const editorWidth = () =>
    page.locator('#editor-panel').evaluate((element) => element.getBoundingClientRect().width);

  await separator.focus();
  await expect(separator).toHaveAttribute('aria-valuenow', '50');
  const before = await editorWidth();
  await page.keyboard.press('ArrowLeft');
  await expect(separator).toHaveAttribute('aria-valuenow', '45');
  expect(await editorWidth()).toBeLessThan(before);
  await page.keyboard.press('End');
  await expect(separator).toHaveAttribute('aria-valuenow', '80');
  await page.keyboard.press('Home');
  await expect(separator).toHaveAttribute('aria-valuenow', '20');

  const box = (await separator.boundingBox())!;
  const split = (await page.locator('.split').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(split.x + split.width * 0.6, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(separator).toHaveAttribute('aria-valuenow', '60');
});

test('is usable from the keyboard alone', async ({ page }) => {
  const playground = new Playground(page);
  await playground.open();
  const editor = playground.editor.getByRole('textbox');
  const separator = page.getByRole('separator', { name: 'Resize editor and graph' });
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Format' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /theme/ })).toBeFocused();
  await tabUntilFocused(page, editor);

  // Tab indents inside the editor until Ctrl+M lets it move the focus on.
  await page.keyboard.press('Tab');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Control+M');
  await tabUntilFocused(page, separator);
  await page.keyboard.press('ArrowRight');
  await expect(separator).toHaveAttribute('aria-valuenow', '55');
});

/** Presses Tab until `target` has the focus, as a keyboard user would (at most 20 times). */
async function tabUntilFocused(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 20; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('works from a sub-path on a plain static file server', async ({ page }) => {
  const playground = new Playground(page);
  await playground.open(`http://127.0.0.1:${STATIC_SERVER_PORT}${SUB_PATH}`);
  await expect(playground.problemCount).toHaveText('0');
  await expect(playground.graphNode('loki.write.mythical')).toBeVisible();
  await playground.goToText('url =', 3);
  await page.keyboard.type('l');
  await expect(playground.problems).toContainText('unrecognized attribute name "urll"');
});
