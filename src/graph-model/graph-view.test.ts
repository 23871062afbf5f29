import { describe, expect, it } from 'vitest';
import { component, edge, error, samplePipeline } from '../../test/fixtures/graph/pipelines';
import { NODE_SIZES, toGraphView } from './graph-view';
import type { MergedPipeline } from './merge-last-good';

const plain = (pipeline: MergedPipeline['pipeline']): MergedPipeline => ({
  pipeline,
  broken: new Map(),
  stale: new Set(),
});

describe('toGraphView', () => {
  it('shows components by type and label, and endpoints by name and address', () => {
    const view = toGraphView(plain(samplePipeline()));
    const scrape = view.nodes.find((node) => node.id === 'prometheus.scrape.pods');
    expect(scrape).toMatchObject({
      title: 'prometheus.scrape',
      subtitle: 'pods',
      ecosystem: 'prometheus',
      kind: 'component',
      direction: null,
    });
    const loki = view.nodes.find((node) => node.id.startsWith('external:out:http://loki'));
    expect(loki).toMatchObject({
      title: 'loki:3100',
      subtitle: 'http://loki:3100/loki/api/v1/push',
      kind: 'external',
      direction: 'out',
    });
    const otlp = view.nodes.find((node) => node.id === 'external:in:0.0.0.0:4317');
    expect(otlp).toMatchObject({ title: '0.0.0.0:4317', subtitle: null, direction: 'in' });
  });

  it('gives every node a size fixed by its kind, whatever its text', () => {
    const short = component('loki.write', 'a', [0, 10]);
    const long = component('loki.write', 'a_very_long_label_that_would_not_fit_anywhere', [20, 30]);
    const view = toGraphView(plain({ nodes: [short, long], edges: [] }));
    for (const node of view.nodes)
      expect({ width: node.width, height: node.height }).toEqual(NODE_SIZES.component);
  });

  it('carries error and warning messages, without repeats', () => {
    const broken = component('prometheus.scrape', 'x', [0, 50], {
      diagnostics: [
        error('missing required argument "targets"', [0, 10]),
        error('missing required argument "targets"', [0, 10]),
        { severity: 'warning', message: 'deprecated argument', range: error('', [5, 6]).range },
        { severity: 'info', message: 'a hint', range: error('', [5, 6]).range },
      ],
    });
    const [node] = toGraphView(plain({ nodes: [broken], edges: [] })).nodes;
    expect(node?.errors).toEqual(['missing required argument "targets"']);
    expect(node?.warnings).toEqual(['deprecated argument']);
  });

  it('marks broken and stale nodes and adds the syntax errors to the broken ones', () => {
    const a = component('loki.write', 'a', [0, 50]);
    const b = component('loki.write', 'b', [60, 90]);
    const syntaxError = error('expected }', [40, 41], 'syntax');
    const view = toGraphView({
      pipeline: { nodes: [a, b], edges: [] },
      broken: new Map([[a.id, [syntaxError]]]),
      stale: new Set([b.id]),
    });
    expect(view.nodes.map((node) => [node.id, node.status, node.errors])).toEqual([
      [a.id, 'broken', ['expected }']],
      [b.id, 'stale', []],
    ]);
  });

  it('spreads parallel edges into lanes ordered by signal, and leaves single edges centred', () => {
    const view = toGraphView(plain(samplePipeline()));
    const lanes = Object.fromEntries(view.edges.map((e) => [e.id, e.lane]));
    const batchToExporter = 'otelcol.processor.batch.default->otelcol.exporter.otlp.tempo';
    expect(lanes[`${batchToExporter}:output.metrics`]).toBe(-0.5);
    expect(lanes[`${batchToExporter}:output.traces`]).toBe(0.5);
    expect(lanes['prometheus.scrape.pods->prometheus.remote_write.mimir:forward_to']).toBe(0);
  });

  it('drops edges whose ends are not in the pipeline', () => {
    const a = component('loki.write', 'a', [0, 50]);
    const view = toGraphView(
      plain({ nodes: [a], edges: [edge('loki.source.file.x', a.id, 'logs', 'forward_to', [0, 1])] }),
    );
    expect(view.edges).toEqual([]);
  });

  it('keeps edge signal and path, and flags stale edges', () => {
    const pipeline = samplePipeline();
    const staleId = pipeline.edges[0]!.id;
    const view = toGraphView({ pipeline, broken: new Map(), stale: new Set([staleId]) });
    expect(view.edges[0]).toMatchObject({ signal: 'targets', path: 'targets', stale: true });
    expect(view.edges.filter((e) => e.stale)).toHaveLength(1);
  });
});
