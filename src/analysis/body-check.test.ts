import { describe, expect, it } from 'vitest';
import { diagnosticsOf, locate } from './test-support';

const WRITE = 'loki.write "out" {\n  endpoint {\n    url = "http://loki:3100/loki/api/v1/push"\n  }\n}\n';

describe('arguments', () => {
  it('reports an unknown argument over its name, suggesting the closest one', () => {
    const source = `${WRITE}loki.relabel "r" {\n  forwrd_to = [loki.write.out.receiver]\n}\n`;
    expect(diagnosticsOf(source, 'unknown-attribute')).toEqual([
      {
        severity: 'error',
        code: 'unknown-attribute',
        message: 'unrecognized attribute name "forwrd_to"; did you mean "forward_to"?',
        ...locate(source, 'forwrd_to'),
      },
    ]);
  });

  it('reports unknown arguments inside nested blocks', () => {
    const source =
      'loki.write "out" {\n  endpoint {\n    url  = "http://loki:3100"\n    port = 3100\n  }\n}\n';
    expect(diagnosticsOf(source, 'unknown-attribute').map((d) => [d.message, d.line, d.column])).toEqual([
      ['unrecognized attribute name "port"', 4, 5],
    ]);
  });

  it('reports an argument given twice at the second occurrence', () => {
    const source = 'local.file "a" {\n  filename = "/a"\n  filename = "/b"\n}\n';
    expect(diagnosticsOf(source, 'duplicate-attribute')).toEqual([
      {
        severity: 'error',
        code: 'duplicate-attribute',
        message: 'attribute "filename" may only be provided once',
        ...locate(source, 'filename', 1),
      },
    ]);
  });

  it('lists each missing required argument at the block header', () => {
    const source = 'prometheus.scrape "s" {\n  scrape_interval = "2s"\n}\n';
    expect(diagnosticsOf(source, 'missing-attribute')).toEqual([
      {
        severity: 'error',
        code: 'missing-attribute',
        message: 'missing required attribute "forward_to"',
        ...locate(source, 'prometheus.scrape "s"'),
      },
      {
        severity: 'error',
        code: 'missing-attribute',
        message: 'missing required attribute "targets"',
        ...locate(source, 'prometheus.scrape "s"'),
      },
    ]);
  });

  it('reports a missing argument of a nested block at that block', () => {
    const source = 'loki.write "out" {\n  endpoint {\n    batch_wait = "1s"\n  }\n}\n';
    expect(diagnosticsOf(source, 'missing-attribute')).toEqual([
      expect.objectContaining({ message: 'missing required attribute "url"', ...locate(source, 'endpoint') }),
    ]);
  });

  it('accepts a body with every required argument', () => {
    expect(diagnosticsOf(WRITE, 'missing-attribute', 'unknown-attribute', 'duplicate-attribute')).toEqual([]);
  });
});

describe('blocks', () => {
  it('reports an unknown block, suggesting the closest one', () => {
    const source = 'loki.write "out" {\n  endpoints {\n    url = "http://loki:3100"\n  }\n}\n';
    const errors = diagnosticsOf(source, 'unknown-block');
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'unknown-block',
        message: 'unrecognized block name "endpoints"; did you mean "endpoint"?',
        ...locate(source, 'endpoints'),
      },
    ]);
  });

  it('reports a missing required block', () => {
    const source = 'otelcol.processor.batch "b" {\n  timeout = "2s"\n}\n';
    expect(diagnosticsOf(source, 'missing-block')).toEqual([
      {
        severity: 'error',
        code: 'missing-block',
        message: 'missing required block "output"',
        ...locate(source, 'otelcol.processor.batch "b"'),
      },
    ]);
  });

  it('reports a block that may appear once at each extra occurrence', () => {
    const source = [
      'otelcol.exporter.otlp "t" {',
      '  client {',
      '    endpoint = "tempo:4317"',
      '  }',
      '  client {',
      '    endpoint = "tempo:4318"',
      '  }',
      '}',
    ].join('\n');
    expect(diagnosticsOf(source, 'duplicate-block')).toEqual([
      {
        severity: 'error',
        code: 'duplicate-block',
        message: 'block "client" may only be specified once',
        ...locate(source, 'client', 1),
      },
    ]);
  });

  it('accepts repeated blocks that may repeat', () => {
    const source = `${WRITE}loki.relabel "r" {\n  rule {\n    target_label = "a"\n  }\n  rule {\n    target_label = "b"\n  }\n  forward_to = [loki.write.out.receiver]\n}\n`;
    expect(diagnosticsOf(source, 'duplicate-block')).toEqual([]);
  });

  it('rejects a label on a nested block that takes none', () => {
    const source = 'loki.write "out" {\n  endpoint "loki" {\n    url = "http://loki:3100"\n  }\n}\n';
    expect(diagnosticsOf(source, 'unexpected-label')).toEqual([
      {
        severity: 'error',
        code: 'unexpected-label',
        message: 'block "endpoint" does not support specifying labels',
        ...locate(source, 'endpoint "loki"'),
      },
    ]);
  });

  it('requires a label on a nested block that takes one', () => {
    const source = 'prometheus.exporter.snmp "s" {\n  target {\n    address = "192.0.2.1"\n  }\n}\n';
    expect(diagnosticsOf(source, 'missing-label')).toEqual([
      expect.objectContaining({
        message: 'block "target" requires non-empty label',
        ...locate(source, 'target'),
      }),
    ]);
  });

  it('tells a block written as an attribute apart from an unknown name', () => {
    const source = 'loki.write "out" {\n  endpoint = {}\n}\n';
    expect(diagnosticsOf(source, 'attribute-block-mismatch').map((d) => d.message)).toEqual([
      '"endpoint" must be a block, but is used as an attribute',
    ]);
  });

  it('checks loki.process stages, including stages nested in stage.match', () => {
    const source = [
      `${WRITE}loki.process "p" {`,
      '  stage.match {',
      '    selector = "{app=\\"x\\"}"',
      '    stage.json {',
      '      expresions = {}',
      '    }',
      '  }',
      '  forward_to = [loki.write.out.receiver]',
      '}',
    ].join('\n');
    expect(diagnosticsOf(source, 'unknown-attribute').map((d) => d.message)).toEqual([
      'unrecognized attribute name "expresions"; did you mean "expressions"?',
    ]);
  });
});
