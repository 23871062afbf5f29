/**
 * Evaluates LogQL against the Loki store. Log queries return the newest
 * (or oldest) `limit` entries in `[start, end)` that pass the pipeline,
 * grouped into streams by their final labels. Metric queries evaluate
 * like PromQL at each step, their range aggregations over the samples in
 * `(t − range, t]` (shifted by `offset`).
 */
import type { LokiStore } from '../../store/loki-store';
import { formatLabels } from '../../store/labels';
import { aggregate } from '../common/aggregation';
import type { ArithmeticOp, ComparisonOp } from '../common/binary';
import { scalarBinary, vectorBinary, vectorScalarBinary } from '../common/binary';
import type { InstantSample } from '../common/instant-vector';
import { signature } from '../common/instant-vector';
import { sortByLabels } from '../common/matrix';
import type { LogLine, LogStream } from '../common/result';
import { QueryError } from '../common/source';
import type { LogQuery, MetricQuery, RangeAggregation, RangeOp, VectorAggregation } from './ast';
import type { Grouping } from '../common/aggregation';
import type { SampleSeries } from './extract';
import { extractSamples } from './extract';
import { LabelsBuilder } from './labels-builder';
import { runPipeline } from './pipeline';

export type Direction = 'backward' | 'forward';

/** Range operations whose sum over series equals the operation over their union. */
const ADDITIVE_RANGE_OPS: ReadonlySet<RangeOp> = new Set([
  'count_over_time',
  'rate',
  'bytes_over_time',
  'bytes_rate',
  'sum_over_time',
]);

const NO_GROUPING: Grouping = { mode: 'by', labels: [] };

export type Value = { type: 'scalar'; value: number } | { type: 'vector'; samples: InstantSample[] };

export function selectLogs(
  store: LokiStore,
  query: LogQuery,
  start: number,
  end: number,
  limit: number,
  direction: Direction,
): LogStream[] {
  type Found = LogLine & { key: string; labels: Record<string, string> };
  const found: Found[] = [];
  for (const stream of store.select(query.matchers)) {
    const { entries } = stream;
    const first = entries.firstAtOrAfter(start);
    const last = entries.firstAtOrAfter(end);
    let accepted = 0;
    for (let n = 0; n < last - first && accepted < limit; n++) {
      const i = direction === 'backward' ? last - 1 - n : first + n;
      const stored = entries.itemAt(i);
      const base = stored.structuredMetadata
        ? { ...stored.structuredMetadata, ...stream.labels }
        : stream.labels;
      const labels = new LabelsBuilder(stream.labels, base);
      const line = runPipeline(query.stages, stored.line, labels);
      if (line === null) continue;
      accepted++;
      const final = labels.labels();
      const entry: Found = {
        timestamp: entries.timeAt(i),
        line,
        key: signature(final),
        labels: { ...final },
      };
      if (stored.structuredMetadata) entry.structuredMetadata = stored.structuredMetadata;
      found.push(entry);
    }
  }
  const sign = direction === 'backward' ? -1 : 1;
  found.sort((a, b) => sign * (a.timestamp - b.timestamp));

  const streams = new Map<string, LogStream>();
  for (const { key, labels, ...line } of found.slice(0, limit)) {
    let stream = streams.get(key);
    if (!stream) streams.set(key, (stream = { labels, entries: [] }));
    stream.entries.push(line);
  }
  return sortByLabels([...streams.values()]);
}

export class MetricEvaluator {
  private readonly extractions = new Map<RangeAggregation, SampleSeries[]>();
  private readonly groupedRanges = new Map<VectorAggregation, RangeAggregation>();

  constructor(
    private readonly store: LokiStore,
    /** The first and last evaluation times, to extract each range's samples once. */
    private readonly firstTime: number,
    private readonly lastTime: number,
  ) {}

  evaluate(expr: MetricQuery, time: number): Value {
    switch (expr.type) {
      case 'literal':
        return { type: 'scalar', value: expr.value };
      case 'vector':
        return { type: 'vector', samples: [{ labels: {}, value: expr.value }] };
      case 'range':
        return { type: 'vector', samples: this.range(expr, time) };
      case 'aggregate': {
        const inner = this.vectorOf(this.evaluate(this.pushedDown(expr), time), expr.expr);
        return { type: 'vector', samples: aggregate(expr.op, inner, expr.grouping, expr.parameter) };
      }
      case 'binary':
        return this.binary(expr, time);
    }
  }

