import { describe, expect, it } from 'vitest';
import { component, error, samplePipeline } from '../../test/fixtures/graph/pipelines';
import { describeGraph, nodeDescription } from './describe';
import { toGraphView } from './graph-view';

const viewOf = (pipeline: ReturnType<typeof samplePipeline>, stale: string[] = []) =>
  toGraphView({ pipeline, broken: new Map(), stale: new Set(stale) });

describe('describeGraph', () => {
  it('lists every component and every connection in words', () => {
    const text = describeGraph(viewOf(samplePipeline()));
    expect(text.components).toHaveLength(12);
    expect(text.connections).toHaveLength(10);
    expect(text.connections.map((line) => line.text)).toContain(
      'loki.source.file "logs" sends logs to loki.write "default" (forward_to)',
    );
    expect(text.connections.map((line) => line.text)).toContain(
      'prometheus.remote_write "mimir" sends metrics to mimir:9009 (endpoint.url)',
    );
    expect(text.components.map((line) => line.text)).toContain(
      'loki:3100, external destination at http://loki:3100/loki/api/v1/push',
    );
    expect(text.components.map((line) => line.text)).toContain('0.0.0.0:4317, external source');
  });

  it('sorts lines so that the lists read the same after unrelated edits', () => {
    const pipeline = samplePipeline();
    const reversed = { nodes: [...pipeline.nodes].reverse(), edges: [...pipeline.edges].reverse() };
    expect(describeGraph(viewOf(reversed))).toEqual(describeGraph(viewOf(pipeline)));
  });

  it('says which connections are shown as last parsed', () => {
    const pipeline = samplePipeline();
    const text = describeGraph(viewOf(pipeline, [pipeline.edges[0]!.id]));
    expect(text.connections.filter((line) => line.text.endsWith(', as last parsed'))).toHaveLength(1);
  });
});

describe('nodeDescription', () => {
  it('names the node, its kind and its problems', () => {
    const node = component('prometheus.scrape', 'pods', [0, 10], {
      diagnostics: [error('missing required argument "targets"', [0, 1])],
    });
    const [view] = toGraphView({
      pipeline: { nodes: [node], edges: [] },
      broken: new Map(),
      stale: new Set(),
    }).nodes;
    expect(nodeDescription(view!)).toBe(
      'prometheus.scrape "pods", prometheus component, 1 error: missing required argument "targets"',
    );
  });

  it('describes unlabelled blocks and hidden ones', () => {
    const logging = { ...component('logging', null, [0, 10]), kind: 'config' as const };
    const [view] = toGraphView({
      pipeline: { nodes: [logging], edges: [] },
      broken: new Map(),
      stale: new Set(['logging']),
    }).nodes;
    expect(nodeDescription(view!)).toBe(
      'logging, configuration block, shown as last parsed, hidden by a syntax error',
    );
  });
});
