/**
 * Evaluates PromQL expressions against the Mimir store at one time, as
 * Prometheus's engine does at each step: an instant selector takes each
 * series' newest sample within the 5-minute lookback `(t − 5m, t]`, a
 * range selector the samples in `(t − range, t]` (both shifted by
 * `offset`). Series selections are made once per query and reused at every
 * step.
 */
import type { MimirStore, StoredSeries } from '../../store/mimir-store';
import type { Labels } from '../../model';
import type { InstantSample } from '../common/instant-vector';
import { dropMetricName, duplicateLabelSet, signature } from '../common/instant-vector';
import { aggregate } from '../common/aggregation';
import type { ArithmeticOp, ComparisonOp } from '../common/binary';
import { scalarBinary, vectorBinary, vectorScalarBinary } from '../common/binary';
import { QueryError } from '../common/source';
import type { Aggregate, Binary, Call, Expr, RangeExpr, Subquery, VectorSelector } from './ast';
import { MATH_FUNCTIONS } from './functions';
import { bucketQuantile, parseBound } from './histogram-quantile';
import type { Bucket } from './histogram-quantile';
import type { RangeFunction } from './range-functions';
import { NAME_KEEPING_RANGE_FUNCTIONS, RANGE_FUNCTIONS, quantileOverTime } from './range-functions';
import { goRegexp } from '../../formats/go-regexp';
import { formatLabels } from '../../store/labels';
import { TimeColumn } from '../../store/time-column';

export const LOOKBACK_MS = 5 * 60 * 1000;

/** The step of a subquery written without one (`x[5m:]`): Mimir's default evaluation interval. */
export const DEFAULT_SUBQUERY_STEP_MS = 60 * 1000;

export type Value =
  | { type: 'scalar'; value: number }
  | { type: 'vector'; samples: InstantSample[] }
  | { type: 'string'; value: string };

type RangeSeries = { labels: Labels; column: TimeColumn<number> };

/** Raw samples of a range selector at one time (an instant query of `x[5m]`). */
export type RawSeries = { labels: Labels; points: { timestamp: number; value: number }[] };

export class PromEvaluator {
  private readonly selections = new Map<VectorSelector, StoredSeries[]>();
  private readonly subqueryResults = new Map<Subquery, Map<number, InstantSample[]>>();

  constructor(private readonly store: MimirStore) {}

  evaluate(expr: Expr, time: number): Value {
    switch (expr.type) {
      case 'number':
        return { type: 'scalar', value: expr.value };
      case 'string':
        return { type: 'string', value: expr.value };
      case 'vector-selector':
        return { type: 'vector', samples: this.instantSelect(expr, time) };
      case 'matrix-selector':
      case 'subquery':
        throw new QueryError('a range vector cannot be evaluated here', expr.from, expr.to, 'type');
      case 'call':
        return this.call(expr, time);
      case 'aggregate':
        return this.aggregate(expr, time);
      case 'binary':
        return this.binary(expr, time);
      case 'unary': {
        const value = this.evaluate(expr.expr, time);
        if (expr.op === '+') return value;
        if (value.type === 'scalar') return { type: 'scalar', value: -value.value };
        return {
          type: 'vector',
          samples: this.vectorOf(value, expr).map(({ labels, value: v }) => ({
            labels: dropMetricName(labels),
            value: -v,
          })),
        };
      }
    }
  }

  /** The samples of a range selector or subquery in its window at `time`. */
  rawRange(expr: RangeExpr, time: number): RawSeries[] {
    const { start, end, series } = this.window(expr, time);
    const result: RawSeries[] = [];
    for (const { labels, column } of series) {
      const points = [];
      for (let i = column.firstAfter(start), last = column.firstAfter(end); i < last; i++)
        points.push({ timestamp: column.timeAt(i), value: column.itemAt(i) });
      if (points.length > 0) result.push({ labels, points });
    }
    return result;
  }

