import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Pipeline } from '../analysis/pipeline';
import { overlaps } from '../../test/fixtures/graph/layouts';
import { component, edge, error, samplePipeline, shifted } from '../../test/fixtures/graph/pipelines';
import type { ElkInput, LayoutEngine } from './elk-graph';
import { toGraphView, type GraphView } from './graph-view';
import { alignTo, layoutGraph, layoutOrder, type GraphLayout } from './stable-layout';

const viewOf = (pipeline: Pipeline): GraphView =>
  toGraphView({ pipeline, broken: new Map(), stale: new Set() });

/** The real engine, counting its runs. */
function countingEngine(): LayoutEngine & { runs: number } {
  const elk = new ELK();
  const engine = {
    runs: 0,
    layout(graph: ElkInput) {
      engine.runs += 1;
      return elk.layout(graph);
    },
  };
  return engine;
}

describe('layoutGraph', () => {
  it('lays the pipeline out left to right without overlaps', async () => {
    const view = viewOf(samplePipeline());
    const layout = await layoutGraph(view, null, countingEngine());
    expect(layout.positions.size).toBe(view.nodes.length);
    for (const e of view.edges) {
      expect(layout.positions.get(e.to)!.x).toBeGreaterThan(layout.positions.get(e.from)!.x);
    }
    expect(overlaps(view, layout.positions)).toBe(false);
  });

  it('reuses the positions without running the engine when an edit leaves the structure alone', async () => {
    const engine = countingEngine();
    const base = samplePipeline();
    const first = await layoutGraph(viewOf(base), null, engine);

    // Typing above every block, a new error, a parallel wire: nothing that moves a box.
    const edited = shifted(base, 25);
    edited.nodes[2] = { ...edited.nodes[2]!, diagnostics: [error('missing argument', [0, 1])] };
    edited.edges.push(edge(base.nodes[0]!.id, base.nodes[1]!.id, 'targets', 'targets2', [0, 1]));
    const second = await layoutGraph(viewOf(edited), first, engine);

    expect(engine.runs).toBe(1);
    expect(second).toBe(first);
    expect([...second.positions]).toEqual([...first.positions]);
  });

  it('runs the engine for a provisional layout of the same structure, and settles it', async () => {
    const engine = countingEngine();
    const view = viewOf(samplePipeline());
    const first = await layoutGraph(view, null, engine);
    const provisional: GraphLayout = { ...first, unsettled: new Set(['loki.write.default']) };
    const settled = await layoutGraph(view, provisional, engine);
    expect(engine.runs).toBe(2);
    expect(settled.unsettled.size).toBe(0);
    expect(settled.positions).toEqual(first.positions);
  });

  it('keeps nodes away from a structural change where they were', async () => {
    const engine = countingEngine();
    const base = samplePipeline();
    const before = await layoutGraph(viewOf(base), null, engine);

    // Put a loki.relabel between loki.source.file and loki.write.
    const relabel = component('loki.relabel', 'tidy', [900, 950]);
    const files = 'loki.source.file.logs';
    const changed: Pipeline = {
      nodes: [...base.nodes, relabel],
      edges: [
        ...base.edges.filter((e) => e.from !== files),
        edge(files, relabel.id, 'logs', 'forward_to', [360, 385]),
        edge(relabel.id, 'loki.write.default', 'logs', 'forward_to', [910, 930]),
      ],
    };
    const after = await layoutGraph(viewOf(changed), before, engine);

    expect(engine.runs).toBe(2);
    const unaffected = base.nodes.map((node) => node.id).filter((id) => !id.includes('loki'));
    for (const id of unaffected) expect(after.positions.get(id)).toEqual(before.positions.get(id));
    expect(after.positions.get(files)).toEqual(before.positions.get(files));
    expect(overlaps(viewOf(changed), after.positions)).toBe(false);
  });

  it('falls back to a grid instead of failing when the engine fails', async () => {
    const broken: LayoutEngine = { layout: () => Promise.reject(new Error('engine down')) };
    const view = viewOf(samplePipeline());
    const layout = await layoutGraph(view, null, broken);
    expect(layout.positions.size).toBe(view.nodes.length);
    expect(overlaps(view, layout.positions)).toBe(false);
  });
});

describe('layoutOrder', () => {
  it('keeps known ids in their old order and appends new ones', () => {
    expect(layoutOrder(['c', 'a', 'b'], ['a', 'b', 'd', 'c'])).toEqual(['c', 'a', 'b', 'd']);
    expect(layoutOrder(['c', 'gone'], ['x', 'c'])).toEqual(['c', 'x']);
    expect(layoutOrder([], ['b', 'a'])).toEqual(['b', 'a']);
  });
});

describe('alignTo', () => {
  it('shifts the new positions by the median move of the shared nodes', () => {
    const previous = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 0, y: 100 }],
      ['c', { x: 300, y: 100 }],
    ]);
    const next = new Map([
      ['a', { x: 10, y: 50 }],
      ['b', { x: 10, y: 150 }],
      ['c', { x: 500, y: 150 }],
      ['d', { x: 10, y: 250 }],
    ]);
    expect(alignTo(previous, next)).toEqual(
      new Map([
        ['a', { x: 0, y: 0 }],
        ['b', { x: 0, y: 100 }],
        ['c', { x: 490, y: 100 }],
        ['d', { x: 0, y: 200 }],
      ]),
    );
  });

  it('leaves the positions alone when no node is shared', () => {
    const next = new Map([['a', { x: 4, y: 5 }]]);
    expect(alignTo(new Map([['z', { x: 0, y: 0 }]]), next)).toEqual(next);
  });
});
