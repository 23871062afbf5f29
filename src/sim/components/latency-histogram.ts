/**
 * Latency histograms as the span metrics and service graph connectors keep
 * them: explicit bucket bounds, written as Go durations (both connectors
 * default to the same list), and a count per bucket, one more than bounds.
 */
import { parseDuration } from '../../syntax/eval/duration';
import { ConfigError } from '../config/body';

export const DEFAULT_LATENCY_BUCKETS: readonly string[] = [
  '2ms',
  '4ms',
  '6ms',
  '8ms',
  '10ms',
  '50ms',
  '100ms',
  '200ms',
  '400ms',
  '800ms',
  '1s',
  '1400ms',
  '2s',
  '5s',
  '10s',
  '15s',
];

/** Bounds in a unit (1e6 nanoseconds per unit for milliseconds); `setting` names the list in messages. */
export function latencyBounds(texts: readonly string[], nanosPerUnit: number, setting: string): number[] {
  return texts.map((text, index) => {
    const nanos = parseDuration(text);
    if (typeof nanos === 'string') throw new ConfigError(`${setting}[${index}]: ${nanos}`);
    return Number(nanos) / nanosPerUnit;
  });
}

/** Counts a value in the first bucket whose bound it does not exceed (the last bucket is unbounded). */
export function observe(counts: number[], bounds: readonly number[], value: number): void {
  let bucket = 0;
  while (bucket < bounds.length && value > (bounds[bucket] as number)) bucket++;
  counts[bucket] = (counts[bucket] as number) + 1;
}
