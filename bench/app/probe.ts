/**
 * The Node side of page-probe.js: installs it in a browser context and reads
 * back the times it recorded, all on the page's clock (ms since navigation start).
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';

/** A graph change to wait for after the next keystroke. */
export type GraphChange = { goneId: string; appearId: string; nodes: number; edges: number };

/** Times of one keystroke and the graph change it caused. */
export type GraphChangeTimes = {
  /** When the browser created the keydown event. */
  keyStamp: number;
  /** When the page's first keydown listener ran. */
  keyListenerAt: number;
  /** When the node's old id left the graph: the new analysis was drawn. */
  drawnAt: number;
  /** When the node's new id was drawn and the counts matched: the new layout was drawn. */
  laidOutAt: number;
};

type ProbeWindow = {
  pageProbe: {
    editorReadyAt: number | null;
    graphChange: Promise<GraphChangeTimes> | null;
    armGraphChange(change: GraphChange & { timeoutMs: number }): void;
  };
};

const PROBE_SOURCE = readFile(new URL('./page-probe.js', import.meta.url), 'utf8');

/** Every page of `context` gets the probe; `firstLine` is the text's first line that marks the editor ready. */
export async function installProbe(context: BrowserContext, firstLine: string): Promise<void> {
  await context.addInitScript({ content: `window.pageProbeConfig = ${JSON.stringify({ firstLine })};` });
  await context.addInitScript({ content: await PROBE_SOURCE });
}

/** Waits for the editor to be ready and returns when it became so. */
export async function editorReadyAt(page: Page, timeoutMs = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as ProbeWindow).pageProbe.editorReadyAt,
    null,
    { polling: 100, timeout: timeoutMs },
  );
  return (await handle.jsonValue()) as number;
}

/** Runs `keystroke` and returns the times of the graph change it must cause. */
export async function timeGraphChange(
  page: Page,
  change: GraphChange,
  keystroke: () => Promise<void>,
  timeoutMs = 20_000,
): Promise<GraphChangeTimes> {
  await page.evaluate((armed) => (window as unknown as ProbeWindow).pageProbe.armGraphChange(armed), {
    ...change,
    timeoutMs,
  });
  await keystroke();
  return page.evaluate(() => (window as unknown as ProbeWindow).pageProbe.graphChange!);
}
