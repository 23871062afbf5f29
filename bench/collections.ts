/**
 * V8's garbage collector in benchmarks: collections on demand, and how much
 * of each timed run went into collecting. The second tells a cost that grows
 * with the input itself from one that grows with the heap it leaves behind.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A stretch of time on `performance.now()`'s clock. */
export type Interval = { start: number; end: number };

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
  return { full: () => gc(), young: () => gc({ type: 'minor' }) };
}

/** Every collection since `watchCollections` was first called, in time order. */
const collections: Interval[] = [];
let observer: PerformanceObserver | null = null;

/** Starts recording collections (once per process); call it before timing the runs to look at. */
export function watchCollections(): void {
  if (observer) return;
  observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      collections.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  });
  observer.observe({ type: 'gc' });
}

/** Mean milliseconds per run spent collecting garbage, for runs timed while watching. */
export async function collectingPerRun(runs: readonly Interval[]): Promise<number> {
  // Node reports a collection a moment after it ends.
  await new Promise((resolve) => setTimeout(resolve, 10));
  let total = 0;
  for (const run of runs)
    for (const collection of collections)
      total += Math.max(0, Math.min(run.end, collection.end) - Math.max(run.start, collection.start));
  return total / Math.max(1, runs.length);
}
