/**
 * The workshop's lessons in the app, driven as a learner: picking a lesson,
 * typing the configuration, checking it, following hints and the solution,
 * and finding everything again after a reload.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { referenceConfig } from '../src/lessons';
import { ALLOY_TOKEN as T } from '../app/editor/alloyMonarch';
import { ALLOY_TOKEN_STYLES } from '../app/editor/alloyThemes';
import { course, lesson } from './course';
import { expect, test } from './fixtures';
import { Playground, rgb } from './playground';

/** A learner's typing pace: the editor's suggestions and bracket pairing keep up as they do for a person. */
const TYPING = { delay: 20 };

/** The lessons sidebar: the list, the open lesson's panel and its parts. */
class Lessons {
  readonly sidebar: Locator;
  readonly panel: Locator;
  readonly list: Locator;
  readonly outcome: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('complementary', { name: 'Lessons' });
    this.panel = this.sidebar.locator('article.lesson');
    this.list = this.sidebar.getByRole('navigation');
    this.outcome = this.sidebar.getByRole('region', { name: 'Check result' }).getByRole('status');
  }

  /** Opens a lesson from the list, going back to the list first if a lesson is open. */
  async open(id: string): Promise<void> {
    const allLessons = this.sidebar.getByRole('button', { name: '← All lessons' });
    if (await allLessons.isVisible()) await allLessons.click();
    await this.list.locator(`[data-lesson-id="${id}"]`).click();
    await expect(this.panel).toHaveAttribute('data-lesson-id', id);
  }

  listItem(id: string): Locator {
    return this.list.locator(`[data-lesson-id="${id}"]`);
  }

  objective(id: string): Locator {
    return this.panel.locator(`[data-objective-id="${id}"]`);
  }

  button(name: string | RegExp): Locator {
    return this.sidebar.getByRole('button', { name });
  }

  async check(): Promise<void> {
    await this.button(/^Check/).click();
  }

  /** Climbs one objective's hint ladder to the top. */
  async climbHints(objectiveId: string): Promise<void> {
    for (const rung of ['Hint', 'Where to look', 'Show the change'])
      await this.objective(objectiveId)
        .getByRole('button', { name: new RegExp(`^${rung}`) })
        .click();
  }
}

