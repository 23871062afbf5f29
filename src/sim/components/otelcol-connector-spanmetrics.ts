/**
 * `otelcol.connector.spanmetrics`: counts calls and measures durations per
 * service, span name, span kind, status code and the configured `dimension`
 * blocks (from span attributes, then resource attributes, else the
 * dimension's `default`, else left out). Every `metrics_flush_interval`
 * (60 s) it sends the cumulative totals as OTLP metrics named
 * `<namespace>.calls` and `<namespace>.duration` (namespace
 * `traces.span.metrics`, unit `ms`), scope `spanmetricsconnector`.
 */
import { ConfigError } from '../config/body';
import type { AttributeValue, OtlpMetric, Span } from '../model';
import type { ComponentFactory } from './component';
import { DEFAULT_LATENCY_BUCKETS, latencyBounds } from './latency-histogram';
import { otelOutputs } from './otel-output';
import { SpanAggregator, dimensionValue, type Dimension } from './span-aggregator';

const UNITS: Readonly<Record<string, number>> = { ms: 1e6, s: 1e9 };
const SCOPE = { name: 'spanmetricsconnector' };

export const otelcolConnectorSpanmetrics: ComponentFactory = (context) => {
  const { body } = context;
  const histogram = body.block('histogram');
  if (!histogram) throw new ConfigError('missing required block "histogram"');
  const unit = histogram.string('unit', 'ms');
  const nanosPerUnit = UNITS[unit];
  if (nanosPerUnit === undefined) throw new ConfigError(`unknown Unit "${unit}"`);
  if (histogram.block('exponential')) throw new ConfigError('exponential histograms are not simulated');
  const explicit = histogram.block('explicit');
  const bucketTexts = explicit?.has('buckets') ? explicit.stringList('buckets') : DEFAULT_LATENCY_BUCKETS;
  const bounds = latencyBounds(bucketTexts, nanosPerUnit, 'histogram > explicit > buckets');
  const namespace = body.string('namespace', 'traces.span.metrics');
  const flushMs = body.duration('metrics_flush_interval', '60s');
  const excluded = new Set(body.stringList('exclude_dimensions'));
  const dimensions: Dimension[] = body.blocksNamed('dimension').map((block) => ({
    name: block.string('name', ''),
    default: block.string('default') ?? null,
  }));
  const outputs = otelOutputs(context);

  const aggregator = new SpanAggregator(bounds, nanosPerUnit, (span: Span) => {
    const attributes: Record<string, AttributeValue> = {};
    const put = (name: string, value: AttributeValue) => {
      if (!excluded.has(name)) attributes[name] = value;
    };
    put('service.name', span.resource['service.name'] ?? '');
    put('span.name', span.name);
    put('span.kind', span.kind);
    put('status.code', span.status);
    for (const dimension of dimensions) {
      const value = dimensionValue(span, dimension);
      if (value !== null) put(dimension.name, value);
    }
    return attributes;
  });
  let nextFlush = flushMs;

  const flush = (time: number) => {
    const byResource = new Map<object, OtlpMetric[]>();
    const metrics: OtlpMetric[] = [];
    for (const series of aggregator.all()) {
      let pair = byResource.get(series.resource);
      if (!pair) {
        pair = [
          {
            name: `${namespace}.calls`,
            unit: '',
            kind: 'sum',
            monotonic: true,
            temporality: 'cumulative',
            resource: series.resource,
            scope: SCOPE,
            points: [],
          },
          {
            name: `${namespace}.duration`,
            unit,
            kind: 'histogram',
            temporality: 'cumulative',
            resource: series.resource,
            scope: SCOPE,
            points: [],
          },
        ];
        byResource.set(series.resource, pair);
        metrics.push(...pair);
      }
      const [calls, duration] = pair as [OtlpMetric, OtlpMetric];
      calls.points.push({
        attributes: series.attributes,
        timestamp: time,
        startTimestamp: series.start,
        value: series.calls,
      });
      duration.points.push({
        attributes: series.attributes,
        timestamp: time,
        startTimestamp: series.start,
        count: series.calls,
        sum: series.sum,
        bucketCounts: [...series.bucketCounts],
        explicitBounds: bounds,
      });
    }
    outputs.metrics.emit({ signal: 'otlp-metrics', metrics });
  };

  return {
    receive(batch) {
      if (batch.signal !== 'traces') return;
      for (const span of batch.spans) aggregator.add(span, span.startTime + span.durationNanos / 1e6);
    },
    tick(now) {
      while (nextFlush <= now) {
        flush(nextFlush);
        nextFlush += flushMs;
      }
    },
  };
};
