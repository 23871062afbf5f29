/**
 * When a query runs: at one instant, or over a range in steps (as Grafana's
 * panels ask). Times are virtual milliseconds.
 */

export type InstantQuery = { time: number };
export type RangeQuery = { start: number; end: number; step: number };

export type QueryTiming = InstantQuery | RangeQuery;

/** Grafana's interval variables, which queries may contain. */
export type IntervalOptions = {
  /** The datasource's scrape interval (`timeInterval`); default 2 s as in the workshop's Mimir datasource. */
  scrapeIntervalMs?: number;
  /** `$__interval`; by default the step of a range query (never below the scrape interval). */
  intervalMs?: number;
};

export function isRangeQuery(timing: QueryTiming): timing is RangeQuery {
  return 'step' in timing;
}

/** The evaluation times of a query: every step from start to end inclusive. */
export function evaluationTimes(timing: QueryTiming): number[] {
  if (!isRangeQuery(timing)) return [timing.time];
  const times: number[] = [];
  for (let t = timing.start; t <= timing.end; t += timing.step) times.push(t);
  return times;
}

/** A problem with the timing itself, or null. */
export function timingProblem(timing: QueryTiming): string | null {
  if (!isRangeQuery(timing)) return Number.isFinite(timing.time) ? null : 'the query time is not a number';
  if (!Number.isFinite(timing.start) || !Number.isFinite(timing.end))
    return 'the query range is not a number';
  if (timing.end < timing.start) return 'the end of the query range is before its start';
  if (!(timing.step > 0)) return 'the step of a range query must be positive';
  if ((timing.end - timing.start) / timing.step > 11_000)
    return 'exceeded maximum resolution of 11,000 points per series; use a larger step';
  return null;
}