  /** The window `(start, end]` of a range expression at `time`, and its series. */
  private window(expr: RangeExpr, time: number): { start: number; end: number; series: RangeSeries[] } {
    const offset = expr.type === 'subquery' ? expr.offsetMs : expr.selector.offsetMs;
    const end = time - offset;
    const start = end - expr.rangeMs;
    if (expr.type === 'matrix-selector')
      return {
        start,
        end,
        series: this.selection(expr.selector).map(({ labels, samples }) => ({ labels, column: samples })),
      };
    return { start, end, series: this.subquerySeries(expr, start, end) };
  }

  /**
   * A subquery's series: its expression evaluated at every multiple of the
   * step inside `(start, end]`, as Prometheus aligns subquery steps.
   * Evaluations are remembered, since consecutive steps of a range query
   * share most of them.
   */
  private subquerySeries(expr: Subquery, start: number, end: number): RangeSeries[] {
    const step = expr.stepMs ?? DEFAULT_SUBQUERY_STEP_MS;
    let memo = this.subqueryResults.get(expr);
    if (!memo) this.subqueryResults.set(expr, (memo = new Map()));
    const series = new Map<string, RangeSeries>();
    let time = Math.floor(start / step) * step;
    if (time <= start) time += step;
    for (; time <= end; time += step) {
      let samples = memo.get(time);
      if (!samples) memo.set(time, (samples = this.vectorOf(this.evaluate(expr.expr, time), expr.expr)));
      for (const { labels, value } of samples) {
        const key = signature(labels);
        let entry = series.get(key);
        if (!entry) series.set(key, (entry = { labels, column: new TimeColumn<number>() }));
        entry.column.insert(time, value);
      }
    }
    return [...series.values()];
  }

  private selection(selector: VectorSelector): StoredSeries[] {
    let series = this.selections.get(selector);
    if (!series) this.selections.set(selector, (series = this.store.select(selector.matchers)));
    return series;
  }

  private instantSelect(selector: VectorSelector, time: number): InstantSample[] {
    const at = time - selector.offsetMs;
    const result: InstantSample[] = [];
    for (const series of this.selection(selector)) {
      const { samples } = series;
      if (samples.firstTime > at || samples.lastTime <= at - LOOKBACK_MS) continue;
      const index = samples.firstAfter(at) - 1;
      if (index < samples.start || samples.timeAt(index) <= at - LOOKBACK_MS) continue;
      result.push({ labels: series.labels, value: samples.itemAt(index) });
    }
    return result;
  }

  private vectorOf(value: Value, expr: Expr): InstantSample[] {
    if (value.type !== 'vector')
      throw new QueryError('expected an instant vector', expr.from, expr.to, 'type');
    return value.samples;
  }

  private scalarOf(value: Value, expr: Expr): number {
    if (value.type !== 'scalar') throw new QueryError('expected a scalar', expr.from, expr.to, 'type');
    return value.value;
  }

