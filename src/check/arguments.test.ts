import { describe, expect, it } from 'vitest';
import { parse, type Span } from '../syntax';
import { lookupArgument } from './arguments';
import { componentViews } from './components';
import { ValueReader } from './values';

function lookup(source: string, path: string) {
  const file = parse(source).ast;
  const view = componentViews(file)[0];
  if (!view) throw new Error('no block in the test source');
  const result = lookupArgument(view, path, new ValueReader(file));
  return {
    ...result,
    text: (span: Span) => source.slice(span.start, span.end),
  };
}

describe('lookupArgument', () => {
  it('reads a written attribute through blocks', () => {
    const result = lookup(
      'loki.write "x" {\n\tendpoint {\n\t\turl = "http://loki:3100/loki/api/v1/push"\n\t}\n}',
      'endpoint.url',
    );
    expect(result.hits).toMatchObject([
      { kind: 'value', value: 'http://loki:3100/loki/api/v1/push', defaulted: false },
    ]);
  });

  it('takes the default when the block is there but the attribute is not', () => {
    const result = lookup('otelcol.receiver.otlp "x" {\n\tgrpc {}\n\toutput {}\n}', 'grpc.endpoint');
    expect(result.hits).toMatchObject([{ kind: 'value', value: '0.0.0.0:4317', defaulted: true }]);
  });

  it('has no default without the block, and says which part is missing', () => {
    const result = lookup('otelcol.receiver.otlp "x" {\n\toutput {}\n}', 'grpc.endpoint');
    expect(result.hits).toEqual([]);
    expect(result.missing).toMatchObject({ part: 'grpc', isBlock: true });
  });

  it('reads bare-text defaults from the catalog as strings', () => {
    const result = lookup('logging {}', 'format');
    expect(result.hits).toMatchObject([{ value: 'logfmt', defaulted: true }]);
  });

  it('finds one value per repeated block', () => {
    const result = lookup(
      'otelcol.connector.spanmetrics "x" {\n\tdimension {\n\t\tname = "a"\n\t}\n\tdimension {\n\t\tname = "b"\n\t}\n\thistogram {}\n\toutput {}\n}',
      'dimension.name',
    );
    expect(result.hits.map((hit) => (hit.kind === 'value' ? hit.value : null))).toEqual(['a', 'b']);
  });

  it('follows block names that contain dots', () => {
    const result = lookup(
      'loki.process "x" {\n\tstage.output {\n\t\tsource = "body"\n\t}\n\tforward_to = []\n}',
      'stage.output.source',
    );
    expect(result.hits).toMatchObject([{ value: 'body' }]);
    expect(result.text(result.hits[0]!.range)).toBe('source = "body"');
  });

  it('evaluates expressions and leaves references unknown', () => {
    const concatenated = lookup(
      'prometheus.remote_write "x" {\n\tendpoint {\n\t\turl = "http://" + "mimir:9009"\n\t}\n}',
      'endpoint.url',
    );
    expect(concatenated.hits).toMatchObject([{ value: 'http://mimir:9009' }]);
    const reference = lookup(
      'prometheus.scrape "x" {\n\ttargets = prometheus.exporter.self.y.targets\n\tforward_to = []\n}',
      'targets',
    );
    expect(typeof (reference.hits[0] as { value: unknown }).value).toBe('symbol');
  });
});
