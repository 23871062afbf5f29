import { describe, expect, it } from 'vitest';
import { analyze } from './index';
import { diagnosticsOf, errorsOf, locate } from './test-support';

/** Destinations of every kind, to wire the snippets below to. */
const SINKS = [
  'loki.write "logs" {',
  '  endpoint {',
  '    url = "http://loki:3100/loki/api/v1/push"',
  '  }',
  '}',
  'prometheus.remote_write "metrics" {',
  '  endpoint {',
  '    url = "http://mimir:9009/api/v1/push"',
  '  }',
  '}',
  'pyroscope.write "profiles" {',
  '  endpoint {',
  '    url = "http://pyroscope:4040"',
  '  }',
  '}',
  'otelcol.exporter.otlp "traces" {',
  '  client {',
  '    endpoint = "tempo:4317"',
  '  }',
  '}',
  'otelcol.connector.spanmetrics "span_metrics" {',
  '  histogram {',
  '    explicit { }',
  '  }',
  '  output {',
  '    metrics = [otelcol.exporter.otlp.traces.input]',
  '  }',
  '}',
  'prometheus.exporter.self "alloy" { }',
  '',
].join('\n');

function kindErrors(snippet: string) {
  const source = SINKS + snippet;
  return diagnosticsOf(source, 'reference-kind').map((d) => ({
    message: d.message,
    line: d.line,
    column: d.column,
  }));
}

function at(snippet: string, text: string) {
  const { line, column } = locate(SINKS + snippet, text);
  return { line, column };
}

describe('references to components that do not exist', () => {
  it('reports the whole chain and suggests the closest declared id', () => {
    const snippet = 'loki.relabel "r" {\n  forward_to = [loki.write.lgos.receiver]\n}\n';
    const source = SINKS + snippet;
    expect(diagnosticsOf(source, 'unknown-reference')).toEqual([
      {
        severity: 'error',
        code: 'unknown-reference',
        message:
          'component "loki.write.lgos.receiver" does not exist or is out of scope; did you mean "loki.write.logs.receiver"?',
        ...locate(source, 'loki.write.lgos.receiver'),
      },
    ]);
  });

  it('suggests across a misspelled component name too', () => {
    const snippet = 'loki.relabel "r" {\n  forward_to = [loki.wirte.logs.receiver]\n}\n';
    const [error] = analyze(SINKS + snippet).diagnostics.filter((d) => d.code === 'unknown-reference');
    expect(error).toMatchObject({ suggestion: { text: 'loki.write.logs.receiver' } });
  });

  it('does not take standard-library calls, foreach variables or unknowable values for components', () => {
    const source = [
      'local.file "doc" {',
      '  filename = sys.env("DOC_PATH")',
      '}',
      'remote.http "api" {',
      '  url = json_path(local.file.doc.content, ".url")[0]',
      '}',
      'foreach "f" {',
      '  collection = [1, 2]',
      '  var        = "each"',
      '  template {',
      '    local.file "x" {',
      '      filename = file.path_join(module_path, string.format("%d.txt", each))',
      '    }',
      '  }',
      '}',
    ].join('\n');
    expect(errorsOf(source)).toEqual([]);
  });

  it('warns when a component hides a standard-library name, and on deprecated aliases', () => {
    const source = [
      'declare "sys" {',
      '  export "env" {',
      '    value = "x"',
      '  }',
      '}',
      'sys "sys" { }',
      'local.file "a" {',
      '  filename = sys.sys.env',
      '}',
      'local.file "b" {',
      '  filename = env("HOME")',
      '}',
    ].join('\n');
    expect(
      diagnosticsOf(source, 'shadowed-stdlib', 'deprecated-stdlib').map((d) => [d.code, d.line, d.column]),
    ).toEqual([
      ['shadowed-stdlib', 8, 14],
      ['deprecated-stdlib', 11, 14],
    ]);
  });
});

