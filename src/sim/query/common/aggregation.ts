/**
 * Aggregation over the samples of an instant vector, grouped `by` or
 * `without` labels, as PromQL and LogQL define it: `sum`, `avg`, `min`,
 * `max`, `count`, `group`, `stddev`, `stdvar`, `quantile`, `topk`,
 * `bottomk`. Grouped results carry only the grouping labels (`by`) or all
 * but the listed ones and `__name__` (`without`); `topk` and `bottomk` keep
 * each selected sample's labels.
 */
import type { Labels } from '../../model';
import type { InstantSample } from './instant-vector';
import { METRIC_NAME, keepLabels, signature, withoutLabels } from './instant-vector';

export type AggregationOp =
  'sum' | 'avg' | 'min' | 'max' | 'count' | 'group' | 'stddev' | 'stdvar' | 'quantile' | 'topk' | 'bottomk';

export const AGGREGATION_OPS: readonly AggregationOp[] = [
  'sum',
  'avg',
  'min',
  'max',
  'count',
  'group',
  'stddev',
  'stdvar',
  'quantile',
  'topk',
  'bottomk',
];

/** The operators that take a parameter before the vector. */
export const PARAMETRIC_AGGREGATIONS: readonly AggregationOp[] = ['quantile', 'topk', 'bottomk'];

export type Grouping = { mode: 'by' | 'without'; labels: readonly string[] };

export function aggregate(
  op: AggregationOp,
  samples: readonly InstantSample[],
  grouping: Grouping | null,
  parameter = NaN,
): InstantSample[] {
  const groups = new Map<string, { labels: Labels; members: InstantSample[] }>();
  for (const sample of samples) {
    const labels = groupLabels(sample.labels, grouping);
    const key = signature(labels);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { labels, members: [] }));
    group.members.push(sample);
  }
  const result: InstantSample[] = [];
  for (const { labels, members } of groups.values()) {
    if (op === 'topk' || op === 'bottomk') result.push(...selectK(op, members, parameter));
    else
      result.push({
        labels,
        value: reduce(
          op,
          members.map((member) => member.value),
          parameter,
        ),
      });
  }
  return result;
}

const NO_LABELS: Labels = {};
const groupCache = new WeakMap<Grouping, WeakMap<Labels, Labels>>();

/** The labels a sample is grouped under (remembered per grouping and label set). */
export function groupLabels(labels: Labels, grouping: Grouping | null): Labels {
  if (!grouping) return NO_LABELS;
  let cache = groupCache.get(grouping);
  if (!cache) groupCache.set(grouping, (cache = new WeakMap()));
  let result = cache.get(labels);
  if (!result) {
    result =
      grouping.mode === 'by'
        ? keepLabels(labels, grouping.labels)
        : withoutLabels(labels, [...grouping.labels, METRIC_NAME]);
    cache.set(labels, result);
  }
  return result;
}

function reduce(
  op: Exclude<AggregationOp, 'topk' | 'bottomk'>,
  values: readonly number[],
  parameter: number,
): number {
  switch (op) {
    case 'sum':
      return values.reduce((total, value) => total + value, 0);
    case 'avg':
      return values.reduce((total, value) => total + value, 0) / values.length;
    case 'min':
      return extreme(values, (a, b) => a < b);
    case 'max':
      return extreme(values, (a, b) => a > b);
    case 'count':
      return values.length;
    case 'group':
      return 1;
    case 'stdvar':
      return variance(values);
    case 'stddev':
      return Math.sqrt(variance(values));
    case 'quantile':
      return quantile(parameter, values);
  }
}

/** The smallest or largest value; NaN only when every value is NaN. */
function extreme(values: readonly number[], better: (a: number, b: number) => boolean): number {
  let result = NaN;
  for (const value of values) if (Number.isNaN(result) || better(value, result)) result = value;
  return result;
}

function variance(values: readonly number[]): number {
  const mean = values.reduce((total, value) => total + value, 0) / values.length;
  return values.reduce((total, value) => total + (value - mean) ** 2, 0) / values.length;
}

/** Prometheus's φ-quantile with linear interpolation between ranks. */
export function quantile(phi: number, values: readonly number[]): number {
  if (values.length === 0 || Number.isNaN(phi)) return NaN;
  if (phi < 0) return -Infinity;
  if (phi > 1) return Infinity;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = phi * (sorted.length - 1);
  const lower = Math.max(0, Math.floor(rank));
  const upper = Math.min(sorted.length - 1, lower + 1);
  const weight = rank - Math.floor(rank);
  return (sorted[lower] as number) * (1 - weight) + (sorted[upper] as number) * weight;
}

function selectK(
  op: 'topk' | 'bottomk',
  members: readonly InstantSample[],
  parameter: number,
): InstantSample[] {
  const k = Math.floor(parameter);
  if (!(k >= 1)) return [];
  const sign = op === 'topk' ? -1 : 1;
  // NaN sorts last either way, as in Prometheus.
  const ordered = [...members].sort((a, b) => {
    if (Number.isNaN(a.value)) return Number.isNaN(b.value) ? 0 : 1;
    if (Number.isNaN(b.value)) return -1;
    return sign * (a.value - b.value);
  });
  return ordered.slice(0, k);
}
