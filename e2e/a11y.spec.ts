/**
 * Accessibility of every mode of the page: an axe scan finds no serious or
 * critical violation in either colour scheme, and the keyboard reaches every
 * control, each showing that it has the focus. A new mode is one line in
 * MODES.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

type Mode = {
  name: string;
  url: string;
  /** Show once the mode has loaded what matters (the editor, the graph). */
  loaded: string[];
  /** Whether the mode lives in frames, which the keyboard walk below does not enter. */
  framed?: boolean;
};

const EDITOR = '.monaco-editor .view-lines';
const GRAPH = '[data-testid="graph-node"]';
const BOTH = [EDITOR, GRAPH];

const MODES: Mode[] = [
  { name: 'the full app', url: './', loaded: BOTH },
  { name: 'projector mode', url: './?mode=present', loaded: BOTH },
  { name: 'the free playground', url: './?playground', loaded: BOTH },
  { name: 'an embedded lesson', url: './?embed=1&lesson=section-1&check=1', loaded: BOTH },
  { name: 'an embedded graph', url: './?embed=1&view=graph&readonly=1', loaded: [GRAPH] },
  {
    name: 'the example host page',
    url: './embed-example.html',
    // Each frame reports the analysis of its configuration once it has drawn it.
    loaded: ['#lesson-log li[data-type="diagnostics"]', '#graph-log li[data-type="diagnostics"]'],
    framed: true,
  },
];

const BLOCKING_IMPACTS = new Set(['serious', 'critical']);

async function open(page: Page, mode: Mode): Promise<void> {
  await page.goto(mode.url);
  for (const selector of mode.loaded) await expect(page.locator(selector).first()).toBeVisible();
}

for (const mode of MODES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${mode.name} has no serious or critical accessibility violation (${colorScheme})`, async ({
      page,
    }) => {
      // Frames multiply the work: each holds a whole playground for axe to read.
      test.slow(mode.framed === true);
      await page.emulateMedia({ colorScheme });
      await open(page, mode);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const blocking = violations
        .filter((violation) => BLOCKING_IMPACTS.has(violation.impact ?? ''))
        .map(
          (violation) =>
            `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
              .map((node) => node.target.join(' '))
              .join(', ')}`,
        );
      expect(blocking).toEqual([]);
    });
  }
}

/** What the keyboard walk learns about one focus stop. */
type FocusStop = { id: string | null; look: string; inEditor: boolean };

for (const mode of MODES.filter((candidate) => !candidate.framed)) {
  test(`${mode.name}: the keyboard reaches every control, and the focus shows`, async ({ page }) => {
    await open(page, mode);
    const controls = await page.evaluate(() => {
      const selector =
        'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), summary, [tabindex]:not([tabindex="-1"])';
      const found = [...document.querySelectorAll<HTMLElement>(selector)].filter(
        // Monaco's own parts are reached through the editor, which is one stop.
        (element) => element.checkVisibility() && !element.closest('.monaco-editor'),
      );
      found.forEach((element, index) => (element.dataset.keyboardWalk = String(index)));
      return found.map((element) => element.outerHTML.slice(0, 120));
    });
    expect(controls.length).toBeGreaterThan(3);
    await page.evaluate(installFocusLook);

    const focusedLooks = new Map<string, string>();
    await page.locator('body').focus();
    for (let step = 0; step < controls.length * 2 + 20 && focusedLooks.size < controls.length; step++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(focusStop);
      // In the editor Tab indents; Ctrl+M makes it move the focus on, as the page tells the reader.
      if (stop.inEditor) await page.keyboard.press('Control+M');
      if (stop.id !== null) focusedLooks.set(stop.id, stop.look);
    }
    const missed = controls.filter((_, index) => !focusedLooks.has(String(index)));
    expect(missed, 'controls the keyboard never reached').toEqual([]);

    // A control shows its focus when it looks different without it.
    const unfocusedLooks = await page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      const looks: Record<string, string> = {};
      for (const element of document.querySelectorAll<HTMLElement>('[data-keyboard-walk]'))
        looks[element.dataset.keyboardWalk ?? ''] = (window as unknown as WithFocusLook).focusLook(element);
      return looks;
    });
    const unseen = controls.filter(
      (_, index) => focusedLooks.get(String(index)) === unfocusedLooks[String(index)],
    );
    expect(unseen, 'controls that do not show their focus').toEqual([]);
  });
}

/** Runs in the page: the focused control and how its focus ring looks. */
function focusStop(): FocusStop {
  const element = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  if (!element) return { id: null, look: '', inEditor: false };
  if (element.closest('.monaco-editor'))
    return { id: null, look: '', inEditor: element.closest('.monaco-editor.focused') !== null };
  return {
    id: element.dataset.keyboardWalk ?? null,
    look: (window as unknown as WithFocusLook).focusLook(element),
    inEditor: false,
  };
}

type WithFocusLook = { focusLook(element: Element): string };

/**
 * Gives the page `focusLook`: the outlines and shadows of an element and of
 * what it holds (a graph node draws its focus ring on the card inside it).
 */
function installFocusLook(): void {
  const focusLook = (element: Element) =>
    [element, ...element.querySelectorAll('*')]
      .map((part) => {
        const style = getComputedStyle(part);
        return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} ${style.boxShadow}`;
      })
      .join('|');
  Object.assign(window, { focusLook });
}