describe('references to exports', () => {
  it('reports an export the component does not have, over the export name', () => {
    const snippet = 'loki.relabel "r" {\n  forward_to = [loki.write.logs.reciever]\n}\n';
    const source = SINKS + snippet;
    expect(diagnosticsOf(source, 'unknown-export')).toEqual([
      {
        severity: 'error',
        code: 'unknown-export',
        message:
          'loki.write.logs has no export "reciever" (it has exports "receiver"); did you mean "receiver"?',
        ...locate(source, 'reciever'),
      },
    ]);
  });

  it('knows the exports of declared components', () => {
    const source = [
      'declare "m" {',
      '  export "out" {',
      '    value = "x"',
      '  }',
      '}',
      'm "a" { }',
      'local.file "f" {',
      '  filename = m.a.outt',
      '}',
    ].join('\n');
    expect(diagnosticsOf(source, 'unknown-export').map((d) => d.message)).toEqual([
      'm.a has no export "outt" (it has exports "out"); did you mean "out"?',
    ]);
  });

  it('reports a component named where one of its exports is wanted, suggesting the export', () => {
    const snippet = 'loki.relabel "r" {\n  forward_to = [loki.write.logs]\n}\n';
    const [error] = analyze(SINKS + snippet).diagnostics.filter((d) => d.code === 'reference-kind');
    expect(error).toMatchObject({
      message:
        'loki.relabel.r forward_to expects Loki logs receivers, but loki.write.logs is a component; did you mean "loki.write.logs.receiver"?',
      suggestion: { text: 'loki.write.logs.receiver' },
    });
  });
});

