import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { locate } from './test-support';

const WORKSHOP = readFileSync(
  new URL('../../test/fixtures/workshop/workshop.alloy', import.meta.url),
  'utf8',
);

const LOKI_PUSH = 'external:out:http://loki:3100/loki/api/v1/push';
const MIMIR_PUSH = 'external:out:http://mimir:9009/api/v1/push';
const TEMPO = 'external:out:http://tempo:4317';
const OTLP_GRPC = 'external:in:0.0.0.0:4317';
const OTLP_HTTP = 'external:in:0.0.0.0:4318';
const LOKI_TARGET = 'external:in:loki:3100';

describe('the pipeline of the workshop reference config', () => {
  const { diagnostics, pipeline } = analyze(WORKSHOP);

  it('has no diagnostics at all', () => {
    expect(diagnostics).toEqual([]);
  });

  it('has a node per component, for logging, and for each external endpoint', () => {
    const nodes = pipeline.nodes.map(({ id, kind, type, label, ecosystem, accepts, emits }) => ({
      id,
      kind,
      type,
      label,
      ecosystem,
      accepts,
      emits,
    }));
    const component = (type: string, label: string, accepts: string[], emits: string[]) => ({
      id: `${type}.${label}`,
      kind: 'component',
      type,
      label,
      ecosystem: type.slice(0, type.indexOf('.')),
      accepts,
      emits,
    });
    const external = (id: string, accepts: string[], emits: string[]) => ({
      id,
      kind: 'external',
      type: 'endpoint',
      label: null,
      ecosystem: 'external',
      accepts,
      emits,
    });
    expect(nodes).toEqual([
      {
        id: 'logging',
        kind: 'config',
        type: 'logging',
        label: null,
        ecosystem: 'logging',
        accepts: [],
        emits: ['logs'],
      },
      component('loki.relabel', 'alloy_logs', ['logs'], ['logs']),
      component('loki.write', 'mythical', ['logs'], []),
      component('prometheus.scrape', 'loki', ['targets'], ['metrics']),
      component('prometheus.remote_write', 'mimir', ['metrics'], []),
      component('prometheus.exporter.self', 'alloy', [], ['targets']),
      component('prometheus.scrape', 'alloy', ['targets'], ['metrics']),
      component('prometheus.relabel', 'alloy', ['metrics'], ['metrics']),
      component('prometheus.exporter.postgres', 'mythical', [], ['targets']),
      component('prometheus.scrape', 'postgres', ['targets'], ['metrics']),
      component('prometheus.relabel', 'postgres', ['metrics'], ['metrics']),
      component('otelcol.receiver.otlp', 'otlp_receiver', [], ['logs', 'metrics', 'traces']),
      component(
        'otelcol.processor.batch',
        'default',
        ['logs', 'metrics', 'traces'],
        ['logs', 'metrics', 'traces'],
      ),
      component('otelcol.exporter.otlp', 'tempo', ['logs', 'metrics', 'traces'], []),
      component('otelcol.connector.spanlogs', 'autologging', ['traces'], ['logs']),
      component('otelcol.exporter.loki', 'autologging', ['logs'], ['logs']),
      component('loki.process', 'autologging', ['logs'], ['logs']),
      external(LOKI_PUSH, ['logs'], []),
      external(LOKI_TARGET, [], ['metrics']),
      external(MIMIR_PUSH, ['metrics'], []),
      external(OTLP_GRPC, [], ['traces']),
      external(OTLP_HTTP, [], ['traces']),
      external(TEMPO, ['traces'], []),
    ]);
  });

  it('names the external endpoints by host and port', () => {
    const externals = pipeline.nodes.filter((n) => n.kind === 'external').map((n) => n.external);
    expect(externals).toEqual([
      { direction: 'out', address: 'http://loki:3100/loki/api/v1/push', name: 'loki:3100' },
      { direction: 'in', address: 'loki:3100', name: 'loki:3100' },
      { direction: 'out', address: 'http://mimir:9009/api/v1/push', name: 'mimir:9009' },
      { direction: 'in', address: '0.0.0.0:4317', name: '0.0.0.0:4317' },
      { direction: 'in', address: '0.0.0.0:4318', name: '0.0.0.0:4318' },
      { direction: 'out', address: 'http://tempo:4317', name: 'tempo:4317' },
    ]);
  });

  it('has an edge per data-carrying reference and per endpoint', () => {
    const edges = pipeline.edges.map(({ id, from, to, signal, path }) => ({ id, from, to, signal, path }));
    const edge = (from: string, to: string, signal: string, path: string) => ({
      id: `${from}->${to}:${path}`,
      from,
      to,
      signal,
      path,
    });
    const endpoint = (from: string, to: string, signal: string, path: string) => ({
      id: `${from}->${to}:${path}#${signal}`,
      from,
      to,
      signal,
      path,
    });
    expect(edges).toEqual([
      edge('logging', 'loki.relabel.alloy_logs', 'logs', 'write_to'),
      edge('loki.relabel.alloy_logs', 'loki.write.mythical', 'logs', 'forward_to'),
      edge('prometheus.scrape.loki', 'prometheus.remote_write.mimir', 'metrics', 'forward_to'),
      edge('prometheus.exporter.self.alloy', 'prometheus.scrape.alloy', 'targets', 'targets'),
      edge('prometheus.scrape.alloy', 'prometheus.relabel.alloy', 'metrics', 'forward_to'),
      edge('prometheus.relabel.alloy', 'prometheus.remote_write.mimir', 'metrics', 'forward_to'),
      edge('prometheus.exporter.postgres.mythical', 'prometheus.scrape.postgres', 'targets', 'targets'),
      edge('prometheus.scrape.postgres', 'prometheus.relabel.postgres', 'metrics', 'forward_to'),
      edge('prometheus.relabel.postgres', 'prometheus.remote_write.mimir', 'metrics', 'forward_to'),
      edge(
        'otelcol.receiver.otlp.otlp_receiver',
        'otelcol.processor.batch.default',
        'traces',
        'output.traces',
      ),
      edge(
        'otelcol.receiver.otlp.otlp_receiver',
        'otelcol.connector.spanlogs.autologging',
        'traces',
        'output.traces',
      ),
      edge('otelcol.processor.batch.default', 'otelcol.exporter.otlp.tempo', 'traces', 'output.traces'),
      edge(
        'otelcol.connector.spanlogs.autologging',
        'otelcol.exporter.loki.autologging',
        'logs',
        'output.logs',
      ),
      edge('otelcol.exporter.loki.autologging', 'loki.process.autologging', 'logs', 'forward_to'),
      edge('loki.process.autologging', 'loki.write.mythical', 'logs', 'forward_to'),
      endpoint('loki.write.mythical', LOKI_PUSH, 'logs', 'endpoint.url'),
      endpoint(LOKI_TARGET, 'prometheus.scrape.loki', 'metrics', 'targets'),
      endpoint('prometheus.remote_write.mimir', MIMIR_PUSH, 'metrics', 'endpoint.url'),
      endpoint(OTLP_GRPC, 'otelcol.receiver.otlp.otlp_receiver', 'traces', 'grpc.endpoint'),
      endpoint(OTLP_HTTP, 'otelcol.receiver.otlp.otlp_receiver', 'traces', 'http.endpoint'),
      endpoint('otelcol.exporter.otlp.tempo', TEMPO, 'traces', 'client.endpoint'),
    ]);
  });

  it('gives each node its block range and each edge the range of its reference', () => {
    const relabel = pipeline.nodes.find((n) => n.id === 'loki.relabel.alloy_logs')!;
    expect(relabel.range.start).toMatchObject({
      line: locate(WORKSHOP, 'loki.relabel "alloy_logs"').line,
      column: 1,
    });
    const wire = pipeline.edges.find((e) => e.from === 'logging')!;
    const where = locate(WORKSHOP, 'loki.relabel.alloy_logs.receiver');
    expect(wire.range.start).toMatchObject({ line: where.line, column: where.column });
    expect(wire.range.end).toMatchObject({ line: where.endLine, column: where.endColumn });
    const push = pipeline.nodes.find((n) => n.id === LOKI_PUSH)!;
    expect(push.range.start.line).toBe(locate(WORKSHOP, '"http://loki:3100/loki/api/v1/push"').line);
  });
});

