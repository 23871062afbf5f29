/**
 * `otelcol.connector.servicegraph`: pairs the spans of requests between
 * services (see service-graph.ts) and every `metrics_flush_interval` sends
 * the cumulative totals: `traces_service_graph_request_total`,
 * `traces_service_graph_request_failed_total` and the
 * `traces_service_graph_request_server_seconds` /
 * `_client_seconds` histograms, labelled `client`, `server`,
 * `connection_type` and the `client_`/`server_` dimensions.
 */
import type { AttributeValue, OtlpDataPoint, OtlpMetric } from '../model';
import type { ComponentFactory } from './component';
import { DEFAULT_LATENCY_BUCKETS, latencyBounds, observe } from './latency-histogram';
import { otelOutputs } from './otel-output';
import { ServiceGraph, type Edge } from './service-graph';

const SCOPE = { name: 'traces_service_graph' };
const NO_RESOURCE = Object.freeze({});

type Totals = {
  attributes: Record<string, AttributeValue>;
  start: number;
  requests: number;
  failed: number;
  server: number[];
  client: number[];
  serverSum: number;
  clientSum: number;
};

export const otelcolConnectorServicegraph: ComponentFactory = (context) => {
  const { body } = context;
  const bounds = latencyBounds(
    body.has('latency_histogram_buckets')
      ? body.stringList('latency_histogram_buckets')
      : DEFAULT_LATENCY_BUCKETS,
    1e9,
    'latency_histogram_buckets',
  );
  const flushMs = body.duration('metrics_flush_interval', '60s');
  const ttlMs = body.block('store')?.duration('ttl', '2s') ?? 2000;
  const outputs = otelOutputs(context);
  const totals = new Map<string, Totals>();
  let now = 0;

  const record = (edge: Edge) => {
    const attributes: Record<string, AttributeValue> = {
      client: edge.client,
      server: edge.server,
      ...edge.dimensions,
    };
    if (edge.connectionType) attributes.connection_type = edge.connectionType;
    const key = JSON.stringify(attributes);
    let entry = totals.get(key);
    if (!entry) {
      entry = {
        attributes,
        start: now,
        requests: 0,
        failed: 0,
        server: new Array<number>(bounds.length + 1).fill(0),
        client: new Array<number>(bounds.length + 1).fill(0),
        serverSum: 0,
        clientSum: 0,
      };
      totals.set(key, entry);
    }
    entry.requests++;
    if (edge.failed) entry.failed++;
    observe(entry.server, bounds, edge.serverSeconds);
    observe(entry.client, bounds, edge.clientSeconds);
    entry.serverSum += edge.serverSeconds;
    entry.clientSum += edge.clientSeconds;
  };
  const graph = new ServiceGraph(body.stringList('dimensions'), ttlMs, record);
  let nextFlush = flushMs;

  const flush = (time: number) => {
    const metric = (
      name: string,
      kind: OtlpMetric['kind'],
      unit: string,
      points: OtlpDataPoint[],
    ): OtlpMetric => ({
      name,
      unit,
      kind,
      ...(kind === 'sum' ? { monotonic: true } : {}),
      temporality: 'cumulative',
      resource: NO_RESOURCE,
      scope: SCOPE,
      points,
    });
    const all = [...totals.values()];
    const point = (entry: Totals) => ({
      attributes: entry.attributes,
      timestamp: time,
      startTimestamp: entry.start,
    });
    const histogram = (entry: Totals, counts: number[], sum: number): OtlpDataPoint => ({
      ...point(entry),
      count: entry.requests,
      sum,
      bucketCounts: [...counts],
      explicitBounds: bounds,
    });
    outputs.metrics.emit({
      signal: 'otlp-metrics',
      metrics: [
        metric(
          'traces_service_graph_request_total',
          'sum',
          '',
          all.map((entry) => ({ ...point(entry), value: entry.requests })),
        ),
        metric(
          'traces_service_graph_request_failed_total',
          'sum',
          '',
          all.map((entry) => ({ ...point(entry), value: entry.failed })),
        ),
        metric(
          'traces_service_graph_request_server_seconds',
          'histogram',
          's',
          all.map((entry) => histogram(entry, entry.server, entry.serverSum)),
        ),
        metric(
          'traces_service_graph_request_client_seconds',
          'histogram',
          's',
          all.map((entry) => histogram(entry, entry.client, entry.clientSum)),
        ),
      ].filter((one) => one.points.length > 0),
    });
  };

  return {
    receive(batch) {
      if (batch.signal !== 'traces') return;
      for (const span of batch.spans) {
        now = span.startTime + span.durationNanos / 1e6;
        graph.add(span, now);
      }
    },
    tick(time) {
      graph.expire(time);
      while (nextFlush <= time) {
        flush(nextFlush);
        nextFlush += flushMs;
      }
    },
  };
};
