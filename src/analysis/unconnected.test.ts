import { describe, expect, it } from 'vitest';
import { diagnosticsOf, locate } from './test-support';

const WRITE = 'loki.write "out" {\n  endpoint {\n    url = "http://loki:3100/loki/api/v1/push"\n  }\n}\n';
const SOURCE =
  'loki.source.api "in" {\n  http {\n    listen_port = 3100\n  }\n  forward_to = [loki.write.out.receiver]\n}\n';

function warnings(source: string) {
  return diagnosticsOf(source, 'input-unused', 'output-unused');
}

describe('components left unconnected', () => {
  it('warns about a writer nothing sends to', () => {
    expect(warnings(WRITE)).toEqual([
      {
        severity: 'warning',
        code: 'input-unused',
        message: 'loki.write.out receives no logs: nothing sends to loki.write.out.receiver',
        ...locate(WRITE, 'loki.write "out"'),
      },
    ]);
  });

  it('warns about a processor nothing sends to', () => {
    const source = `${WRITE}${SOURCE}loki.process "p" {\n  forward_to = [loki.write.out.receiver]\n}\n`;
    expect(warnings(source).map((w) => w.message)).toEqual([
      'loki.process.p receives no logs: nothing sends to loki.process.p.receiver',
    ]);
  });

  it('warns about targets nothing scrapes', () => {
    const source = 'prometheus.exporter.self "alloy" { }\n';
    expect(warnings(source)).toEqual([
      {
        severity: 'warning',
        code: 'output-unused',
        message:
          'the targets of prometheus.exporter.self.alloy are not used: nothing reads prometheus.exporter.self.alloy.targets',
        ...locate(source, 'prometheus.exporter.self "alloy"'),
      },
    ]);
  });

  it('warns about an empty forward_to', () => {
    const source =
      'prometheus.scrape "s" {\n  targets    = [{"__address__" = "loki:3100"}]\n  forward_to = []\n}\n';
    expect(warnings(source)).toEqual([
      {
        severity: 'warning',
        code: 'output-unused',
        message: 'prometheus.scrape.s sends its metrics nowhere: forward_to is empty',
        ...locate(source, 'prometheus.scrape "s"'),
      },
    ]);
  });

  it('warns about an otelcol output block that lists no consumer', () => {
    const source = 'otelcol.receiver.otlp "in" {\n  grpc { }\n  output { }\n}\n';
    expect(warnings(source).map((w) => w.message)).toEqual([
      'otelcol.receiver.otlp.in sends its logs, metrics and traces nowhere: its output block lists no consumers',
    ]);
  });

  it('does not warn about receivers fed from outside, wired writers, or unwired config blocks', () => {
    const source = `${WRITE}${SOURCE}logging {\n  level = "info"\n}\n`;
    expect(warnings(source)).toEqual([]);
  });

  it('counts references from foreach templates and modules', () => {
    const source = [
      WRITE,
      'foreach "f" {',
      '  collection = ["a"]',
      '  var        = "each"',
      '  template {',
      '    loki.source.api "in" {',
      '      forward_to = [loki.write.out.receiver]',
      '    }',
      '  }',
      '}',
    ].join('\n');
    expect(warnings(source)).toEqual([]);
  });

  it('says nothing while a reference is broken, the file has syntax errors, or the component has errors', () => {
    const broken = `${WRITE}loki.source.api "in" {\n  forward_to = [loki.write.ot.receiver]\n}\n`;
    expect(warnings(broken)).toEqual([]);
    const syntax = `${WRITE}loki.source.api "in" {\n  forward_to = [\n}\n`;
    expect(warnings(syntax)).toEqual([]);
    const erroneous = 'loki.write "out" {\n  endpoint { }\n}\n';
    expect(warnings(erroneous)).toEqual([]);
  });
});