describe('external endpoints', () => {
  it('takes listen addresses from loki.source.api and defaults from the catalog', () => {
    const source = [
      'loki.source.api "mythical" {',
      '  http {',
      '    listen_address = "0.0.0.0"',
      '    listen_port    = "3100"',
      '  }',
      '  forward_to = [loki.write.out.receiver]',
      '}',
      'loki.write "out" {',
      '  endpoint {',
      '    url = "https://user:pw@logs.example.com/loki/api/v1/push"',
      '  }',
      '}',
      'otelcol.receiver.otlp "in" {',
      '  grpc { }',
      '  output {',
      '    logs    = [otelcol.exporter.otlphttp.out.input]',
      '    metrics = [otelcol.exporter.otlphttp.out.input]',
      '  }',
      '}',
      'otelcol.exporter.otlphttp "out" {',
      '  client {',
      '    endpoint = "https://otlp.example.com"',
      '  }',
      '}',
    ].join('\n');
    const { pipeline } = analyze(source);
    const externals = pipeline.nodes.filter((n) => n.kind === 'external');
    expect(externals.map((n) => [n.id, n.external?.name, n.accepts, n.emits])).toEqual([
      ['external:in:0.0.0.0:3100', '0.0.0.0:3100', [], ['logs']],
      ['external:out:https://user:pw@logs.example.com/loki/api/v1/push', 'logs.example.com', ['logs'], []],
      ['external:in:0.0.0.0:4317', '0.0.0.0:4317', [], ['logs', 'metrics']],
      ['external:out:https://otlp.example.com', 'otlp.example.com', ['logs', 'metrics'], []],
    ]);
    // The OTLP receiver's default gRPC address comes from the catalog; the edge points at the `grpc` block.
    const grpc = pipeline.edges.find((e) => e.from === 'external:in:0.0.0.0:4317')!;
    const { line, column } = locate(source, 'grpc');
    expect(grpc.range.start).toMatchObject({ line, column });
  });

  it('shares one node between components that use the same endpoint', () => {
    const write = (label: string) =>
      `loki.write "${label}" {\n  endpoint {\n    url = "http://loki:3100/loki/api/v1/push"\n  }\n}\n`;
    const { pipeline } = analyze(write('a') + write('b'));
    expect(pipeline.nodes.filter((n) => n.kind === 'external').map((n) => n.id)).toEqual([LOKI_PUSH]);
    expect(pipeline.edges.map((e) => e.from)).toEqual(['loki.write.a', 'loki.write.b']);
  });
});