test.describe('the lessons', () => {
  let playground: Playground;
  let lessons: Lessons;

  test.beforeEach(async ({ page }) => {
    playground = new Playground(page);
    lessons = new Lessons(page);
    await playground.open();
  });

  test('complete section 1 by typing, the objectives ticking off live, and pass the check', async ({
    page,
  }) => {
    await lessons.open('section-1');
    for (const id of ['logging', 'relabel', 'write'])
      await expect(lessons.objective(id)).toHaveAttribute('data-status', 'unmet');

    await replaceLine(playground, '// TODO: Fill in this block', [
      'format = "logfmt"',
      'level = "debug"',
      'write_to = [loki.relabel.alloy_logs.receiver]',
    ]);
    // No "Check" pressed: the quiet checks tick the objective off as the learner types.
    await expect(lessons.objective('logging')).toHaveAttribute('data-status', 'met');
    await expect(lessons.objective('relabel')).toHaveAttribute('data-status', 'unmet');

    await replaceLine(playground, '// TODO: Fill in this component', []);
    await typeBlock(page, 'rule', ['target_label = "group"', 'replacement = "infrastructure"']);
    await page.keyboard.press('Enter');
    await typeBlock(page, 'rule', ['target_label = "service"', 'replacement = "alloy"']);
    await page.keyboard.press('Enter');
    await page.keyboard.type('forward_to = [loki.write.mythical.receiver]', TYPING);
    await expect(lessons.objective('relabel')).toHaveAttribute('data-status', 'met');

    await replaceLine(playground, '// TODO: Fill in this component', []);
    await typeBlock(page, 'endpoint', ['url = "http://loki:3100/loki/api/v1/push"']);
    await expect(lessons.objective('write')).toHaveAttribute('data-status', 'met');

    await lessons.check();
    await expect(lessons.outcome).toHaveText('Passed: all 3 objectives are met.');
    await expect(playground.problemCount).toHaveText('0');
    await expect(playground.graphNode('loki.write.mythical')).toBeVisible();
    await lessons.button('← All lessons').click();
    await expect(lessons.listItem('section-1')).toHaveAttribute('data-progress', 'passed');
    await expect(lessons.listItem('section-1')).toContainText('Passed');
  });

  test('shows a planted mistake in the report, in the editor and on the graph', async ({ page }) => {
    await lessons.open('section-1');
    await playground.replaceText(
      lesson('section-1').solution.replace('loki:3100/loki/api/v1/push', 'loki:3100/api/push'),
    );
    await expect(lessons.objective('write')).toHaveAttribute('data-status', 'unmet');
    await expect(lessons.objective('logging')).toHaveAttribute('data-status', 'met');
    // Live checks only tick: nothing is marked before the learner asks.
    await expect(failureMarks(playground)).toHaveCount(0);
    await expect(lessons.objective('write').getByTestId('objective-message')).toHaveCount(0);

    await playground.focus();
    await page.keyboard.press('Control+Enter');
    await expect(lessons.outcome).toHaveText('Not yet: 2 of 3 objectives met.');
    const message = lessons.objective('write').getByTestId('objective-message');
    await expect(message).toContainText(
      'loki.write.mythical sends to http://loki:3100/api/push, but the section asks for http://loki:3100/loki/api/v1/push.',
    );
    await expect(failureMarks(playground)).toHaveCount(1);
    await expect(playground.graphNode('loki.write.mythical')).toHaveAttribute('data-failing', 'true');
    await expect(playground.graphNode('loki.relabel.alloy_logs')).not.toHaveAttribute('data-failing');
    // Ctrl+Enter checked instead of inserting a line.
    expect(await playground.text()).toHaveLength(lesson('section-1').solution.split('\n').length);

    await message.getByRole('button', { name: 'Show in editor (line 23)' }).click();
    await expect(playground.activeLine()).toHaveText('23');

    // Fixing it clears the marks as the learner types.
    await playground.goToText('/api/push');
    for (let step = 0; step < '/api/push'.length; step++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.type('/loki/api/v1/push', TYPING);
    await expect(lessons.objective('write')).toHaveAttribute('data-status', 'met');
    await expect(lessons.outcome).toHaveText('Passed: all 3 objectives are met.');
    await expect(failureMarks(playground)).toHaveCount(0);
    await expect(playground.graphNode('loki.write.mythical')).not.toHaveAttribute('data-failing');
  });

  test('lists the problems to fix before the objectives', async () => {
    await lessons.open('section-1');
    await playground.replaceText(
      lesson('section-1').solution.replace('forward_to = [loki.write.mythical.receiver]', ''),
    );
    await lessons.check();
    await expect(lessons.outcome).toHaveText('Not yet: 2 of 3 objectives met.');
    const problem = lessons.button(/Missing required attribute "forward_to"/);
    await expect(problem).toHaveText(
      'Line 7, column 1: This block is not complete yet. Missing required attribute "forward_to".',
    );
    await problem.click();
    await expect(playground.activeLine()).toHaveText('7');
  });

  test('finds the code, the hints and the progress again after a reload', async ({ page }) => {
    await lessons.open('section-1');
    await replaceLine(playground, '// TODO: Fill in this block', ['format = "logfmt"', 'level = "debug"']);
    await lessons.objective('relabel').getByRole('button', { name: /^Hint/ }).click();
    await expect(lessons.objective('relabel').locator('.hint-rung')).toHaveCount(1);
    // The last keystroke is saved at once: reload straight after it, as after a crash.
    await playground.goToText('level = "debug"');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('write_to = [loki.relabel.alloy_logs.receiver]', TYPING);
    const typed = await playground.text();
    await playground.open();

    await expect(lessons.panel).toHaveAttribute('data-lesson-id', 'section-1');
    expect(await playground.text()).toEqual(typed);
    await expect(lessons.objective('relabel').locator('.hint-rung')).toHaveCount(1);
    await expect(lessons.objective('logging')).toHaveAttribute('data-status', 'met');
    await lessons.button('← All lessons').click();
    await expect(lessons.listItem('section-1')).toHaveAttribute('data-progress', 'in-progress');
    await expect(lessons.listItem('section-1')).toContainText('In progress · 1 of 3 objectives met');
    await expect(lessons.listItem('alloy-101')).toHaveAttribute('data-progress', 'not-started');

    // A passed lesson stays passed.
    await lessons.open('alloy-101');
    await playground.replaceText(referenceConfig(course, lesson('alloy-101')));
    await expect(lessons.objective('pipeline')).toHaveAttribute('data-status', 'met');
    await playground.open();
    await expect(lessons.panel).toHaveAttribute('data-lesson-id', 'alloy-101');
    await expect(lessons.objective('pipeline')).toHaveAttribute('data-status', 'met');
    await lessons.button('← All lessons').click();
    await expect(lessons.listItem('alloy-101')).toHaveAttribute('data-progress', 'passed');
    await expect(lessons.list).toContainText('1 of 10 passed, 1 in progress');
  });

  test('reveals hints one rung at a time, then compares and applies the solution', async ({ page }) => {
    await lessons.open('section-1');
    const showSolution = lessons.button('Show solution');
    await expect(showSolution).toBeDisabled();
    const write = lessons.objective('write');
    const rungs = write.locator('.hint-rung');

    await write.getByRole('button', { name: /^Hint/ }).click();
    await expect(rungs).toHaveCount(1);
    await expect(rungs.nth(0)).toHaveText(
      "Two things are needed: loki.write must know Loki's push URL, and loki.relabel must hand its entries on to loki.write.",
    );
    await write.getByRole('button', { name: /^Where to look/ }).click();
    await expect(rungs).toHaveCount(2);
    await rungs.nth(1).getByRole('button', { name: 'Show me' }).click();
    await expect(playground.activeLine()).toHaveText('9');
    await expect(playground.graphNode('loki.write.mythical')).toHaveAttribute('data-highlighted', 'true');
    await expect(showSolution).toBeDisabled();
    await write.getByRole('button', { name: /^Show the change/ }).click();
    await expect(rungs).toHaveCount(3);
    await expect(rungs.nth(2).locator('.hint-diff-line--added').first()).toHaveText(
      '+\tforward_to = [loki.write.mythical.receiver]',
    );
    await expect(write.getByRole('button', { name: /^(Hint|Where to look|Show the change)/ })).toHaveCount(0);

    await expect(showSolution).toBeEnabled();
    await showSolution.click();
    const dialog = page.getByRole('dialog', {
      name: 'Solution: Section 1: Collect logs from Alloy and relabel logs',
    });
    await expect(dialog.locator('.monaco-diff-editor')).toBeVisible();
    await expect(dialog.locator('.monaco-diff-editor .line-insert').first()).toBeVisible();
    await dialog.getByRole('button', { name: 'Apply solution' }).click();
    await expect(dialog).toBeHidden();
    await expect(lessons.outcome).toHaveText('Passed: all 3 objectives are met.');
    expect(await playground.text()).toEqual(asDrawn(lesson('section-1').solution));

    await expect(lessons.sidebar.getByText('The solution replaced your configuration.')).toBeVisible();
    await lessons.button('Undo').click();
    expect(await playground.text()).toEqual(asDrawn(lesson('section-1').skeleton));
    await expect(lessons.objective('write')).toHaveAttribute('data-status', 'unmet');
  });

  test('resets a lesson to its starting point after confirming, and undoes that', async () => {
    await lessons.open('alloy-101');
    const starter = await playground.text();
    await expect(lessons.button('Reset…')).toBeDisabled();
    await playground.replaceText('// My own attempt.\n');
    const mine = await playground.text();

    await lessons.button('Reset…').click();
    await lessons.button('Cancel').click();
    expect(await playground.text()).toEqual(mine);

    await lessons.button('Reset…').click();
    await expect(lessons.sidebar.getByRole('group', { name: 'Confirm reset' })).toContainText(
      'You can undo this',
    );
    await lessons.button('Reset the lesson').click();
    await expect.poll(() => playground.text()).toEqual(starter);
    await expect(lessons.sidebar.getByText('The lesson was reset to its starting point.')).toBeVisible();
    await lessons.button('Undo').click();
    await expect.poll(() => playground.text()).toEqual(mine);

    // Once the learner edits after a reset, undoing it is left to the editor.
    await lessons.button('Reset…').click();
    await lessons.button('Reset the lesson').click();
    await expect(lessons.button('Undo')).toBeVisible();
    await playground.goTo(1, 1);
    await playground.page.keyboard.type('x');
    await expect(lessons.button('Undo')).toHaveCount(0);
    await playground.page.keyboard.press('Control+Z');
    await playground.page.keyboard.press('Control+Z');
    await expect.poll(() => playground.text()).toEqual(mine);
  });

  test('starts a lesson from the learner’s own configuration or the reference, as they choose', async () => {
    await lessons.open('section-1');
    await playground.replaceText(`// My own section 1.\n${lesson('section-1').solution}`);
    await expect(lessons.objective('write')).toHaveAttribute('data-status', 'met');

    await lessons.open('section-2');
    await expect(lessons.panel).toContainText('You continue from your own configuration of Section 1');
    expect((await playground.text())[0]).toBe('// My own section 1.');
    await lessons.button('Start from the reference instead').click();
    await expect.poll(async () => (await playground.text())[0]).toBe('logging {');
    await lessons.button('Continue from my own configuration').click();
    await expect.poll(async () => (await playground.text())[0]).toBe('// My own section 1.');

    // Once the learner edits, the choice is made.
    await playground.goTo(1, 1);
    await playground.page.keyboard.type('// ');
    await expect(lessons.button('Start from the reference instead')).toHaveCount(0);

    // Section 2 is not passed: section 3 can only start from the reference.
    await lessons.open('section-3');
    await expect(lessons.panel).toContainText('Pass Section 2');
    await expect(lessons.button(/Continue from my own/)).toHaveCount(0);
    expect((await playground.text())[0]).toBe('logging {');
  });

  test('keeps work begun on an older version of a lesson until the learner decides', async ({ page }) => {
    await lessons.open('section-1');
    await playground.replaceText('// Written for the old version.\n');
    await page.evaluate(() => {
      const key = 'alloy-workshop:lesson:section-1';
      const record = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
      localStorage.setItem(key, JSON.stringify({ ...record, contentHash: 'an-older-version' }));
    });
    await playground.open();
    const notice = lessons.sidebar.getByRole('alert');
    await expect(notice).toContainText('This lesson has changed since you started it.');
    expect(await playground.text()).toEqual(['// Written for the old version.', '']);

    await lessons.button('Start the new version').click();
    await expect.poll(() => playground.text()).toEqual(asDrawn(lesson('section-1').skeleton));
    await lessons.button('Undo').click();
    await expect.poll(() => playground.text()).toEqual(['// Written for the old version.', '']);
    await expect(notice).toBeVisible();

    await lessons.button('Keep my configuration').click();
    await expect(notice).toHaveCount(0);
    await playground.open();
    await expect(lessons.panel).toHaveAttribute('data-lesson-id', 'section-1');
    await expect(lessons.sidebar.getByRole('alert')).toHaveCount(0);
    expect(await playground.text()).toEqual(['// Written for the old version.', '']);
  });

  test('highlights Alloy snippets like the editor, copies them and inserts them at the cursor', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await lessons.open('section-2');
    const snippet = lessons.panel.locator('.code-block[data-language="alloy"]');
    const code = 'targets = [{"__address__" = "mimir:9009", env = "demo", service = "mimir"}]';
    await expect(snippet.locator('pre')).toHaveText(code);
    await expect(snippet.locator('span', { hasText: /^targets$/ })).toHaveCSS(
      'color',
      rgb(ALLOY_TOKEN_STYLES.light[T.attributeName].foreground),
    );
    await expect(snippet.locator('span', { hasText: /^"__address__"$/ })).toHaveCSS(
      'color',
      rgb(ALLOY_TOKEN_STYLES.light[T.objectKey].foreground),
    );

    await snippet.getByRole('button', { name: 'Copy' }).click();
    await expect(snippet.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

    await playground.focus();
    await page.keyboard.press('Control+End');
    await snippet.getByRole('button', { name: 'Insert at cursor' }).click();
    await expect.poll(async () => (await playground.text()).at(-1)).toBe(code);
  });

  test('follows alloy: links in the lesson text into the configuration', async () => {
    await lessons.open('section-1');
    const link = lessons.panel.locator('.markdown [data-pointer="loki.write.mythical"]');
    await link.click();
    await expect(playground.activeLine()).toHaveText('9');
    await expect(playground.graphNode('loki.write.mythical')).toHaveAttribute('data-highlighted', 'true');

    await playground.replaceText('logging {}\n');
    await link.click();
    await expect(lessons.panel.locator('.markdown')).toContainText('(not in your configuration yet)');
  });

  test('passes an accessibility scan, the list and an open lesson, in both themes', async ({ page }) => {
    const scan = async () =>
      (await new AxeBuilder({ page }).include('aside').analyze()).violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(', ')}`,
      );
    expect(await scan()).toEqual([]);
    await lessons.open('alloy-101');
    await lessons.objective('url').getByRole('button', { name: /^Hint/ }).click();
    await lessons.check();
    await expect(lessons.outcome).toHaveText('Not yet: 0 of 3 objectives met.');
    expect(await scan()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await scan()).toEqual([]);
  });

  test('walks through every lesson, applying each solution, and sees each pass', async () => {
    test.setTimeout(300_000);
    for (const each of course.lessons) {
      await lessons.open(each.id);
      const firstObjective = each.objectives[0];
      if (!firstObjective) throw new Error(`${each.id} has no objectives`);
      await lessons.climbHints(firstObjective.id);
      await lessons.button('Show solution').click();
      const dialog = lessons.page.getByRole('dialog');
      await expect(dialog.locator('.monaco-diff-editor')).toBeVisible();
      await dialog.getByRole('button', { name: 'Apply solution' }).click();
      await expect(lessons.outcome).toHaveText(`Passed: all ${each.objectives.length} objectives are met.`);
      await expect(playground.problemCount).toHaveText('0');
    }
    await lessons.button('← All lessons').click();
    for (const each of course.lessons)
      await expect(lessons.listItem(each.id)).toHaveAttribute('data-progress', 'passed');
    await expect(lessons.list).toContainText(`${course.lessons.length} of ${course.lessons.length} passed`);
  });

  test('leaves the free playground as it was, and keeps its text apart from the lessons', async ({
    page,
  }) => {
    await expect(lessons.list.getByRole('button', { name: /Free playground/ })).toHaveAttribute(
      'aria-current',
      'page',
    );
    const example = await playground.text();
    await playground.goToText('"debug"', 1);
    await page.keyboard.type('x');
    const edited = await playground.text();

    await lessons.open('alloy-101');
    expect(await playground.text()).not.toEqual(edited);
    await lessons.button('← All lessons').click();
    await lessons.list.getByRole('button', { name: /Free playground/ }).click();
    await expect.poll(() => playground.text()).toEqual(edited);
    expect(edited).not.toEqual(example);

    // No lesson: Ctrl+Enter is the editor's own again (insert a line below).
    await playground.focus();
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await playground.text()).length).toBe(edited.length + 1);
  });

  test('opens the lesson an address names with ?lesson=', async () => {
    await playground.open('./?lesson=section-2');
    await expect(lessons.panel).toHaveAttribute('data-lesson-id', 'section-2');
    await expect.poll(async () => (await playground.text()).join('\n')).toContain('prometheus.scrape "loki"');
  });

  test('works on without errors when storage is full, and says the work is not saved', async ({ page }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('alloy-workshop:'))
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await playground.open();
    await lessons.open('alloy-101');
    await expect(lessons.sidebar.getByText('This browser does not let the workshop save')).toBeVisible();
    await playground.replaceText(referenceConfig(course, lesson('alloy-101')));
    await lessons.check();
    await expect(lessons.outcome).toHaveText('Passed: all 3 objectives are met.');
  });
});

/**
 * Replaces the line holding `needle` with `lines`, typed one by one as a
 * learner types them (suggestions dismissed before each new line).
 */
async function replaceLine(playground: Playground, needle: string, lines: string[]): Promise<void> {
  const { page } = playground;
  await playground.goToText(needle);
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Delete');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line, TYPING);
    await page.keyboard.press('Escape');
  }
}

/**
 * Types a block with its body at the cursor. The braces are typed as a pair
 * and the body goes between them: whether or not the editor closed the brace
 * by itself, the result is the same. The cursor ends after the `}`.
 */
async function typeBlock(page: Page, header: string, body: string[]): Promise<void> {
  await page.keyboard.type(`${header} {}`, TYPING);
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowLeft');
  for (const line of body) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(line, TYPING);
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
}

/** The marks the lessons leave in the editor on unmet objectives. */
function failureMarks(playground: Playground): Locator {
  return playground.editor.locator('.view-overlays .lesson-failure');
}

/** A configuration's lines as the editor draws them: leading tabs become four spaces. */
function asDrawn(source: string): string[] {
  return source.split('\n').map((line) => line.replace(/^\t+/, (tabs) => '    '.repeat(tabs.length)));
}
