/**
 * PromQL functions over the samples of one series in a range window
 * (`rate(x[5m])`), as Prometheus computes them. A window is the samples
 * `from` (inclusive) to `to` (exclusive) of a time column; the range is
 * left-open, `(rangeStart, rangeEnd]`. A function without a value for the
 * window (too few samples) returns null, and the series is left out.
 */
import type { TimeColumn } from '../../store/time-column';
import { quantile } from '../common/aggregation';

/** The samples `from` (inclusive) to `to` (exclusive) of a column, in a range. */
export type Window = {
  column: TimeColumn<number>;
  from: number;
  to: number;
  rangeStartMs: number;
  rangeEndMs: number;
};

export type RangeFunction = (window: Readonly<Window>) => number | null;

/**
 * Prometheus's `extrapolatedRate`: the increase between the first and last
 * sample (adding back the value before each counter reset), extrapolated
 * towards the range boundaries — all the way when the gap to a boundary is
 * under 1.1 × the average sample interval, else by half an interval, and for
 * counters never below zero.
 */
function extrapolatedRate(window: Window, isCounter: boolean, isRate: boolean): number | null {
  const { column, from, to, rangeStartMs, rangeEndMs } = window;
  const count = to - from;
  if (count < 2) return null;
  const firstTime = column.timeAt(from);
  const lastTime = column.timeAt(to - 1);
  const firstValue = column.itemAt(from);
  let result = column.itemAt(to - 1) - firstValue;
  if (isCounter) {
    for (let i = from + 1; i < to; i++) {
      const previous = column.itemAt(i - 1);
      if (column.itemAt(i) < previous) result += previous;
    }
  }

  const sampledInterval = (lastTime - firstTime) / 1000;
  if (sampledInterval === 0) return null;
  let durationToStart = (firstTime - rangeStartMs) / 1000;
  let durationToEnd = (rangeEndMs - lastTime) / 1000;
  const averageInterval = sampledInterval / (count - 1);
  const threshold = averageInterval * 1.1;

  if (durationToStart >= threshold) durationToStart = averageInterval / 2;
  if (isCounter && result > 0 && firstValue >= 0) {
    const durationToZero = sampledInterval * (firstValue / result);
    if (durationToZero < durationToStart) durationToStart = durationToZero;
  }
  if (durationToEnd >= threshold) durationToEnd = averageInterval / 2;

  let factor = (sampledInterval + durationToStart + durationToEnd) / sampledInterval;
  if (isRate) factor /= (rangeEndMs - rangeStartMs) / 1000;
  return result * factor;
}

/** `irate` and `idelta`: from the last two samples only. */
function instantDelta(window: Window, isRate: boolean): number | null {
  const { column, from, to } = window;
  if (to - from < 2) return null;
  const last = column.itemAt(to - 1);
  const previous = column.itemAt(to - 2);
  let result = last - previous;
  if (isRate && last < previous) result = last; // a counter reset
  if (!isRate) return result;
  const interval = (column.timeAt(to - 1) - column.timeAt(to - 2)) / 1000;
  return interval === 0 ? null : result / interval;
}

function fold(
  window: Window,
  initial: number,
  step: (accumulator: number, value: number) => number,
): number | null {
  if (window.to <= window.from) return null;
  let accumulator = initial;
  for (let i = window.from; i < window.to; i++) accumulator = step(accumulator, window.column.itemAt(i));
  return accumulator;
}

export const RANGE_FUNCTIONS: Readonly<Record<string, RangeFunction>> = {
  rate: (window) => extrapolatedRate(window, true, true),
  increase: (window) => extrapolatedRate(window, true, false),
  delta: (window) => extrapolatedRate(window, false, false),
  irate: (window) => instantDelta(window, true),
  idelta: (window) => instantDelta(window, false),
  sum_over_time: (window) => fold(window, 0, (sum, value) => sum + value),
  avg_over_time: (window) => {
    const sum = fold(window, 0, (total, value) => total + value);
    return sum === null ? null : sum / (window.to - window.from);
  },
  min_over_time: (window) =>
    fold(window, NaN, (min, value) => (Number.isNaN(min) || value < min ? value : min)),
  max_over_time: (window) =>
    fold(window, NaN, (max, value) => (Number.isNaN(max) || value > max ? value : max)),
  count_over_time: (window) => (window.to > window.from ? window.to - window.from : null),
  last_over_time: (window) => (window.to > window.from ? window.column.itemAt(window.to - 1) : null),
  present_over_time: (window) => (window.to > window.from ? 1 : null),
  stdvar_over_time: (window) => variance(window),
  stddev_over_time: (window) => {
    const value = variance(window);
    return value === null ? null : Math.sqrt(value);
  },
  changes: (window) =>
    countPairs(
      window,
      (previous, value) => previous !== value && !(Number.isNaN(previous) && Number.isNaN(value)),
    ),
  resets: (window) => countPairs(window, (previous, value) => value < previous),
};

/** The population variance of the window's values. */
function variance(window: Window): number | null {
  const count = window.to - window.from;
  if (count <= 0) return null;
  let sum = 0;
  for (let i = window.from; i < window.to; i++) sum += window.column.itemAt(i);
  const mean = sum / count;
  let squares = 0;
  for (let i = window.from; i < window.to; i++) squares += (window.column.itemAt(i) - mean) ** 2;
  return squares / count;
}

/** `quantile_over_time(φ, …)`: the φ-quantile of the window's values. */
export function quantileOverTime(phi: number): RangeFunction {
  return (window) => {
    if (window.to <= window.from) return null;
    const values: number[] = [];
    for (let i = window.from; i < window.to; i++) values.push(window.column.itemAt(i));
    return quantile(phi, values);
  };
}

function countPairs(window: Window, counts: (previous: number, value: number) => boolean): number | null {
  if (window.to <= window.from) return null;
  let total = 0;
  for (let i = window.from + 1; i < window.to; i++)
    if (counts(window.column.itemAt(i - 1), window.column.itemAt(i))) total++;
  return total;
}

/** Range functions whose result keeps the metric name. */
export const NAME_KEEPING_RANGE_FUNCTIONS: ReadonlySet<string> = new Set(['last_over_time']);
