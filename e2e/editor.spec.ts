import { ALLOY_TOKEN as T } from '../app/editor/alloyMonarch';
import { ALLOY_TOKEN_STYLES } from '../app/editor/alloyThemes';
import { expect, test } from './fixtures';
import { Playground } from './playground';

const LIGHT = ALLOY_TOKEN_STYLES.light;

const EVERY_TOKEN_CLASS = `// Scrape and forward
prometheus.scrape "demo" {
	targets    = [{"__address__" = "localhost:9090", job = sys.env("JOB")}]
	forward_to = [prometheus.remote_write.out.receiver]
	scrape_interval = "15s"
	honor_labels = true && 1.5 > 42
	job_name = \`raw\` + "tab\\t"
}
`;

test.describe('the editor', () => {
  let playground: Playground;

  test.beforeEach(async ({ page }) => {
    playground = new Playground(page);
    await playground.open();
  });

  test('shows the workshop example, valid, on first load', async () => {
    expect((await playground.text())[1]).toBe('logging {');
    await expect(playground.problemCount).toHaveText('0');
    await expect(playground.graphNode('loki.write.mythical')).toBeVisible();
  });

  test('colours every token class of Alloy', async () => {
    await playground.replaceText(EVERY_TOKEN_CLASS);
    const expected: [string, string][] = [
      ['// Scrape and forward', LIGHT[T.comment].foreground],
      ['prometheus.scrape', LIGHT[T.blockName].foreground],
      ['"demo"', LIGHT[T.blockLabel].foreground],
      ['targets', LIGHT[T.attributeName].foreground],
      ['"__address__"', LIGHT[T.objectKey].foreground],
      ['job', LIGHT[T.objectKey].foreground],
      ['sys.env', LIGHT[T.functionCall].foreground],
      ['prometheus.remote_write.out.receiver', LIGHT[T.reference].foreground],
      ['true', LIGHT[T.constant].foreground],
      ['&&', LIGHT[T.operator].foreground],
      ['1.5', LIGHT[T.number].foreground],
      ['42', LIGHT[T.number].foreground],
      ['`raw`', LIGHT[T.rawString].foreground],
      ['\\t', LIGHT[T.stringEscape].foreground],
    ];
    for (const [text, color] of expected) await playground.expectTokenColor(text, color);
    // Every class has a colour of its own.
    expect(new Set(expected.map(([, color]) => color)).size).toBe(12);
  });

  test('edits like an IDE: closing pairs, indentation, comment toggling, folding', async ({ page }) => {
    await playground.replaceText('');
    await playground.type('loki.write "out" {');
    await page.keyboard.press('Enter');
    await playground.type('endpoint {');
    await page.keyboard.press('Enter');
    await playground.type('url = "http://loki:3100');
    expect((await playground.text()).slice(0, 5)).toEqual([
      'loki.write "out" {',
      '    endpoint {',
      '        url = "http://loki:3100"',
      '    }',
      '}',
    ]);

    await page.keyboard.press('Control+/');
    expect((await playground.text())[2]).toBe('        // url = "http://loki:3100"');
    await page.keyboard.press('Control+/');
    expect((await playground.text())[2]).toBe('        url = "http://loki:3100"');

    // Folding the block leaves its first line and its closing brace.
    await playground.goTo(1, 1);
    await page.keyboard.press('Control+Shift+BracketLeft');
    await expect.poll(async () => (await playground.text()).length).toBe(2);
    await page.keyboard.press('Control+Shift+BracketRight');
    await expect.poll(async () => (await playground.text()).length).toBe(5);
  });

  test('marks a planted mistake and explains it', async ({ page }) => {
    await playground.goToText('url =', 3);
    await page.keyboard.type('l');
    const message = 'unrecognized attribute name "urll"; did you mean "url"?';
    await expect(playground.editor.locator('.squiggly-error').first()).toBeVisible();
    await expect(playground.problems).toContainText(message);
    await expect(playground.problemCount).toHaveText('2');

    // The hover over the mistake shows the same message.
    await playground.goToText('urll');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    await expect(page.locator('.monaco-hover').filter({ hasText: message })).toBeVisible();
  });

  test('fixes a misspelling with the suggested quick fix', async ({ page }) => {
    await playground.goToText('url =', 3);
    await page.keyboard.type('l');
    await expect(playground.problemCount).toHaveText('2');
    await playground.goToText('urll', 2);
    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget').getByText('Change to "url"');
    await expect(fix).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(playground.problemCount).toHaveText('0');
    expect((await playground.text()).map((line) => line.trim())).toContain(
      'url = "http://loki:3100/loki/api/v1/push"',
    );
  });

  test('jumps from the problems list to the mistake', async ({ page }) => {
    await playground.goToText('"mythical"', 1);
    await page.keyboard.type('x');
    await page
      .getByRole('button', { name: /component "loki\.write\.mythical\.receiver" does not exist/ })
      .click();
    await expect(playground.activeLine()).toHaveText('19');
  });

  test('completes a component, its label and arguments, then a reference of the right kind', async ({
    page,
  }) => {
    await playground.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('loki.rel');
    const suggestions = page.locator('.suggest-widget.visible');
    await expect(suggestions.getByRole('option', { name: /^loki\.relabel/ })).toBeVisible();
    await page.keyboard.press('Enter');
    // The snippet selects the label first, then moves into forward_to's list.
    await page.keyboard.type('extra');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+Space');
    // Only the logs receivers fit forward_to.
    await expect(suggestions.getByRole('option')).toHaveText([
      /loki\.relabel\.alloy_logs\.receiver/,
      /loki\.write\.mythical\.receiver/,
    ]);
    await page.keyboard.type('loki.wr');
    await expect(suggestions.getByRole('option')).toHaveText([/loki\.write\.mythical\.receiver/]);
    await page.keyboard.press('Enter');

    const text = await playground.text();
    expect(text.slice(-3).map((line) => line.trim())).toEqual([
      'loki.relabel "extra" {',
      'forward_to = [loki.write.mythical.receiver]',
      '}',
    ]);
    await expect(playground.graphNode('loki.relabel.extra')).toBeVisible();
  });

  test('completes argument names inside a block and allowed values inside a string', async ({ page }) => {
    await playground.goToText('format   = "logfmt"');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('desti');
    await expect(
      page.locator('.suggest-widget.visible').getByRole('option', { name: /^destination/ }),
    ).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Delete');

    await playground.goToText('"logfmt"', 1);
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Delete');
    await page.keyboard.type('j');
    await page.keyboard.press('Control+Space');
    await expect(
      page.locator('.suggest-widget.visible').getByRole('option', { name: /^json/ }),
    ).toBeVisible();
    await page.keyboard.press('Enter');
    await page.keyboard.type('"');
    expect((await playground.text()).map((line) => line.trim())).toContain('format   = "json"');
  });

  test('formats the document with Shift+Alt+F and with the Format button', async ({ page }) => {
    const messy =
      'logging {\nlevel="debug"\n      format = "json"\n}\n\n\n\nloki.write "x" {\nendpoint {\nurl = "http://a"\n}\n}\n';
    const formatted = [
      'logging {',
      '    level  = "debug"',
      '    format = "json"',
      '}',
      '',
      'loki.write "x" {',
      '    endpoint {',
      '        url = "http://a"',
      '    }',
      '}',
      '',
    ];
    await playground.replaceText(messy);
    await page.keyboard.press('Shift+Alt+F');
    await expect.poll(() => playground.text()).toEqual(formatted);

    await playground.replaceText(messy);
    await page.getByRole('button', { name: 'Format' }).click();
    await expect.poll(() => playground.text()).toEqual(formatted);
  });

  test('goes to the definition of a referenced component and finds its references', async ({ page }) => {
    await playground.goToText('loki.write.mythical.receiver', 12);
    await page.keyboard.press('F12');
    await expect(playground.activeLine()).toHaveText('22');

    // A second reference, from logging: the peek lists the declaration and both references.
    await playground.goToText('write_to = [loki.relabel.alloy_logs.receiver', 'write_to = ['.length);
    await page.keyboard.type('loki.write.mythical.receiver, ');
    await playground.goToText('"mythical"', 2);
    await page.keyboard.press('Shift+F12');
    const peek = page.locator('.peekview-widget');
    await expect(peek).toBeVisible();
    await expect(peek.locator('.ref-tree .monaco-list-row')).toHaveCount(3);
    await page.keyboard.press('Escape');
    await expect(peek).toBeHidden();
  });

  test('renames a component label and every reference to it', async ({ page }) => {
    await playground.goToText('"mythical"', 2);
    await page.keyboard.press('F2');
    const input = page.locator('.rename-box input');
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('mythical');
    await input.fill('loki_out');
    await input.press('Enter');

    await expect.poll(async () => (await playground.text()).join('\n')).toContain('loki.write "loki_out" {');
    const text = (await playground.text()).join('\n');
    expect(text).toContain('forward_to = [loki.write.loki_out.receiver]');
    expect(text).not.toContain('mythical');
    await expect(playground.problemCount).toHaveText('0');
    await expect(playground.graphNode('loki.write.loki_out')).toBeVisible();
  });
});
