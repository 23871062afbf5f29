/**
 * Grafana's built-in interval variables, substituted before parsing as
 * Grafana does before sending a query:
 *
 * - `$__interval` (and `$__interval_ms`): the requested interval, by default
 *   the step of a range query, never below the scrape interval.
 * - `$__rate_interval`: max(`$__interval` + scrape interval, 4 × scrape
 *   interval), Grafana's rule; with the workshop's 2 s scrape interval it is
 *   at least 8 s.
 * - `$__range` (and `_s`, `_ms`): the query range (end − start; for an
 *   instant query, the interval).
 * - `$__auto` (Loki): `$__interval` in range queries, `$__range` in instant
 *   ones.
 *
 * Also written `${__interval}` or `[[__interval]]`. The substitution keeps
 * a map back to the original text so diagnostics point at what the user
 * wrote.
 */
import { formatDuration } from './duration';
import type { IntervalOptions, QueryTiming } from './options';
import { isRangeQuery } from './options';

export const DEFAULT_SCRAPE_INTERVAL_MS = 2000;

export type Substitution = {
  text: string;
  /**
   * Maps an offset in `text` back to the original query; an offset inside
   * a substituted value maps to the start or the end of the variable.
   */
  toOriginal(offset: number, side: 'start' | 'end'): number;
};

type Replacement = { from: number; to: number; length: number };

const VARIABLE = /\$\{(__\w+)\}|\[\[(__\w+)\]\]|\$(__\w+)/g;

export function intervalVariables(timing: QueryTiming, options: IntervalOptions): Map<string, string> {
  const scrape = options.scrapeIntervalMs ?? DEFAULT_SCRAPE_INTERVAL_MS;
  const requested = options.intervalMs ?? (isRangeQuery(timing) ? timing.step : scrape);
  const interval = Math.max(requested, scrape);
  const rateInterval = Math.max(interval + scrape, 4 * scrape);
  const range = isRangeQuery(timing) ? timing.end - timing.start : interval;
  return new Map([
    ['__interval', formatDuration(interval)],
    ['__interval_ms', String(Math.round(interval))],
    ['__rate_interval', formatDuration(rateInterval)],
    ['__range', formatDuration(range)],
    ['__range_s', String(Math.round(range / 1000))],
    ['__range_ms', String(Math.round(range))],
    ['__auto', formatDuration(isRangeQuery(timing) ? interval : range)],
  ]);
}

/** Replaces the known variables; unknown ones stay for the parser to reject. */
export function substituteVariables(query: string, variables: ReadonlyMap<string, string>): Substitution {
  const replacements: Replacement[] = [];
  const text = query.replace(
    VARIABLE,
    (whole: string, braced?: string, bracketed?: string, bare?: string, offset?: number) => {
      const value = variables.get(braced ?? bracketed ?? bare ?? '');
      if (value === undefined) return whole;
      replacements.push({ from: offset ?? 0, to: (offset ?? 0) + whole.length, length: value.length });
      return value;
    },
  );
  return { text, toOriginal: (offset, side) => toOriginal(offset, side, replacements) };
}

function toOriginal(offset: number, side: 'start' | 'end', replacements: readonly Replacement[]): number {
  let shift = 0;
  for (const { from, to, length } of replacements) {
    const start = from + shift;
    if (offset < start) break;
    if (offset < start + length) return side === 'start' || offset === start ? from : to;
    shift += length - (to - from);
  }
  return offset - shift;
}