describe('reference kinds and signals', () => {
  it('accepts every ecosystem wired the right way', () => {
    const snippet = [
      'loki.source.api "push" {',
      '  http {',
      '    listen_port = 3100',
      '  }',
      '  forward_to = [loki.write.logs.receiver]',
      '}',
      'prometheus.scrape "self" {',
      '  targets    = prometheus.exporter.self.alloy.targets',
      '  forward_to = [prometheus.remote_write.metrics.receiver]',
      '}',
      'pyroscope.scrape "app" {',
      '  targets    = [{"__address__" = "app:4040"}]',
      '  forward_to = [pyroscope.write.profiles.receiver]',
      '}',
      'otelcol.receiver.otlp "in" {',
      '  grpc { }',
      '  output {',
      '    traces  = [otelcol.connector.spanmetrics.span_metrics.input]',
      '    metrics = [otelcol.exporter.otlp.traces.input]',
      '  }',
      '}',
      'tracing {',
      '  write_to = [otelcol.exporter.otlp.traces.input]',
      '}',
      'logging {',
      '  write_to = [loki.write.logs.receiver]',
      '}',
    ].join('\n');
    expect(errorsOf(SINKS + snippet)).toEqual([]);
  });

  it('rejects a Prometheus metrics receiver in a Loki forward_to', () => {
    const snippet = 'loki.relabel "r" {\n  forward_to = [prometheus.remote_write.metrics.receiver]\n}\n';
    expect(kindErrors(snippet)).toEqual([
      {
        message:
          'loki.relabel.r forward_to expects Loki logs receivers, but prometheus.remote_write.metrics.receiver is a Prometheus metrics receiver',
        ...at(snippet, 'prometheus.remote_write.metrics.receiver'),
      },
    ]);
  });

  it('rejects a Loki logs receiver in a Prometheus forward_to', () => {
    const snippet = 'prometheus.relabel "r" {\n  forward_to = [loki.write.logs.receiver]\n}\n';
    expect(kindErrors(snippet).map((e) => e.message)).toEqual([
      'prometheus.relabel.r forward_to expects Prometheus metrics receivers, but loki.write.logs.receiver is a Loki logs receiver',
    ]);
  });

  it('rejects a metrics receiver where profiles go', () => {
    const snippet =
      'pyroscope.scrape "p" {\n  targets    = []\n  forward_to = [prometheus.remote_write.metrics.receiver]\n}\n';
    expect(kindErrors(snippet).map((e) => e.message)).toEqual([
      'pyroscope.scrape.p forward_to expects Pyroscope profiles receivers, but prometheus.remote_write.metrics.receiver is a Prometheus metrics receiver',
    ]);
  });

  it('rejects a traces-only consumer in output.logs', () => {
    const snippet = [
      'otelcol.receiver.otlp "in" {',
      '  grpc { }',
      '  output {',
      '    logs = [otelcol.connector.spanmetrics.span_metrics.input]',
      '  }',
      '}',
      '',
    ].join('\n');
    expect(kindErrors(snippet)).toEqual([
      {
        message:
          'otelcol.receiver.otlp.in output.logs expects OpenTelemetry consumers of logs, but otelcol.connector.spanmetrics.span_metrics.input is an OpenTelemetry consumer of traces',
        ...at(snippet, 'otelcol.connector.spanmetrics.span_metrics.input'),
      },
    ]);
  });

  it('rejects a Loki receiver in an otelcol output and names the converter', () => {
    const snippet = [
      'otelcol.receiver.otlp "in" {',
      '  grpc { }',
      '  output {',
      '    logs   = [loki.write.logs.receiver]',
      '    traces = [loki.write.logs.receiver]',
      '  }',
      '}',
      '',
    ].join('\n');
    expect(kindErrors(snippet).map((e) => e.message)).toEqual([
      'otelcol.receiver.otlp.in output.logs expects OpenTelemetry consumers of logs, but loki.write.logs.receiver is a Loki logs receiver (otelcol.exporter.loki converts between them)',
      'otelcol.receiver.otlp.in output.traces expects OpenTelemetry consumers of traces, but loki.write.logs.receiver is a Loki logs receiver',
    ]);
  });

  it('rejects an otelcol consumer in a Prometheus forward_to and names the converter', () => {
    const snippet =
      'prometheus.scrape "s" {\n  targets    = []\n  forward_to = [otelcol.exporter.otlp.traces.input]\n}\n';
    expect(kindErrors(snippet).map((e) => e.message)).toEqual([
      'prometheus.scrape.s forward_to expects Prometheus metrics receivers, but otelcol.exporter.otlp.traces.input is an OpenTelemetry consumer of logs, metrics and traces (otelcol.receiver.prometheus converts between them)',
    ]);
  });

  it('rejects wrong receivers in the write_to of logging and tracing', () => {
    const snippet = [
      'logging {',
      '  write_to = [prometheus.remote_write.metrics.receiver]',
      '}',
      'tracing {',
      '  write_to = [loki.write.logs.receiver]',
      '}',
      '',
    ].join('\n');
    expect(kindErrors(snippet).map((e) => e.message)).toEqual([
      'logging write_to expects Loki logs receivers, but prometheus.remote_write.metrics.receiver is a Prometheus metrics receiver',
      'tracing write_to expects OpenTelemetry consumers of traces, but loki.write.logs.receiver is a Loki logs receiver',
    ]);
  });

  it('rejects a receiver where targets are expected, and a non-receiver where receivers are', () => {
    const snippet = [
      'local.file "f" {',
      '  filename = "/tmp/f"',
      '}',
      'prometheus.scrape "s" {',
      '  targets    = loki.write.logs.receiver',
      '  forward_to = [local.file.f.content]',
      '}',
      '',
    ].join('\n');
    expect(kindErrors(snippet).map((e) => e.message)).toEqual([
      'prometheus.scrape.s targets expects a list of targets, but loki.write.logs.receiver is a Loki logs receiver',
      'prometheus.scrape.s forward_to expects Prometheus metrics receivers, but local.file.f.content is a value of type string or secret',
    ]);
  });

  it('points out a single receiver where a list is needed, and targets wrapped in a list', () => {
    const snippet = [
      'prometheus.scrape "s" {',
      '  targets    = [prometheus.exporter.self.alloy.targets]',
      '  forward_to = prometheus.remote_write.metrics.receiver',
      '}',
      '',
    ].join('\n');
    const source = SINKS + snippet;
    const found = analyze(source).diagnostics.filter((d) => d.code === 'reference-kind');
    expect(found.map((d) => [d.message, d.range.start.line])).toEqual([
      [
        'prometheus.exporter.self.alloy.targets is already a list of targets: write targets = prometheus.exporter.self.alloy.targets without brackets',
        locate(source, '[prometheus.exporter.self').line,
      ],
      [
        'prometheus.scrape.s forward_to expects a list: write [prometheus.remote_write.metrics.receiver]; did you mean "[prometheus.remote_write.metrics.receiver]"?',
        locate(source, '= prometheus.remote_write.metrics').line,
      ],
    ]);
  });

  it('names the receivers a list wants when given a lone receiver of the wrong kind', () => {
    const snippet = 'loki.relabel "r" {\n  forward_to = prometheus.remote_write.metrics.receiver\n}\n';
    expect(kindErrors(snippet).map((e) => e.message)).toEqual([
      'loki.relabel.r forward_to expects Loki logs receivers, but prometheus.remote_write.metrics.receiver is a Prometheus metrics receiver',
    ]);
  });

  it('draws no edge for a reference of the wrong kind', () => {
    const snippet = 'loki.relabel "r" {\n  forward_to = [prometheus.remote_write.metrics.receiver]\n}\n';
    const { edges } = analyze(SINKS + snippet).pipeline;
    expect(edges.filter((e) => e.from === 'loki.relabel.r')).toEqual([]);
  });
});

