/**
 * Projector mode, driven as an instructor: large type and high contrast,
 * zoom remembered across reloads, stepping through lessons and objectives
 * with the keyboard, and walking the room through a solution block by block.
 */
import type { Page } from '@playwright/test';
import { solutionBlocks, showBlock } from '../app/present/solutionSteps';
import { starterConfig } from '../src/lessons';
import { course, lesson } from './course';
import { expect, test } from './fixtures';
import { Playground } from './playground';

/** The computed font size, in pixels, of the first element matching `selector`. */
async function fontSize(page: Page, selector: string): Promise<number> {
  const size = await page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).fontSize);
  return parseFloat(size);
}

/** The font sizes of the editor's text, the lesson's text and a graph label. */
async function typeSizes(page: Page) {
  await expect(page.locator('[data-testid="graph-node-title"]').first()).toBeVisible();
  return {
    editor: await fontSize(page, '.monaco-editor .view-lines'),
    lesson: await fontSize(page, 'article.lesson .lesson-title'),
    graph: await fontSize(page, '[data-testid="graph-node-title"]'),
  };
}

/** Opens a lesson from the list (it opens at its introduction in projector mode). */
async function openLesson(page: Page, id: string): Promise<void> {
  const allLessons = page.getByRole('button', { name: '← All lessons' });
  if (await allLessons.isVisible()) await allLessons.click();
  await page.locator(`.lesson-list [data-lesson-id="${id}"]`).click();
  await expect(page.locator('article.lesson')).toHaveAttribute('data-lesson-id', id);
}

/** The open lesson's configuration as saved, to the keystroke. */
async function savedSource(page: Page, lessonId: string): Promise<string | null> {
  return page.evaluate((key) => {
    const record = localStorage.getItem(key);
    return record === null ? null : (JSON.parse(record) as { source: string }).source;
  }, `alloy-workshop:lesson:${lessonId}`);
}

/** Puts the focus in the editor's text, clicking near the top left of what it shows, clear of the scrollbars. */
async function focusEditor(playground: Playground): Promise<void> {
  await playground.editor.click({ position: { x: 150, y: 15 } });
  await expect(playground.editor.locator('textarea')).toBeFocused();
}

/** Moves the focus out of the editor, onto the page, the way a click on the lesson text does. */
async function focusPage(page: Page): Promise<void> {
  await page.locator('article.lesson .lesson-title').click();
}

