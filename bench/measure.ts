/** Small timing helpers for benchmarks: warm up, then report the median and p95 of many runs. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export type Timing = { median: number; p95: number; runs: number };

/** Runs `fn` repeatedly for about `budgetMs` (after a warm-up) and returns milliseconds per run. */
export function measure(fn: () => unknown, budgetMs = 400, minRuns = 5): Timing {
  for (let i = 0; i < 3; i++) fn();
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (samples.length < minRuns || performance.now() < deadline) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return summarise(samples);
}

type GarbageCollector = {
  /** Collects the whole heap. */
  full: () => void;
  /** Collects the young generation only: cheap, and it leaves compiled code alone. */
  young: () => void;
};

/** V8's garbage collector on demand (its `gc` function, exposed at run time). */
export function garbageCollector(): GarbageCollector {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;
  return { full: () => gc({ type: 'major' }), young: () => gc({ type: 'minor' }) };
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
): [Timing, Timing] {
  for (let i = 0; i < 3; i++) {
    a();
    b();
  }
  const { young: collect } = garbageCollector();
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (samplesA.length < minRuns || performance.now() < deadline) {
    collect();
    let start = performance.now();
    a();
    samplesA.push(performance.now() - start);
    collect();
    start = performance.now();
    b();
    samplesB.push(performance.now() - start);
  }
  return [summarise(samplesA), summarise(samplesB)];
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

/** Megabytes (10^6 bytes of UTF-8) per second for `text` processed in `ms`. */
export function throughput(text: string, ms: number): number {
  return Buffer.byteLength(text) / 1e6 / (ms / 1000);
}

export function formatMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
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
