import { describe, expect, it } from 'vitest';
import type { MetricSample, OtlpMetric, Span } from '../model';
import { buildComponent } from '../testing';
import { otelcolConnectorServicegraph } from './otelcol-connector-servicegraph';
import { otelcolExporterPrometheus } from './otelcol-exporter-prometheus';
import { otelcolProcessorAttributes } from './otelcol-processor-attributes';
import { otelcolProcessorFilter } from './otelcol-processor-filter';

const REQUESTER = { 'service.name': 'mythical-requester' };
const SERVER = { 'service.name': 'mythical-server' };

function span(overrides: Partial<Span>): Span {
  return {
    traceId: '0123456789abcdef0123456789abcdef',
    spanId: 'aaaaaaaaaaaaaaaa',
    name: 'requester',
    kind: 'SPAN_KIND_CLIENT',
    status: 'STATUS_CODE_OK',
    startTime: 1000,
    durationNanos: 20e6,
    attributes: {},
    resource: REQUESTER,
    ...overrides,
  };
}

function passed(source: string, spans: Span[], factory = otelcolProcessorAttributes): Span[] {
  const { instance, emitted } = buildComponent(factory, source);
  instance.receive?.({ signal: 'traces', spans }, 0);
  return (emitted.get('output.traces') ?? []).flatMap((batch) =>
    batch.signal === 'traces' ? batch.spans : [],
  );
}

describe('otelcol.processor.attributes', () => {
  const mission3 = (exclude: string) => `otelcol.processor.attributes "mission_3" {
    action {
      key            = "service.tier"
      action         = "insert"
      from_attribute = "servicetier"
    }
    action {
      key            = "service.tier"
      action         = "insert"
      from_attribute = "tier"
    }
    ${exclude}
    output { traces = [] }
  }`;

  it('inserts service.tier from whichever attribute a span has (Mission 3)', () => {
    const [medium, high] = passed(mission3(''), [
      span({ attributes: { tier: 'medium', beast: 'owlbear' } }),
      span({ attributes: { servicetier: 'high', beast: 'illithid' } }),
    ]);
    expect(medium?.attributes).toEqual({ tier: 'medium', beast: 'owlbear', 'service.tier': 'medium' });
    expect(high?.attributes['service.tier']).toBe('high');
  });

  it('an exclude block needs every attribute to match, so the Mission 3 exclude excludes nothing', () => {
    const exclude =
      'exclude {\n match_type = "strict"\n attribute { key = "tier" }\n attribute { key = "servicetier" }\n}';
    const [out] = passed(mission3(exclude), [span({ attributes: { tier: 'medium' } })]);
    expect(out?.attributes).toEqual({ tier: 'medium', 'service.tier': 'medium' });
  });

  it('update only touches present keys, upsert always writes, delete removes by key or pattern', () => {
    const [out] = passed(
      `otelcol.processor.attributes "x" {
        action {
          key = "missing"
          action = "update"
          value = "x"
        }
        action {
          key = "env"
          action = "upsert"
          value = "demo"
        }
        action {
          key = "tier"
          action = "delete"
        }
        action {
          action = "delete"
          pattern = "^http\\\\..*"
          key = ""
        }
        include {
          match_type = "strict"
          services = ["mythical-requester"]
        }
        output { traces = [] }
      }`,
      [
        span({ attributes: { tier: 'medium', 'http.method': 'GET', beast: 'owlbear' } }),
        span({ resource: SERVER, attributes: { tier: 'x' } }),
      ],
    );
    expect(out?.attributes).toEqual({ beast: 'owlbear', env: 'demo' });
  });
});

describe('otelcol.processor.filter', () => {
  it('drops the spans any OTTL condition matches', () => {
    const source = `otelcol.processor.filter "x" {
      traces {
        span = [
          "attributes[\\"http.target\\"] == \\"/metrics\\"",
          "kind == SPAN_KIND_SERVER and status.code == STATUS_CODE_ERROR",
          "IsMatch(name, \\"^pg\\\\\\\\.query\\")",
        ]
      }
      output { traces = [] }
    }`;
    const kept = passed(
      source,
      [
        span({ name: 'GET /metrics', kind: 'SPAN_KIND_SERVER', attributes: { 'http.target': '/metrics' } }),
        span({ name: 'POST /:endpoint', kind: 'SPAN_KIND_SERVER', status: 'STATUS_CODE_ERROR' }),
        span({ name: 'pg.query:INSERT postgres' }),
        span({ name: 'requester' }),
      ],
      otelcolProcessorFilter,
    );
    expect(kept.map((one) => one.name)).toEqual(['requester']);
  });

  it('reports OTTL it does not simulate', () => {
    expect(() =>
      buildComponent(
        otelcolProcessorFilter,
        'otelcol.processor.filter "x" {\n traces { span = ["Len(name) > 3"] }\n output { traces = [] }\n}',
      ),
    ).toThrow('the OTTL function Len is not simulated');
  });
});

describe('otelcol.connector.servicegraph', () => {
  it('pairs client and server spans into request edges, and database calls into database edges', () => {
    const { instance, emitted } = buildComponent(
      otelcolConnectorServicegraph,
      'otelcol.connector.servicegraph "g" {\n dimensions = ["http.method"]\n output { metrics = [] }\n}',
    );
    const client = span({ spanId: 'cccccccccccccccc', name: 'GET', attributes: { 'http.method': 'GET' } });
    const server = span({
      spanId: 'dddddddddddddddd',
      parentSpanId: 'cccccccccccccccc',
      kind: 'SPAN_KIND_SERVER',
      resource: SERVER,
      attributes: { 'http.method': 'GET' },
    });
    const query = span({
      spanId: 'eeeeeeeeeeeeeeee',
      resource: SERVER,
      attributes: { 'db.name': 'postgres' },
    });
    instance.receive?.({ signal: 'traces', spans: [server, client, query] }, 1000);
    instance.tick?.(60_000);
    const metrics =
      emitted
        .get('output.metrics')
        ?.flatMap((batch) => (batch.signal === 'otlp-metrics' ? batch.metrics : [])) ?? [];
    const exporter = buildComponent(
      otelcolExporterPrometheus,
      'otelcol.exporter.prometheus "p" { forward_to = [] }',
    );
    exporter.instance.receive?.({ signal: 'otlp-metrics', metrics: metrics as OtlpMetric[] }, 60_000);
    const samples =
      exporter.emitted
        .get('forward_to')
        ?.flatMap((batch) => (batch.signal === 'metrics' ? batch.samples : [])) ?? [];
    const requests = samples.filter(
      (sample: MetricSample) => sample.labels.__name__ === 'traces_service_graph_request_total',
    );
    expect(requests.map((sample) => sample.labels)).toEqual([
      expect.objectContaining({
        client: 'mythical-requester',
        server: 'mythical-server',
        client_http_method: 'GET',
        server_http_method: 'GET',
      }),
      expect.objectContaining({ client: 'mythical-server', server: 'postgres', connection_type: 'database' }),
    ]);
    expect(
      samples.some(
        (sample) => sample.labels.__name__ === 'traces_service_graph_request_server_seconds_bucket',
      ),
    ).toBe(true);
  });
});
