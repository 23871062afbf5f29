import { describe, expect, it } from 'vitest';
import { component } from '../../test/fixtures/graph/pipelines';
import type { ElkInput, ElkOutput, LayoutEngine } from './elk-graph';
import { toGraphView, type GraphView } from './graph-view';
import { createLayoutQueue } from './layout-queue';
import type { GraphLayout } from './stable-layout';

/** An engine that answers only when told to, placing nodes in a row. */
function manualEngine() {
  const calls: { graph: ElkInput; answer: () => void }[] = [];
  const engine: LayoutEngine = {
    layout: (graph) =>
      new Promise<ElkOutput>((resolve) => {
        calls.push({
          graph,
          answer: () =>
            resolve({
              children: graph.children.map((child, index) => ({ id: child.id, x: index * 300, y: 0 })),
            }),
        });
      }),
  };
  return { engine, calls };
}

const viewWith = (...labels: string[]): GraphView =>
  toGraphView({
    pipeline: {
      nodes: labels.map((label, index) => component('loki.write', label, [index * 10, index * 10 + 5])),
      edges: [],
    },
    broken: new Map(),
    stale: new Set(),
  });

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createLayoutQueue', () => {
  it('runs one layout at a time and, of the requests made meanwhile, only the newest', async () => {
    const { engine, calls } = manualEngine();
    const queue = createLayoutQueue(engine);
    const delivered: string[][] = [];
    const deliver = (layout: GraphLayout) => delivered.push([...layout.positions.keys()]);

    queue.request(viewWith('a'), deliver);
    queue.request(viewWith('a', 'b'), deliver);
    queue.request(viewWith('a', 'b', 'c'), deliver);
    await settle();
    expect(calls).toHaveLength(1);

    calls[0]!.answer();
    await settle();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.graph.children.map((child) => child.id)).toEqual([
      'loki.write.a',
      'loki.write.b',
      'loki.write.c',
    ]);

    calls[1]!.answer();
    await settle();
    expect(delivered).toEqual([['loki.write.a'], ['loki.write.a', 'loki.write.b', 'loki.write.c']]);
  });

  it('lays out each request from the one before, so a same-structure request costs no engine run', async () => {
    const { engine, calls } = manualEngine();
    const queue = createLayoutQueue(engine);
    const delivered: GraphLayout[] = [];
    queue.request(viewWith('a', 'b'), (layout) => delivered.push(layout));
    await settle();
    calls[0]!.answer();
    await settle();

    queue.request(viewWith('a', 'b'), (layout) => delivered.push(layout));
    await settle();
    expect(calls).toHaveLength(1);
    expect(delivered).toHaveLength(2);
    expect(delivered[1]).toBe(delivered[0]);
  });
});
