import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../analysis/pipeline';
import { component, edge, error, samplePipeline, shifted } from '../../test/fixtures/graph/pipelines';
import { toGraphView } from './graph-view';
import { structureKey } from './structure-key';

const keyOf = (pipeline: Pipeline, stale: string[] = []) =>
  structureKey(toGraphView({ pipeline, broken: new Map(), stale: new Set(stale) }));

describe('structureKey', () => {
  const base = samplePipeline();

  it('ignores moved source ranges, diagnostics, signals and statuses', () => {
    const edited: Pipeline = {
      nodes: shifted(base, 37).nodes.map((node, index) =>
        index === 1 ? { ...node, diagnostics: [error('missing targets', [0, 1])] } : node,
      ),
      edges: base.edges.map((e, index) => (index === 0 ? { ...e, signal: 'logs', path: 'other' } : e)),
    };
    expect(keyOf(edited, [base.nodes[0]!.id])).toBe(keyOf(base));
  });

  it('ignores the order in which nodes and edges are listed', () => {
    const reordered = { nodes: [...base.nodes].reverse(), edges: [...base.edges].reverse() };
    expect(keyOf(reordered)).toBe(keyOf(base));
  });

  it('changes when a node is added, removed or renamed', () => {
    const extra = component('loki.relabel', 'tidy', [900, 950]);
    expect(keyOf({ ...base, nodes: [...base.nodes, extra] })).not.toBe(keyOf(base));
    expect(keyOf({ ...base, nodes: base.nodes.slice(1), edges: base.edges.slice(1) })).not.toBe(keyOf(base));
    const renamed = base.nodes.map((node, index) =>
      index === 0 ? { ...node, id: 'discovery.kubernetes.nodes' } : node,
    );
    expect(keyOf({ nodes: renamed, edges: base.edges.slice(1) })).not.toBe(
      keyOf({ nodes: base.nodes, edges: base.edges.slice(1) }),
    );
  });

  it('changes when two nodes are wired together or apart, but not for a parallel wire', () => {
    const [first, second] = base.nodes;
    const wired = {
      ...base,
      edges: [...base.edges, edge(first!.id, second!.id, 'metrics', 'extra', [0, 1])],
    };
    expect(keyOf(wired)).toBe(keyOf(base));
    const newLink = {
      ...base,
      edges: [...base.edges, edge(second!.id, first!.id, 'metrics', 'back', [0, 1])],
    };
    expect(keyOf(newLink)).not.toBe(keyOf(base));
    expect(keyOf({ ...base, edges: base.edges.slice(1) })).not.toBe(keyOf(base));
  });
});
