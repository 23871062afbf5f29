/**
 * Keystroke to graph updated: with a config loaded and its graph laid out,
 * type a character at the end of a block's label and delete it again, over
 * and over. Each keystroke renames the block's node and cuts or restores the
 * edges of its references, so the graph must really change: the analysis
 * runs, the graph is redrawn, and the new structure is laid out.
 */
import type { Browser, Page } from 'playwright-core';
import { analyze } from '../../src/analysis';
import { toGraphView } from '../../src/graph-model/graph-view';
import { mergeWithLastGood } from '../../src/graph-model/merge-last-good';
import {
  editorReadyAt,
  installProbe,
  timeGraphChange,
  type GraphChange,
  type GraphChangeTimes,
} from './probe';

/** A config and the block whose label the keystrokes edit, e.g. `loki.write "mythical"`. */
export type KeystrokeCase = { source: string; block: string; label: string };

/** Milliseconds from each keystroke's keydown event. */
export type KeystrokeTimes = {
  /** …to the changed graph laid out and drawn: the figure that counts. */
  updated: number[];
  /** …to the new analysis drawn (the renamed node waits for its position). */
  drawn: number[];
  /** …to the page's first keydown listener: time the key waited for the main thread. */
  queued: number[];
};

const TYPED = 'x';

export async function timeKeystrokes(
  browser: Browser,
  url: string,
  firstLine: string,
  { source, block, label }: KeystrokeCase,
  samples: number,
): Promise<KeystrokeTimes> {
  const header = `${block} ${JSON.stringify(label)}`;
  const edited = source.replace(header, `${block} ${JSON.stringify(label + TYPED)}`);
  const before = graphShape(source);
  const after = graphShape(edited);
  const typeChange: GraphChange = {
    goneId: `${block}.${label}`,
    appearId: `${block}.${label}${TYPED}`,
    ...after,
  };
  const deleteChange: GraphChange = { goneId: typeChange.appearId, appearId: typeChange.goneId, ...before };

  const context = await browser.newContext();
  try {
    await installProbe(context, firstLine);
    const page = await context.newPage();
    await page.goto(url);
    await editorReadyAt(page);
    await replaceText(page, source);
    await waitForGraph(page, before);
    await goTo(page, source, header);

    const times: KeystrokeTimes = { updated: [], drawn: [], queued: [] };
    // The first pair warms the page up and is not counted.
    for (let pair = -1; times.updated.length < samples; pair++) {
      for (const [change, key] of [
        [typeChange, TYPED],
        [deleteChange, 'Backspace'],
      ] as const) {
        const sample = await timeGraphChange(page, change, () => page.keyboard.press(key));
        if (pair >= 0) record(times, sample);
        await idle(page);
      }
    }
    return times;
  } finally {
    await context.close();
  }
}

function graphShape(source: string): { nodes: number; edges: number } {
  const { pipeline, diagnostics } = analyze(source);
  const view = toGraphView(mergeWithLastGood(null, pipeline, diagnostics).merged);
  return { nodes: view.nodes.length, edges: view.edges.length };
}

function record(times: KeystrokeTimes, sample: GraphChangeTimes): void {
  times.updated.push(sample.laidOutAt - sample.keyStamp);
  times.drawn.push(sample.drawnAt - sample.keyStamp);
  times.queued.push(sample.keyListenerAt - sample.keyStamp);
}

/** Selects all and pastes `text` over it, as a learner pasting a config does. */
async function replaceText(page: Page, text: string): Promise<void> {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+A');
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    document.activeElement?.dispatchEvent(paste);
  }, text);
}

async function waitForGraph(page: Page, shape: { nodes: number; edges: number }): Promise<void> {
  await page.waitForFunction(
    ({ nodes, edges }) => {
      const root = document.querySelector<HTMLElement>('[data-testid="pipeline-graph"]');
      return (
        root?.dataset.nodeCount === String(nodes) &&
        root.dataset.edgeCount === String(edges) &&
        root.dataset.layoutPending === 'false'
      );
    },
    shape,
    { polling: 100, timeout: 60_000 },
  );
}

/** Puts the cursor right after the label inside `header`, with Monaco's "Go to line" (Ctrl+G). */
async function goTo(page: Page, source: string, header: string): Promise<void> {
  const lines = source.split('\n');
  const line = lines.findIndex((text) => text.includes(header));
  if (line < 0) throw new Error(`${header} is not in the config`);
  const column = lines[line]!.indexOf(header) + header.length; // before the closing quote, 1-based
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.fill(`:${line + 1}:${column}`);
  await input.press('Enter');
  await page
    .locator('.monaco-editor .line-numbers.active-line-number', { hasText: new RegExp(`^${line + 1}$`) })
    .waitFor();
}

/** Lets the page finish what the last keystroke started before the next one. */
async function idle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((resolve) => requestIdleCallback(() => resolve(null), { timeout: 2000 })),
  );
}