test('projector mode sets large, high-contrast type and hides the everyday chrome', async ({ page }) => {
  const playground = new Playground(page);
  await playground.open();
  await openLesson(page, 'section-1');
  const normal = await typeSizes(page);
  await expect(page.locator('.keyboard-hint')).toBeVisible();

  await page.getByRole('button', { name: 'Projector' }).click();
  await expect(page).toHaveURL(/[?&]mode=present/);
  await expect(page.locator('html')).toHaveAttribute('data-present', '');
  await expect.poll(() => fontSize(page, '.monaco-editor .view-lines')).toBeGreaterThan(normal.editor);
  const projected = await typeSizes(page);
  expect(projected.lesson).toBeGreaterThan(normal.lesson);
  expect(projected.graph).toBeGreaterThan(normal.graph);
  await expect(page.locator('.keyboard-hint')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Format' })).toBeHidden();

  // Black on white: the most contrast there is.
  const colours = await page.locator('article.lesson .lesson-title').evaluate((element) => ({
    text: getComputedStyle(element).color,
    background: getComputedStyle(document.documentElement).backgroundColor,
  }));
  expect(colours).toEqual({ text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });

  await page.getByRole('button', { name: 'Leave projector' }).click();
  await expect(page).not.toHaveURL(/mode=present/);
  await expect.poll(() => fontSize(page, '.monaco-editor .view-lines')).toBe(normal.editor);
  expect(await fontSize(page, 'article.lesson .lesson-title')).toBe(normal.lesson);
});

test('the zoom follows Ctrl +, − and 0, and is remembered across reloads', async ({ page }) => {
  const playground = new Playground(page);
  await playground.open('./?mode=present');
  const editor = () => fontSize(page, '.monaco-editor .view-lines');
  const base = await editor();

  await page.keyboard.press('ControlOrMeta+Equal');
  await page.keyboard.press('ControlOrMeta+Equal');
  await expect(page.getByRole('button', { name: /Text at 125%/ })).toBeVisible();
  await expect.poll(editor).toBeGreaterThan(base);
  const zoomed = await editor();

  await page.reload();
  await expect(playground.lines).toBeVisible();
  await expect(page.getByRole('button', { name: /Text at 125%/ })).toBeVisible();
  await expect.poll(editor).toBe(zoomed);

  await focusEditor(playground);
  await page.keyboard.press('ControlOrMeta+Minus');
  await expect(page.getByRole('button', { name: /Text at 110%/ })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+Digit0');
  await expect(page.getByRole('button', { name: /Text at 100%/ })).toBeVisible();
  await expect.poll(editor).toBe(base);
});

test('the keyboard steps through objectives and lessons, and the help lists the keys', async ({ page }) => {
  const playground = new Playground(page);
  await playground.open('./?mode=present');
  await openLesson(page, 'section-1');
  const step = page.getByTestId('present-step');
  await expect(step).toHaveText('Introduction');
  const objectives = lesson('section-1').objectives;

  // Alt+→ works with the focus in the editor, too.
  await focusEditor(playground);
  for (const [index, objective] of objectives.entries()) {
    await page.keyboard.press('Alt+ArrowRight');
    await expect(step).toHaveText(`Objective ${index + 1} of ${objectives.length}`);
    const current = page.locator(`.objective[data-objective-id="${objective.id}"]`);
    await expect(current).toHaveCSS('outline-style', 'solid');
    await expect(current).toBeInViewport();
  }
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.locator('article.lesson')).toHaveAttribute('data-lesson-id', 'section-2');
  await expect(step).toHaveText('Introduction');

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.locator('article.lesson')).toHaveAttribute('data-lesson-id', 'section-1');
  await expect(step).toHaveText(`Objective ${objectives.length} of ${objectives.length}`);

  // PageDown and PageUp, what a presenter's remote sends, outside the editor.
  await focusPage(page);
  await page.keyboard.press('PageDown');
  await expect(page.locator('article.lesson')).toHaveAttribute('data-lesson-id', 'section-2');
  await page.keyboard.press('PageUp');
  await expect(step).toHaveText(`Objective ${objectives.length} of ${objectives.length}`);

  await page.keyboard.press('Alt+KeyN');
  await expect(page.locator('article.lesson')).toHaveAttribute('data-lesson-id', 'section-2');
  await page.keyboard.press('Alt+KeyN');
  await expect(page.locator('article.lesson')).toHaveAttribute('data-lesson-id', 'section-3');
  await page.keyboard.press('Alt+KeyP');
  await expect(page.locator('article.lesson')).toHaveAttribute('data-lesson-id', 'section-2');

  await focusPage(page);
  await page.keyboard.press('Shift+Slash');
  const help = page.getByRole('dialog', { name: 'Projector keys' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row')).toHaveCount(12);
  await expect(help).toContainText('Show the next block of the solution');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('the solution is shown block by block, and taken back', async ({ page }) => {
  const playground = new Playground(page);
  await playground.open('./?mode=present');
  await openLesson(page, 'section-1');
  const section = lesson('section-1');
  const blocks = solutionBlocks(section.solution);
  expect(blocks.length).toBeGreaterThan(1);
  const status = page.getByTestId('present-status');

  const expected = [starterConfig(course, section)];
  for (const block of blocks) expected.push(showBlock(expected.at(-1)!, block).source);
  await expect.poll(() => savedSource(page, 'section-1')).toBe(expected[0]);

  await focusPage(page);
  for (const [index, block] of blocks.entries()) {
    await page.keyboard.press('Alt+KeyS');
    await expect(status).toHaveText(`Solution block ${index + 1} of ${blocks.length}: ${block.id}`);
    await expect.poll(() => savedSource(page, 'section-1')).toBe(expected[index + 1]);
    // The block is selected in the editor and its node highlighted in the graph.
    await expect(playground.graphNode(block.id)).toHaveAttribute('data-highlighted', 'true');
  }
  await page.keyboard.press('Alt+KeyS');
  await expect(status).toHaveText(`All ${blocks.length} blocks of the solution are shown.`);

  await page.keyboard.press('Alt+Shift+KeyS');
  await expect(status).toHaveText(`Took back solution block ${blocks.length}: ${blocks.at(-1)!.id}`);
  await expect.poll(() => savedSource(page, 'section-1')).toBe(expected.at(-2));

  // Showing and taking back are ordinary edits: the editor's undo reverses them one by one.
  await focusEditor(playground);
  await page.keyboard.press('ControlOrMeta+KeyZ');
  await expect.poll(() => savedSource(page, 'section-1')).toBe(expected.at(-1));
  await page.keyboard.press('ControlOrMeta+KeyZ');
  await expect.poll(() => savedSource(page, 'section-1')).toBe(expected.at(-2));
});
