/**
 * Call counts and duration histograms per span and dimension values, as the
 * span metrics connector accumulates them (cumulatively, from the first
 * span seen): the part of `otelcol.connector.spanmetrics` (and of Tempo's
 * metrics generator) that does not depend on how metrics are named.
 */
import type { AttributeValue, Span } from '../model';
import { observe } from './latency-histogram';

export type Dimension = { name: string; default: string | null };

export type SpanSeries = {
  resource: Readonly<Record<string, AttributeValue>>;
  attributes: Record<string, AttributeValue>;
  calls: number;
  /** Per bucket (one more than bounds), in the aggregator's unit. */
  bucketCounts: number[];
  sum: number;
  start: number;
};

export class SpanAggregator {
  private readonly series = new Map<string, SpanSeries>();

  constructor(
    /** Bucket upper bounds in the aggregator's unit. */
    readonly bounds: readonly number[],
    /** Nanoseconds per unit: 1e6 for milliseconds, 1e9 for seconds. */
    private readonly nanosPerUnit: number,
    /** The attributes of a span's series, or null to leave the span out. */
    private readonly attributesOf: (span: Span) => Record<string, AttributeValue> | null,
  ) {}

  add(span: Span, time: number): void {
    const attributes = this.attributesOf(span);
    if (!attributes) return;
    let key = String(span.resource['service.name'] ?? '');
    for (const name in attributes) key += `\u0000${name}\u0001${String(attributes[name])}`;
    let series = this.series.get(key);
    if (!series) {
      series = {
        resource: span.resource,
        attributes,
        calls: 0,
        bucketCounts: new Array<number>(this.bounds.length + 1).fill(0),
        sum: 0,
        start: time,
      };
      this.series.set(key, series);
    }
    const value = span.durationNanos / this.nanosPerUnit;
    series.calls++;
    series.sum += value;
    observe(series.bucketCounts, this.bounds, value);
  }

  all(): IterableIterator<SpanSeries> {
    return this.series.values();
  }
}

/** A span's value for a dimension: its attribute, else its resource's, else the default. */
export function dimensionValue(span: Span, dimension: Dimension): AttributeValue | null {
  return span.attributes[dimension.name] ?? span.resource[dimension.name] ?? dimension.default;
}
