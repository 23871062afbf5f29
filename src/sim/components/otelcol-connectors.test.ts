import { describe, expect, it } from 'vitest';
import type { MetricSample, OtlpLogRecord, OtlpMetric, Span } from '../model';
import { buildComponent } from '../testing';
import { otelcolConnectorSpanlogs } from './otelcol-connector-spanlogs';
import { otelcolConnectorSpanmetrics } from './otelcol-connector-spanmetrics';
import { otelcolExporterLoki } from './otelcol-exporter-loki';
import { metricName, otelcolExporterPrometheus } from './otelcol-exporter-prometheus';

const RESOURCE = { 'service.name': 'mythical-requester', ip: '1.2.3.4' };

function span(overrides: Partial<Span> = {}): Span {
  return {
    traceId: '3f9a1c0e7b2d4a6f8e1c2b3a4d5e6f70',
    spanId: '1a2b3c4d5e6f7081',
    name: 'requester',
    kind: 'SPAN_KIND_CLIENT',
    status: 'STATUS_CODE_OK',
    startTime: 1000,
    durationNanos: 52318744,
    attributes: {
      beast: 'owlbear',
      'http.target': '/owlbear',
      'http.method': 'GET',
      'service.version': '2.0.0',
    },
    resource: RESOURCE,
    ...overrides,
  };
}

const WORKSHOP_SPANLOGS = `otelcol.connector.spanlogs "autologging" {
  roots           = true
  spans           = false
  processes       = false
  span_attributes = ["http.method", "http.target", "http.status_code"]
  output { logs = [] }
}`;

function spanlogs(source: string, spans: Span[]): OtlpLogRecord[] {
  const { instance, emitted } = buildComponent(otelcolConnectorSpanlogs, source);
  instance.receive?.({ signal: 'traces', spans }, 2000);
  return (emitted.get('output.logs') ?? []).flatMap((batch) =>
    batch.signal === 'otlp-logs' ? batch.records : [],
  );
}

describe('otelcol.connector.spanlogs', () => {
  it('writes one logfmt line per root span in the connector key order', () => {
    const records = spanlogs(WORKSHOP_SPANLOGS, [
      span(),
      span({ parentSpanId: 'aaaaaaaaaaaaaaaa', name: 'GET' }),
    ]);
    expect(records).toHaveLength(1);
    expect(records[0]?.body).toBe(
      'span=requester dur=52318744ns status=Ok http.method=GET http.target=/owlbear svc=mythical-requester tid=3f9a1c0e7b2d4a6f8e1c2b3a4d5e6f70',
    );
    expect(records[0]?.attributes).toEqual({ traces: 'root' });
    expect(records[0]?.resource).toEqual({});
  });

  it('omits an unset status, quotes values with spaces, and honours overrides and labels', () => {
    const scrape = span({
      name: 'GET /metrics',
      status: 'STATUS_CODE_UNSET',
      durationNanos: 3120554,
      attributes: { 'http.method': 'GET', 'http.target': '/metrics', 'http.status_code': 200 },
    });
    expect(spanlogs(WORKSHOP_SPANLOGS, [scrape])[0]?.body).toBe(
      'span="GET /metrics" dur=3120554ns http.method=GET http.target=/metrics http.status_code=200 svc=mythical-requester tid=3f9a1c0e7b2d4a6f8e1c2b3a4d5e6f70',
    );
    const custom = spanlogs(
      `otelcol.connector.spanlogs "x" {
        spans = true
        processes = true
        process_attributes = ["ip"]
        labels = ["svc"]
        overrides { trace_id_key = "traceId" }
        output { logs = [] }
      }`,
      [span({ attributes: {} })],
    );
    expect(custom.map((record) => record.attributes.traces)).toEqual(['process', 'span']);
    expect(custom[0]?.body).toBe(
      'svc=mythical-requester ip=1.2.3.4 traceId=3f9a1c0e7b2d4a6f8e1c2b3a4d5e6f70',
    );
    expect(custom[1]?.body).toBe(
      'span=requester dur=52318744ns status=Ok svc=mythical-requester ip=1.2.3.4 traceId=3f9a1c0e7b2d4a6f8e1c2b3a4d5e6f70',
    );
    expect(custom[1]?.attributes).toEqual({ traces: 'span', svc: 'mythical-requester' });
  });
});

