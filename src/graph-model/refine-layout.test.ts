import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import { overlaps } from '../../test/fixtures/graph/layouts';
import { component, edge, samplePipeline } from '../../test/fixtures/graph/pipelines';
import type { Point } from './elk-graph';
import { toGraphView } from './graph-view';
import { provisionalLayout } from './provisional-layout';
import { refineLayout, SMALL_MOVE } from './refine-layout';
import { engineLayout, layoutGraph, SETTLED, type GraphLayout } from './stable-layout';

const LOKI = 'external:out:http://loki:3100/loki/api/v1/push';
const FILES = 'loki.source.file.logs';
const view = toGraphView({ pipeline: samplePipeline(), broken: new Map(), stale: new Set() });

/** Each connected part of the sample on a row of its own: metrics, logs, traces. */
const ROWS: string[][] = [
  [
    'discovery.kubernetes.pods',
    'prometheus.scrape.pods',
    'prometheus.remote_write.mimir',
    'external:out:http://mimir:9009/api/v1/push',
  ],
  [FILES, 'loki.write.default', LOKI],
  [
    'external:in:0.0.0.0:4317',
    'otelcol.receiver.otlp.default',
    'otelcol.processor.batch.default',
    'otelcol.exporter.otlp.tempo',
    'external:out:tempo:4317',
  ],
];
const rows = new Map(
  ROWS.flatMap((ids, row) => ids.map((id, column) => [id, { x: column * 336, y: row * 200 }])),
);
const shown: GraphLayout = {
  key: 'sample',
  order: view.nodes.map((node) => node.id),
  positions: new Map(view.nodes.map((node) => [node.id, rows.get(node.id) ?? { x: 2000, y: 0 }])),
  unsettled: new Set([FILES]),
};

/** The engine's answer: everything shifted by (500, 300), and `moves` on top of that. */
function engineAnswer(moves: Record<string, Point> = {}): GraphLayout {
  const positions = new Map(
    [...shown.positions].map(([id, at]) => {
      const move = moves[id] ?? { x: 0, y: 0 };
      return [id, { x: at.x + 500 + move.x, y: at.y + 300 + move.y }];
    }),
  );
  return { ...shown, positions, unsettled: SETTLED };
}

describe('refineLayout', () => {
  it("takes the engine's places for a part with an unsettled node, shifted to move the least", () => {
    const refined = refineLayout(view, shown, engineAnswer({ [LOKI]: { x: 0, y: 60 } }));
    const before = shown.positions.get(LOKI)!;
    expect(refined.positions.get(LOKI)).toEqual({ x: before.x, y: before.y + 60 });
    for (const [id, at] of shown.positions) if (id !== LOKI) expect(refined.positions.get(id)).toEqual(at);
    expect(refined.unsettled.size).toBe(0);
  });

  it('leaves the parts without unsettled nodes alone, whatever the engine did to them', () => {
    const tempo = 'external:out:tempo:4317';
    const refined = refineLayout(view, shown, engineAnswer({ [tempo]: { x: 0, y: 120 } }));
    expect(refined.positions.get(tempo)).toEqual(shown.positions.get(tempo));
  });

  it('keeps a node where it is when the engine would move it only slightly', () => {
    const refined = refineLayout(view, shown, engineAnswer({ [LOKI]: { x: SMALL_MOVE, y: -SMALL_MOVE } }));
    expect(refined.positions).toBe(shown.positions);
    expect(refined.unsettled.size).toBe(0);
  });

  it('keeps the provisional places of a part that would run into another', () => {
    // Down onto the traces row.
    const refined = refineLayout(view, shown, engineAnswer({ [LOKI]: { x: 0, y: 200 } }));
    expect(refined.positions).toBe(shown.positions);
  });

  it('refines a new node with the engine, moving no node of the other parts', async () => {
    const engine = new ELK();
    const laidOut = await layoutGraph(view, null, engine);
    const tidy = component('loki.relabel', 'tidy', [900, 950]);
    const base = samplePipeline();
    const grown = toGraphView({
      pipeline: {
        nodes: [...base.nodes, tidy],
        edges: [
          ...base.edges.filter((e) => e.from !== FILES),
          edge(FILES, tidy.id, 'logs', 'forward_to', [360, 385]),
          edge(tidy.id, 'loki.write.default', 'logs', 'forward_to', [910, 930]),
        ],
      },
      broken: new Map(),
      stale: new Set(),
    });
    const provisional = provisionalLayout(view, laidOut, grown)!;
    const refined = refineLayout(grown, provisional, (await engineLayout(grown, provisional, engine))!);

    expect(overlaps(grown, refined.positions)).toBe(false);
    expect(refined.unsettled.size).toBe(0);
    const logs = new Set([FILES, tidy.id, 'loki.write.default', LOKI]);
    for (const [id, at] of laidOut.positions)
      if (!logs.has(id)) expect(refined.positions.get(id)).toEqual(at);
    // Laid out in a row: loki.source.file, then loki.relabel, then loki.write.
    const x = (id: string) => refined.positions.get(id)!.x;
    expect(x(FILES)).toBeLessThan(x(tidy.id));
    expect(x(tidy.id)).toBeLessThan(x('loki.write.default'));
  });
});
