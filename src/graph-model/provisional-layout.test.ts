import { beforeAll, describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Pipeline, PipelineNode } from '../analysis/pipeline';
import { overlaps } from '../../test/fixtures/graph/layouts';
import { component, edge, samplePipeline } from '../../test/fixtures/graph/pipelines';
import { LAYER_SPACING, NODE_SPACING } from './elk-graph';
import { toGraphView, type GraphView } from './graph-view';
import { provisionalLayout } from './provisional-layout';
import { layoutGraph, type GraphLayout } from './stable-layout';

const viewOf = (pipeline: Pipeline): GraphView =>
  toGraphView({ pipeline, broken: new Map(), stale: new Set() });

const FILES = 'loki.source.file.logs';
const WRITE = 'loki.write.default';
const RENAMED = 'loki.write.defaultx';

/** `pipeline` with loki.write's label typed on; `references` says whether the reference to it follows. */
function renamedWrite(pipeline: Pipeline, references: 'follow' | 'stay'): Pipeline {
  const node = component('loki.write', 'defaultx', [400, 491]);
  const edges = pipeline.edges
    .filter((e) => references === 'follow' || e.to !== WRITE)
    .map((e) => ({ ...e, from: e.from === WRITE ? RENAMED : e.from, to: e.to === WRITE ? RENAMED : e.to }));
  return { nodes: pipeline.nodes.map((each) => (each.id === WRITE ? node : each)), edges };
}

function withNodes(pipeline: Pipeline, nodes: PipelineNode[], edges: Pipeline['edges'] = []): Pipeline {
  return { nodes: [...pipeline.nodes, ...nodes], edges: [...pipeline.edges, ...edges] };
}

function expectUnmoved(before: GraphLayout, after: GraphLayout, except: readonly string[] = []) {
  for (const [id, at] of before.positions)
    if (!except.includes(id)) expect(after.positions.get(id)).toEqual(at);
}

let base: Pipeline;
let baseView: GraphView;
let laidOut: GraphLayout;

beforeAll(async () => {
  base = samplePipeline();
  baseView = viewOf(base);
  laidOut = await layoutGraph(baseView, null, new ELK());
});

describe('provisionalLayout', () => {
  it('hands back the previous layout when the structure is the same', () => {
    expect(provisionalLayout(baseView, laidOut, viewOf(base))).toBe(laidOut);
  });

  it('gives a renamed node the place of its old name, in the same place of the order', () => {
    const view = viewOf(renamedWrite(base, 'follow'));
    const layout = provisionalLayout(baseView, laidOut, view)!;
    expectUnmoved(laidOut, layout, [WRITE]);
    expect(layout.positions.get(RENAMED)).toEqual(laidOut.positions.get(WRITE));
    expect(layout.positions.size).toBe(view.nodes.length);
    expect(layout.order.indexOf(RENAMED)).toBe(laidOut.order.indexOf(WRITE));
    // Wired as before: nothing for the engine to refine.
    expect(layout.unsettled.size).toBe(0);
  });

  it('marks both ends of a cut wire unsettled, and moves nothing', () => {
    const view = viewOf(renamedWrite(base, 'stay'));
    const layout = provisionalLayout(baseView, laidOut, view)!;
    expectUnmoved(laidOut, layout, [WRITE]);
    expect(layout.positions.get(RENAMED)).toEqual(laidOut.positions.get(WRITE));
    expect([...layout.unsettled].sort()).toEqual([FILES, RENAMED]);
  });

  it('carries unsettled nodes over, under their new names', () => {
    const unsettledWrite = { ...laidOut, unsettled: new Set([WRITE]) };
    const layout = provisionalLayout(baseView, unsettledWrite, viewOf(renamedWrite(base, 'follow')))!;
    expect([...layout.unsettled]).toEqual([RENAMED]);
  });

  it('puts a new node one layer right of the node that sends to it, clear of every other node', () => {
    const tidy = component('loki.relabel', 'tidy', [900, 950]);
    const view = viewOf(withNodes(base, [tidy], [edge(FILES, tidy.id, 'logs', 'forward_to', [360, 385])]));
    const layout = provisionalLayout(baseView, laidOut, view)!;
    expectUnmoved(laidOut, layout);
    const files = laidOut.positions.get(FILES)!;
    const placed = layout.positions.get(tidy.id)!;
    expect(placed.x).toBe(files.x + 240 + LAYER_SPACING);
    expect(placed.y).toBeGreaterThanOrEqual(files.y);
    expect(overlaps(view, layout.positions)).toBe(false);
    expect([...layout.unsettled].sort()).toEqual([FILES, tidy.id].sort());
    expect(layout.order.slice(0, -1)).toEqual(laidOut.order);
    expect(layout.order.at(-1)).toBe(tidy.id);
  });

  it('grows a chain of new nodes from where it is wired in', () => {
    const first = component('loki.source.api', 'apps', [900, 950]);
    const second = component('loki.relabel', 'apps', [960, 990]);
    const view = viewOf(
      withNodes(
        base,
        [first, second],
        [
          edge(first.id, second.id, 'logs', 'forward_to', [910, 930]),
          edge(second.id, WRITE, 'logs', 'forward_to', [970, 985]),
        ],
      ),
    );
    const layout = provisionalLayout(baseView, laidOut, view)!;
    const x = (id: string) => layout.positions.get(id)!.x;
    expect(x(second.id)).toBe(x(WRITE) - LAYER_SPACING - 240);
    expect(x(first.id)).toBe(x(second.id) - LAYER_SPACING - 240);
    expect(overlaps(view, layout.positions)).toBe(false);
    expectUnmoved(laidOut, layout);
  });

  it('puts a node wired to nothing below everything', () => {
    const lonely = component('loki.process', 'lonely', [900, 950]);
    const view = viewOf(withNodes(base, [lonely]));
    const layout = provisionalLayout(baseView, laidOut, view)!;
    const shown = [...laidOut.positions].map(([id, at]) => ({
      at,
      node: baseView.nodes.find((n) => n.id === id)!,
    }));
    expect(layout.positions.get(lonely.id)).toEqual({
      x: Math.min(...shown.map(({ at }) => at.x)),
      y: Math.max(...shown.map(({ at, node }) => at.y + node.height)) + NODE_SPACING,
    });
    expect([...layout.unsettled]).toEqual([lonely.id]);
  });

  it('leaves a mostly new graph to the engine', () => {
    const other: Pipeline = {
      nodes: ['a', 'b', 'c', 'd'].map((label, i) => component('loki.write', label, [i * 10, i * 10 + 5])),
      edges: [],
    };
    expect(provisionalLayout(baseView, laidOut, viewOf(other))).toBeNull();
  });
});