  private call(expr: Call, time: number): Value {
    const [first, ...rest] = expr.args;
    const rangeFunction = this.rangeFunction(expr, time);
    const rangeArg = expr.args[expr.args.length - 1];
    if (rangeFunction && (rangeArg?.type === 'matrix-selector' || rangeArg?.type === 'subquery')) {
      const keepName = NAME_KEEPING_RANGE_FUNCTIONS.has(expr.name);
      const { start, end, series } = this.window(rangeArg, time);
      const samples: InstantSample[] = [];
      for (const { labels, column } of series) {
        // Short-lived series (high cardinality) mostly lie outside the window.
        if (column.firstTime > end || column.lastTime <= start) continue;
        const value = rangeFunction({
          column,
          from: column.firstAfter(start),
          to: column.firstAfter(end),
          rangeStartMs: start,
          rangeEndMs: end,
        });
        if (value !== null) samples.push({ labels: keepName ? labels : dropMetricName(labels), value });
      }
      return { type: 'vector', samples: this.unique(samples, expr) };
    }
    const math = MATH_FUNCTIONS[expr.name];
    if (math && first) {
      const vector = this.vectorOf(this.evaluate(first, time), first);
      const parameters = rest.map((arg) => this.scalarOf(this.evaluate(arg, time), arg));
      const samples = vector.map(({ labels, value }) => ({
        labels: dropMetricName(labels),
        value: math(value, ...parameters),
      }));
      return { type: 'vector', samples: this.unique(samples, expr) };
    }
    switch (expr.name) {
      case 'absent':
      case 'absent_over_time':
        return { type: 'vector', samples: this.absent(expr, time) };
      case 'label_replace':
        return { type: 'vector', samples: this.unique(this.labelReplace(expr, time), expr) };
      case 'histogram_quantile':
        return { type: 'vector', samples: this.histogramQuantile(expr, time) };
      case 'scalar': {
        const vector = this.vectorOf(this.evaluate(expr.args[0] as Expr, time), expr);
        return { type: 'scalar', value: vector.length === 1 ? (vector[0] as InstantSample).value : NaN };
      }
      case 'vector':
        return {
          type: 'vector',
          samples: [{ labels: {}, value: this.scalarOf(this.evaluate(expr.args[0] as Expr, time), expr) }],
        };
      case 'time':
        return { type: 'scalar', value: time / 1000 };
      case 'sort':
      case 'sort_desc': {
        const sign = expr.name === 'sort' ? 1 : -1;
        const vector = this.vectorOf(this.evaluate(expr.args[0] as Expr, time), expr);
        return { type: 'vector', samples: [...vector].sort((a, b) => sign * (a.value - b.value)) };
      }
    }
    throw new QueryError(`the function ${expr.name}() is not supported`, expr.from, expr.to, 'unsupported');
  }

  private rangeFunction(expr: Call, time: number): RangeFunction | undefined {
    if (expr.name !== 'quantile_over_time') return RANGE_FUNCTIONS[expr.name];
    const phi = expr.args[0] as Expr;
    return quantileOverTime(this.scalarOf(this.evaluate(phi, time), phi));
  }

  /**
   * `absent(v)` and `absent_over_time(m)`: one sample of value 1 when the
   * argument has no data, labelled by the selector's equality matchers.
   */
  private absent(expr: Call, time: number): InstantSample[] {
    const arg = expr.args[0] as Expr;
    const present =
      arg.type === 'matrix-selector' || arg.type === 'subquery'
        ? this.rawRange(arg, time).length > 0
        : this.vectorOf(this.evaluate(arg, time), arg).length > 0;
    if (present) return [];
    const selector =
      arg.type === 'matrix-selector' ? arg.selector : arg.type === 'vector-selector' ? arg : null;
    const labels: Record<string, string> = {};
    const repeated = new Set<string>();
    for (const matcher of selector?.matchers ?? []) {
      if (matcher.op !== '=' || matcher.name === '__name__') continue;
      if (matcher.name in labels) repeated.add(matcher.name);
      labels[matcher.name] = matcher.value;
    }
    for (const name of repeated) delete labels[name];
    return [{ labels, value: 1 }];
  }

