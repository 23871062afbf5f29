/**
 * Navigation to editor ready, in a fresh browser context each time (a cold
 * cache). Ready: Monaco's view shows the text's first line (see page-probe.js).
 */
import type { Browser } from 'playwright-core';
import { editorReadyAt, installProbe } from './probe';

/** Milliseconds since navigation start. */
export type StartUp = {
  /** The first paint with content. */
  firstContentfulPaint: number;
  /** Monaco's chunk requested. */
  monacoRequested: number;
  /** Monaco's chunk fully received. */
  monacoReceived: number;
  ready: number;
  /** The scripts (the page's and its workers') received before the editor was ready, relative to the page. */
  scriptsBeforeReady: string[];
};

export async function timeStartUp(
  browser: Browser,
  url: string,
  firstLine: string,
  monacoFiles: readonly string[],
): Promise<StartUp> {
  const context = await browser.newContext();
  try {
    await installProbe(context, firstLine);
    const page = await context.newPage();
    await page.goto(url);
    const ready = await editorReadyAt(page);
    const timings = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.startsWith(location.href) && entry.name.endsWith('.js'))
        .map((entry) => ({
          file: entry.name.slice(location.href.length),
          start: entry.startTime,
          end: (entry as PerformanceResourceTiming).responseEnd,
        })),
    }));
    const monaco = timings.scripts.filter((script) => monacoFiles.includes(script.file));
    return {
      firstContentfulPaint: timings.paint ?? NaN,
      monacoRequested: monaco.length > 0 ? Math.min(...monaco.map((script) => script.start)) : NaN,
      monacoReceived: monaco.length > 0 ? Math.max(...monaco.map((script) => script.end)) : NaN,
      ready,
      scriptsBeforeReady: timings.scripts
        .filter((script) => script.end <= ready)
        .map((script) => script.file),
    };
  } finally {
    await context.close();
  }
}
