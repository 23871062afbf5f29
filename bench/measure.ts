/** Small timing helpers for benchmarks: warm up, then report the median and p95 of many runs. */
import { collectingPerRun, garbageCollector, watchCollections, type Interval } from './collections';

/**
 * Milliseconds per run. The median shows a typical run; the mean also spreads
 * the garbage collections that land in a few runs over all of them, so it is
 * the figure that shows how the whole cost grows with the input.
 */
export type Timing = { median: number; p95: number; mean: number; runs: number };

/** The timing of runs, and when each run took place (see collections.ts). */
export type TimedRuns = Timing & { intervals: Interval[] };

/** Runs `fn` repeatedly for about `budgetMs` (after a warm-up) and returns milliseconds per run. */
export function measure(fn: () => unknown, budgetMs = 400, minRuns = 5): TimedRuns {
  for (let i = 0; i < 3; i++) fn();
  watchCollections();
  const intervals: Interval[] = [];
  const deadline = performance.now() + budgetMs;
  while (intervals.length < minRuns || performance.now() < deadline) intervals.push(timeRun(fn));
  return summariseRuns(intervals);
}

/**
 * Measures two functions in alternation, so that both run in the same heap
 * and machine conditions (a ratio between them is then fair). Each run starts
 * with an empty young generation: it pays for the garbage it makes itself,
 * never for what the other one left behind.
 */
export function measurePair(
  a: () => unknown,
  b: () => unknown,
  budgetMs = 400,
  minRuns = 5,
): [TimedRuns, TimedRuns] {
  for (let i = 0; i < 3; i++) {
    a();
    b();
  }
  watchCollections();
  const { young: collect } = garbageCollector();
  const runsA: Interval[] = [];
  const runsB: Interval[] = [];
  const deadline = performance.now() + budgetMs;
  while (runsA.length < minRuns || performance.now() < deadline) {
    collect();
    runsA.push(timeRun(a));
    collect();
    runsB.push(timeRun(b));
  }
  return [summariseRuns(runsA), summariseRuns(runsB)];
}

function timeRun(fn: () => unknown): Interval {
  const start = performance.now();
  fn();
  return { start, end: performance.now() };
}

function summariseRuns(intervals: Interval[]): TimedRuns {
  return { ...summarise(intervals.map((run) => run.end - run.start)), intervals };
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const mean = sorted.reduce((sum, sample) => sum + sample, 0) / Math.max(1, sorted.length);
  return { median: at(0.5), p95: at(0.95), mean, runs: sorted.length };
}

/** Megabytes (10^6 bytes of UTF-8) per second for `text` processed in `ms`. */
export function throughput(text: string, ms: number): number {
  return Buffer.byteLength(text) / 1e6 / (ms / 1000);
}

export function formatMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}

/** Nanoseconds per line, for `ms` spent on `lines` lines. */
export function formatPerLine(ms: number, lines: number): string {
  return `${((ms / lines) * 1e6).toFixed(0)} ns`;
}

/** The share of the runs' time that went into collecting garbage. */
export async function formatCollecting(timed: TimedRuns): Promise<string> {
  const collecting = await collectingPerRun(timed.intervals);
  return `${((collecting / timed.mean) * 100).toFixed(0)}%`;
}

/** Prints rows as an aligned plain-text table. */
export function printTable(title: string, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));
}