describe('self references and cycles', () => {
  it('rejects a component that references itself', () => {
    const source = 'prometheus.relabel "loop" {\n  forward_to = [prometheus.relabel.loop.receiver]\n}\n';
    expect(diagnosticsOf(source, 'self-reference')).toEqual([
      {
        severity: 'error',
        code: 'self-reference',
        message: 'cannot reference self',
        ...locate(source, 'prometheus.relabel.loop.receiver'),
      },
    ]);
  });

  it('reports a cycle on every reference along it, naming its members in source order', () => {
    const source = [
      'prometheus.relabel "a" {',
      '  forward_to = [prometheus.relabel.b.receiver]',
      '}',
      'prometheus.relabel "b" {',
      '  forward_to = [prometheus.relabel.c.receiver, prometheus.remote_write.out.receiver]',
      '}',
      'prometheus.relabel "c" {',
      '  forward_to = [prometheus.relabel.a.receiver]',
      '}',
      'prometheus.remote_write "out" {',
      '  endpoint {',
      '    url = "http://mimir:9009/api/v1/push"',
      '  }',
      '}',
    ].join('\n');
    const message = 'cycle detected: prometheus.relabel.a, prometheus.relabel.b, prometheus.relabel.c';
    expect(diagnosticsOf(source, 'cycle')).toEqual([
      { severity: 'error', code: 'cycle', message, ...locate(source, 'prometheus.relabel.b.receiver') },
      { severity: 'error', code: 'cycle', message, ...locate(source, 'prometheus.relabel.c.receiver') },
      { severity: 'error', code: 'cycle', message, ...locate(source, 'prometheus.relabel.a.receiver') },
    ]);
  });

  it('finds cycles through any reference, not only data wires', () => {
    const source = [
      'local.file "a" {',
      '  filename = local.file.b.content',
      '}',
      'local.file "b" {',
      '  filename = local.file.a.content',
      '}',
    ].join('\n');
    expect(diagnosticsOf(source, 'cycle').map((d) => d.line)).toEqual([2, 5]);
  });

  it('reports nothing for a chain without a cycle', () => {
    const source = [
      'prometheus.relabel "a" {',
      '  forward_to = [prometheus.relabel.b.receiver]',
      '}',
      'prometheus.relabel "b" {',
      '  forward_to = []',
      '}',
    ].join('\n');
    expect(diagnosticsOf(source, 'cycle', 'self-reference')).toEqual([]);
  });
});