describe('a live editor', () => {
  const good = analyze(WORKSHOP).pipeline;
  const edit = (from: string, to: string) => {
    const source = WORKSHOP.replace(from, to);
    expect(source).not.toBe(WORKSHOP);
    const { diagnostics, pipeline } = analyze(source);
    const nodes = new Set(pipeline.nodes.map((n) => n.id));
    const edges = new Set(pipeline.edges.map((e) => e.id));
    return {
      semantic: diagnostics.filter((d) => d.code !== 'syntax'),
      syntax: diagnostics.filter((d) => d.code === 'syntax'),
      lostNodes: good.nodes.filter((n) => !nodes.has(n.id)).map((n) => n.id),
      lostEdges: good.edges.filter((e) => !edges.has(e.id)).map((e) => e.id),
      pipeline,
    };
  };

  it('loses only the wire being typed when a reference is half written', () => {
    const result = edit(
      'forward_to = [loki.write.mythical.receiver]\n}\n\nloki.write',
      'forward_to = [loki.write.mythical.]\n}\n\nloki.write',
    );
    expect(result.syntax.length).toBeGreaterThan(0);
    expect(result.semantic).toEqual([]);
    expect(result.lostNodes).toEqual([]);
    expect(result.lostEdges).toEqual(['loki.relabel.alloy_logs->loki.write.mythical:forward_to']);
  });

  it('keeps every block after one whose closing brace is missing', () => {
    const result = edit('replacement  = "postgres"\n\t}', 'replacement  = "postgres"\n');
    expect(result.syntax.map((d) => d.message)).toEqual(['expected }, got EOF']);
    expect(result.semantic).toEqual([]);
    expect(result.lostNodes).toEqual([]);
    // The unclosed block still sends its metrics; only the path it is read from changes.
    expect(result.lostEdges).toEqual([
      'prometheus.relabel.postgres->prometheus.remote_write.mimir:forward_to',
    ]);
    expect(result.pipeline.edges.map((e) => e.id)).toContain(
      'prometheus.relabel.postgres->prometheus.remote_write.mimir:rule.forward_to',
    );
  });

  it('loses only the block whose header cannot be read', () => {
    const result = edit('prometheus.scrape "alloy" {', 'prometheus.scrape "alloy {');
    expect(result.semantic).toEqual([]);
    expect(result.lostNodes).toEqual(['prometheus.scrape.alloy']);
    expect(result.lostEdges).toEqual([
      'prometheus.exporter.self.alloy->prometheus.scrape.alloy:targets',
      'prometheus.scrape.alloy->prometheus.relabel.alloy:forward_to',
    ]);
  });

  it("lists the syntax errors of a block among its node's diagnostics", () => {
    const result = edit('url = "http://mimir:9009/api/v1/push"', 'url = "http://mimir:9009/api/v1/push');
    const node = result.pipeline.nodes.find((n) => n.id === 'prometheus.remote_write.mimir')!;
    expect(node.diagnostics.map((d) => d.message)).toEqual(['string literal not terminated']);
  });

  it('keeps drawing an unfinished block at the end of the file', () => {
    const { pipeline } = analyze(
      `${WORKSHOP}\nloki.relabel "extra" {\n  forward_to = [loki.write.mythical.receiver]\n`,
    );
    expect(pipeline.edges.map((e) => e.id)).toContain('loki.relabel.extra->loki.write.mythical:forward_to');
  });

  it('keeps node and edge ids across unrelated edits', () => {
    const edited = WORKSHOP.replace('level    = "debug"', 'level    = "info"').replace(
      '// Section 2',
      '// A new comment\n\n// Section 2',
    );
    const before = analyze(WORKSHOP).pipeline;
    const after = analyze(edited).pipeline;
    expect(after.nodes.map((n) => n.id)).toEqual(before.nodes.map((n) => n.id));
    expect(after.edges.map((e) => e.id)).toEqual(before.edges.map((e) => e.id));
  });

  it('still draws a component with an unknown name, with the data it sends', () => {
    const source =
      'loki.relable "r" {\n  forward_to = [loki.write.out.receiver]\n}\nloki.write "out" {\n  endpoint {\n    url = "http://loki:3100"\n  }\n}\n';
    const { pipeline } = analyze(source);
    const node = pipeline.nodes.find((n) => n.id === 'loki.relable.r');
    expect(node).toMatchObject({ kind: 'component', accepts: [], emits: ['logs'] });
    expect(node?.diagnostics.map((d) => d.code)).toEqual(['unknown-component']);
    expect(pipeline.edges.map((e) => e.id)).toContain('loki.relable.r->loki.write.out:forward_to');
  });
});