  /**
   * `sum by (…) (count_over_time(…))` equals counting per group directly,
   * as for every additive range operation: the samples are then grouped
   * while they are extracted, as Loki does, instead of keeping one series
   * per distinct parsed label set (often one per line after `| logfmt`).
   */
  private pushedDown(expr: VectorAggregation): MetricQuery {
    const inner = expr.expr;
    if (expr.op !== 'sum' || inner.type !== 'range' || inner.grouping || !ADDITIVE_RANGE_OPS.has(inner.op))
      return inner;
    let grouped = this.groupedRanges.get(expr);
    if (!grouped)
      this.groupedRanges.set(expr, (grouped = { ...inner, grouping: expr.grouping ?? NO_GROUPING }));
    return grouped;
  }

  private vectorOf(value: Value, expr: MetricQuery): InstantSample[] {
    if (value.type !== 'vector')
      throw new QueryError('expected a vector, got a scalar', expr.from, expr.to, 'type');
    return value.samples;
  }

  private series(expr: RangeAggregation): SampleSeries[] {
    let series = this.extractions.get(expr);
    if (series) return series;
    const from = this.firstTime - expr.offsetMs - expr.rangeMs;
    const to = this.lastTime - expr.offsetMs;
    const extraction = extractSamples(this.store, expr, from, to);
    if (extraction.error)
      throw new QueryError(
        `pipeline error: '${extraction.error.error}' for series: '${formatLabels(extraction.error.labels)}'. Use a label filter to intentionally skip this error (e.g. | __error__!="${extraction.error.error}"); to skip all potential errors, match empty errors (e.g. | __error__="")`,
        expr.from,
        expr.to,
        'evaluation',
      );
    this.extractions.set(expr, (series = extraction.series));
    return series;
  }

  private range(expr: RangeAggregation, time: number): InstantSample[] {
    const end = time - expr.offsetMs;
    const start = end - expr.rangeMs;
    const seconds = expr.rangeMs / 1000;
    const result: InstantSample[] = [];
    for (const { labels, times, values } of this.series(expr)) {
      const from = upperBound(times, start);
      const to = upperBound(times, end);
      if (to <= from) continue;
      const value = reduceWindow(expr, values, from, to, seconds);
      result.push({ labels, value });
    }
    return result;
  }

  private binary(expr: Extract<MetricQuery, { type: 'binary' }>, time: number): Value {
    const left = this.evaluate(expr.left, time);
    const right = this.evaluate(expr.right, time);
    const op = expr.op as ArithmeticOp | ComparisonOp;
    if (left.type === 'scalar') {
      if (right.type === 'scalar')
        return { type: 'scalar', value: scalarBinary(op, left.value, right.value) };
      return {
        type: 'vector',
        samples: vectorScalarBinary(op, right.samples, left.value, true, expr.returnBool),
      };
    }
    if (right.type === 'scalar')
      return {
        type: 'vector',
        samples: vectorScalarBinary(op, left.samples, right.value, false, expr.returnBool),
      };
    const result = vectorBinary(expr.op, left.samples, right.samples, expr.matching, expr.returnBool);
    if (!result.ok) throw new QueryError(result.error, expr.from, expr.to, 'evaluation');
    return { type: 'vector', samples: result.samples };
  }
}

/** The range operation over the samples `from` (inclusive) to `to`. */
function reduceWindow(
  expr: RangeAggregation,
  values: readonly number[],
  from: number,
  to: number,
  seconds: number,
): number {
  const count = to - from;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = from; i < to; i++) {
    const value = values[i] as number;
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  switch (expr.op) {
    case 'count_over_time':
      return count;
    case 'rate':
      return (expr.unwrap ? sum : count) / seconds;
    case 'bytes_over_time':
    case 'sum_over_time':
      return sum;
    case 'bytes_rate':
      return sum / seconds;
    case 'avg_over_time':
      return sum / count;
    case 'min_over_time':
      return min;
    case 'max_over_time':
      return max;
    case 'first_over_time':
      return values[from] as number;
    case 'last_over_time':
      return values[to - 1] as number;
  }
}

/** The first index whose time is after `time`. */
function upperBound(times: readonly number[], time: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((times[mid] as number) <= time) low = mid + 1;
    else high = mid;
  }
  return low;
}
