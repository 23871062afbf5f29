/**
 * Instant vectors: the samples of all series at one evaluation time, as
 * PromQL and LogQL metric queries pass them between operators.
 */
import type { Labels } from '../../model';

export type InstantSample = { labels: Labels; value: number };

export const METRIC_NAME = '__name__';

// Label sets are immutable and series keep theirs for the whole query, so
// derived label sets and keys are remembered per label object: a range
// query then computes them once per series instead of once per step.
const withoutName = new WeakMap<Labels, Labels>();
const signatures = new WeakMap<Labels, string>();

/** The labels without `__name__`. */
export function dropMetricName(labels: Labels): Labels {
  if (!(METRIC_NAME in labels)) return labels;
  let result = withoutName.get(labels);
  if (!result) {
    const { [METRIC_NAME]: _name, ...rest } = labels;
    withoutName.set(labels, (result = rest));
  }
  return result;
}

/** Only the named labels (those present). */
export function keepLabels(labels: Labels, names: readonly string[]): Labels {
  const result: Record<string, string> = {};
  for (const name of names) {
    const value = labels[name];
    if (value !== undefined && value !== '') result[name] = value;
  }
  return result;
}

/** The labels without the named ones. */
export function withoutLabels(labels: Labels, names: readonly string[]): Labels {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(labels)) if (!names.includes(name)) result[name] = value;
  return result;
}

/** A key equal for equal label sets, whatever the order of names. */
export function signature(labels: Labels): string {
  let key = signatures.get(labels);
  if (key === undefined) {
    key = '';
    for (const name of Object.keys(labels).sort()) key += `${name}\u0000${labels[name]}\u0001`;
    signatures.set(labels, key);
  }
  return key;
}

/** The first label set that occurs twice, or null. */
export function duplicateLabelSet(samples: readonly InstantSample[]): Labels | null {
  const seen = new Set<string>();
  for (const sample of samples) {
    const key = signature(sample.labels);
    if (seen.has(key)) return sample.labels;
    seen.add(key);
  }
  return null;
}