  /** `label_replace(v, dst, replacement, src, regex)`, with Go's `$1`/`${name}` expansion. */
  private labelReplace(expr: Call, time: number): InstantSample[] {
    const [vectorExpr, ...stringExprs] = expr.args as [Expr, Expr, Expr, Expr, Expr];
    const [destination, replacement, source, pattern] = stringExprs.map((arg) =>
      arg.type === 'string' ? arg.value : '',
    ) as [string, string, string, string];
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(destination))
      throw new QueryError(
        `invalid destination label name in label_replace(): ${destination}`,
        expr.from,
        expr.to,
        'evaluation',
      );
    const regex = goRegexp(pattern, { anchored: true });
    if (!regex)
      throw new QueryError(
        `invalid regular expression in label_replace(): ${pattern}`,
        expr.from,
        expr.to,
        'regex',
      );
    return this.vectorOf(this.evaluate(vectorExpr, time), vectorExpr).map((sample) => {
      const match = regex.exec(sample.labels[source] ?? '');
      if (!match) return sample;
      const value = expandTemplate(replacement, match);
      const { [destination]: _old, ...rest } = sample.labels;
      return { labels: value === '' ? rest : { ...rest, [destination]: value }, value: sample.value };
    });
  }

  private histogramQuantile(expr: Call, time: number): InstantSample[] {
    const [phiExpr, vectorExpr] = expr.args as [Expr, Expr];
    const phi = this.scalarOf(this.evaluate(phiExpr, time), phiExpr);
    const groups = new Map<string, { labels: Labels; buckets: Bucket[] }>();
    for (const sample of this.vectorOf(this.evaluate(vectorExpr, time), vectorExpr)) {
      const upperBound = parseBound(sample.labels.le);
      if (upperBound === null) continue;
      const { le: _le, ...rest } = dropMetricName(sample.labels);
      const key = signature(rest);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { labels: rest, buckets: [] }));
      group.buckets.push({ upperBound, count: sample.value });
    }
    return [...groups.values()].map(({ labels, buckets }) => ({
      labels,
      value: bucketQuantile(phi, buckets),
    }));
  }

  private aggregate(expr: Aggregate, time: number): Value {
    const parameter = expr.parameter
      ? this.scalarOf(this.evaluate(expr.parameter, time), expr.parameter)
      : NaN;
    const vector = this.vectorOf(this.evaluate(expr.expr, time), expr.expr);
    return { type: 'vector', samples: aggregate(expr.op, vector, expr.grouping, parameter) };
  }

  private binary(expr: Binary, time: number): Value {
    const left = this.evaluate(expr.left, time);
    const right = this.evaluate(expr.right, time);
    const op = expr.op as ArithmeticOp | ComparisonOp;
    if (left.type === 'scalar' && right.type === 'scalar')
      return { type: 'scalar', value: scalarBinary(op, left.value, right.value) };
    let samples: InstantSample[];
    if (left.type === 'scalar') {
      samples = vectorScalarBinary(op, this.vectorOf(right, expr.right), left.value, true, expr.returnBool);
    } else if (right.type === 'scalar') {
      samples = vectorScalarBinary(op, this.vectorOf(left, expr.left), right.value, false, expr.returnBool);
    } else {
      const result = vectorBinary(
        expr.op,
        this.vectorOf(left, expr.left),
        this.vectorOf(right, expr.right),
        expr.matching,
        expr.returnBool,
      );
      if (!result.ok) throw new QueryError(result.error, expr.from, expr.to, 'evaluation');
      samples = result.samples;
    }
    return { type: 'vector', samples: this.unique(samples, expr) };
  }

  /** Prometheus rejects a result holding one label set twice (names dropped). */
  private unique(samples: InstantSample[], expr: Expr): InstantSample[] {
    const duplicate = duplicateLabelSet(samples);
    if (duplicate)
      throw new QueryError(
        `vector cannot contain metrics with the same labelset ${formatLabels(duplicate)}`,
        expr.from,
        expr.to,
        'evaluation',
      );
    return samples;
  }
}

/** Go's `Regexp.Expand`: `$1`, `${1}`, `$name`, `${name}`, `$$`; unknown groups expand to nothing. */
function expandTemplate(template: string, match: RegExpExecArray): string {
  return template.replace(
    /\$(\$|\{(\w+)\}|(\w+))/g,
    (whole, inner: string, braced?: string, bare?: string) => {
      if (inner === '$') return '$';
      const name = braced ?? bare ?? '';
      const group = /^\d+$/.test(name) ? match[Number(name)] : match.groups?.[name];
      return group ?? '';
    },
  );
}
