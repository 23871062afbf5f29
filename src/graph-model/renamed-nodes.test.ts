import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../analysis/pipeline';
import { component, endpoint, samplePipeline } from '../../test/fixtures/graph/pipelines';
import { toGraphView } from './graph-view';
import { renamedNodes } from './renamed-nodes';

const viewOf = (pipeline: Pipeline) => toGraphView({ pipeline, broken: new Map(), stale: new Set() });

/** `pipeline` with node `id` replaced by `node`, and its wires following it. */
function replaced(pipeline: Pipeline, id: string, node: Pipeline['nodes'][number]): Pipeline {
  const follow = (end: string) => (end === id ? node.id : end);
  return {
    nodes: pipeline.nodes.map((each) => (each.id === id ? node : each)),
    edges: pipeline.edges.map((edge) => ({ ...edge, from: follow(edge.from), to: follow(edge.to) })),
  };
}

describe('renamedNodes', () => {
  it('pairs a block whose label changed with its old name', () => {
    const before = samplePipeline();
    const after = replaced(before, 'loki.write.default', component('loki.write', 'defaultx', [400, 491]));
    expect(renamedNodes(viewOf(before), viewOf(after))).toEqual(
      new Map([['loki.write.default', 'loki.write.defaultx']]),
    );
  });

  it('pairs an endpoint whose address changed, in the same direction', () => {
    const before = samplePipeline();
    const loki = 'external:out:http://loki:3100/loki/api/v1/push';
    const after = replaced(
      before,
      loki,
      endpoint('out', 'http://loki:3101/loki/api/v1/push', 'loki:3101', [440, 470]),
    );
    expect(renamedNodes(viewOf(before), viewOf(after))).toEqual(
      new Map([[loki, 'external:out:http://loki:3101/loki/api/v1/push']]),
    );
  });

  it('pairs nothing when a block of another kind takes the place of one removed', () => {
    const before = samplePipeline();
    const after = replaced(before, 'loki.write.default', component('loki.relabel', 'default', [400, 490]));
    expect(renamedNodes(viewOf(before), viewOf(after))).toEqual(new Map());
  });

  it('pairs nothing when blocks of that kind were added or removed', () => {
    const before = samplePipeline();
    const after = replaced(before, 'loki.write.default', component('loki.write', 'other', [400, 490]));
    after.nodes.push(component('loki.write', 'more', [800, 890]));
    expect(renamedNodes(viewOf(before), viewOf(after))).toEqual(new Map());
  });

  it('pairs nothing when no id changed', () => {
    const view = viewOf(samplePipeline());
    expect(renamedNodes(view, view)).toEqual(new Map());
  });
});