describe('otelcol.exporter.loki', () => {
  it('labels spanlogs exporter="OTLP" and writes the JSON line', () => {
    const { instance, emitted } = buildComponent(
      otelcolExporterLoki,
      'otelcol.exporter.loki "x" { forward_to = [] }',
    );
    const [record] = spanlogs(WORKSHOP_SPANLOGS, [span()]);
    instance.receive?.({ signal: 'otlp-logs', records: [record as OtlpLogRecord] }, 2000);
    const batch = emitted.get('forward_to')?.[0];
    expect(batch?.signal === 'logs' && batch.entries[0]).toMatchObject({
      labels: { exporter: 'OTLP' },
      line: `{"body":${JSON.stringify(record?.body)},"attributes":{"traces":"root"}}`,
    });
  });
});

describe('otelcol.connector.spanmetrics and otelcol.exporter.prometheus', () => {
  it('flushes cumulative calls and durations after metrics_flush_interval, named as the docs say', () => {
    const { instance, emitted } = buildComponent(
      otelcolConnectorSpanmetrics,
      `otelcol.connector.spanmetrics "m" {
        dimension { name = "http.method" }
        histogram { explicit { buckets = ["10ms", "100ms", "1s"] } }
        output { metrics = [] }
      }`,
    );
    instance.receive?.(
      { signal: 'traces', spans: [span(), span({ status: 'STATUS_CODE_ERROR', durationNanos: 5e6 })] },
      2000,
    );
    instance.tick?.(59_000);
    expect(emitted.get('output.metrics')).toBeUndefined();
    instance.tick?.(60_000);
    const metrics =
      emitted
        .get('output.metrics')
        ?.flatMap((batch) => (batch.signal === 'otlp-metrics' ? batch.metrics : [])) ?? [];
    expect(metrics.map((metric) => metric.name)).toEqual([
      'traces.span.metrics.calls',
      'traces.span.metrics.duration',
    ]);

    const exporter = buildComponent(
      otelcolExporterPrometheus,
      'otelcol.exporter.prometheus "p" { forward_to = [] }',
    );
    exporter.instance.receive?.({ signal: 'otlp-metrics', metrics }, 60_000);
    const samples =
      exporter.emitted
        .get('forward_to')
        ?.flatMap((batch) => (batch.signal === 'metrics' ? batch.samples : [])) ?? [];
    const calls = samples.filter((sample) => sample.labels.__name__ === 'traces_span_metrics_calls_total');
    expect(calls.map((sample) => sample.labels)).toContainEqual({
      __name__: 'traces_span_metrics_calls_total',
      job: 'mythical-requester',
      otel_scope_name: 'spanmetricsconnector',
      service_name: 'mythical-requester',
      span_name: 'requester',
      span_kind: 'SPAN_KIND_CLIENT',
      status_code: 'STATUS_CODE_ERROR',
      http_method: 'GET',
    });
    const bucket = (le: string, status: string): MetricSample | undefined =>
      samples.find(
        (sample) =>
          sample.labels.__name__ === 'traces_span_metrics_duration_milliseconds_bucket' &&
          sample.labels.le === le &&
          sample.labels.status_code === status,
      );
    expect(bucket('10', 'STATUS_CODE_ERROR')?.value).toBe(1);
    expect(bucket('10', 'STATUS_CODE_OK')?.value).toBe(0);
    expect(bucket('100', 'STATUS_CODE_OK')?.value).toBe(1);
    expect(bucket('+Inf', 'STATUS_CODE_OK')?.value).toBe(1);
  });

  it('translates names as the Prometheus translator does', () => {
    const metric = (name: string, unit: string, kind: OtlpMetric['kind'], monotonic = false) =>
      metricName({ name, unit, kind, monotonic }, true);
    expect(metric('traces.spanmetrics.calls', '', 'sum', true)).toBe('traces_spanmetrics_calls_total');
    expect(metric('traces.span.metrics.duration', 's', 'histogram')).toBe(
      'traces_span_metrics_duration_seconds',
    );
    expect(metric('http.server.request.size', 'By', 'histogram')).toBe('http_server_request_size_bytes');
    expect(metric('queue.items', '{item}', 'gauge')).toBe('queue_items');
  });
});
