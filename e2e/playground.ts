/**
 * Drives the playground the way a learner does, with the keyboard and the
 * mouse, and reads back what the page shows: Monaco's rendered lines and
 * token colours, the problems list, the graph.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export class Playground {
  readonly editor: Locator;
  readonly lines: Locator;
  readonly problems: Locator;
  readonly problemCount: Locator;

  constructor(readonly page: Page) {
    this.editor = page.locator('.monaco-editor').first();
    this.lines = this.editor.locator('.view-lines');
    this.problems = page.getByRole('region', { name: /Problems/ });
    this.problemCount = this.problems.locator('.problems-count');
  }

  /** Opens the playground and waits for the editor and the first analysis. */
  async open(url = './'): Promise<void> {
    await this.page.goto(url);
    await expect(this.lines).toBeVisible();
    await expect(this.problemCount).not.toHaveText('…');
  }

  /** Replaces the whole text by pasting over it (typing would auto-indent and auto-close). */
  async replaceText(text: string): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.evaluate((pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      document.activeElement?.dispatchEvent(event);
    }, text);
    await expect.poll(async () => (await this.text()).join('\n').length > 0).toBe(true);
  }

  /**
   * Types at a person's pace. Typed instantly, a quote can arrive before
   * Monaco has re-tokenized the line and miss its auto-closing partner.
   */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 30 });
  }

  async focus(): Promise<void> {
    await this.lines.click();
  }

  /** Moves the cursor with Monaco's "Go to line" (Ctrl+G), 1-based like the editor. */
  async goTo(line: number, column: number): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await expect(input).toBeFocused();
    await input.fill(`:${line}:${column}`);
    await input.press('Enter');
    await expect(this.activeLine()).toHaveText(String(line));
  }

  /** Moves the cursor onto the first occurrence of `needle` in the text, `offset` characters into it. */
  async goToText(needle: string, offset = 0): Promise<void> {
    const lines = await this.text();
    const line = lines.findIndex((text) => text.includes(needle));
    if (line < 0) throw new Error(`"${needle}" is not in the editor`);
    await this.goTo(line + 1, lines[line]!.indexOf(needle) + offset + 1);
  }

  /** The line number of the cursor. */
  activeLine(): Locator {
    return this.editor.locator('.line-numbers.active-line-number');
  }

  /** The rendered lines, top to bottom, with tabs as Monaco draws them (spaces). */
  async text(): Promise<string[]> {
    return this.lines.evaluate((element) =>
      [...element.querySelectorAll<HTMLElement>('.view-line')]
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ')),
    );
  }

  /**
   * The colour of the rendered token spelled exactly `text`, e.g.
   * `rgb(130, 80, 223)`; null while no such token is on screen.
   */
  async tokenColor(text: string): Promise<string | null> {
    return this.lines.evaluate((element, wanted) => {
      const spans = [...element.querySelectorAll<HTMLElement>('.view-line span span')];
      const token = spans.find((span) => (span.textContent ?? '').replace(/\u00a0/g, ' ') === wanted);
      return token ? getComputedStyle(token).color : null;
    }, text);
  }

  /**
   * Waits until the token spelled `text` is drawn in `color` (hexadecimal, no `#`).
   * Polls gently: Monaco re-tokenizes after a theme change when the page is idle.
   */
  async expectTokenColor(text: string, color: string): Promise<void> {
    await expect
      .poll(() => this.tokenColor(text), { message: `colour of ${text}`, intervals: [250, 500, 1000] })
      .toBe(rgb(color));
  }

  graphNode(id: string): Locator {
    return this.page.locator(`[data-testid="graph-node"][data-node-id="${id}"]`);
  }
}

/** `rgb(r, g, b)` of a hexadecimal colour without `#`, as getComputedStyle reports it. */
export function rgb(hex: string): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
