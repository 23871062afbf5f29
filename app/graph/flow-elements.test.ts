import { describe, expect, it } from 'vitest';
import { samplePipeline, shifted } from '../../test/fixtures/graph/pipelines';
import { toGraphView } from '../../src/graph-model/graph-view';
import { SIGNAL_STYLES } from '../../src/graph-model/palette';
import { toFlowElements } from './flow-elements';

const view = toGraphView({ pipeline: samplePipeline(), broken: new Map(), stale: new Set() });
/** Three rows of four columns, filled in the view's order. */
const grid = new Map(
  view.nodes.map((node, index) => [node.id, { x: (index % 4) * 300, y: Math.floor(index / 4) * 100 }]),
);

describe('toFlowElements', () => {
  it('places every node with its size and wire ends known up front', () => {
    const { nodes } = toFlowElements(view, grid, null, null, 'light');
    expect(nodes).toHaveLength(view.nodes.length);
    const scrape = nodes.find((node) => node.id === 'prometheus.scrape.pods')!;
    expect(scrape.position).toEqual(grid.get(scrape.id));
    expect(scrape.measured).toEqual({ width: 240, height: 60 });
    expect(scrape.handles).toEqual([
      { type: 'target', position: 'left', x: 0, y: 29.5, width: 1, height: 1 },
      { type: 'source', position: 'right', x: 239, y: 29.5, width: 1, height: 1 },
    ]);
    expect(scrape.ariaLabel).toBe('prometheus.scrape "pods", prometheus component');
  });

  it('orders nodes row by row, left to right, for Tab', () => {
    const reversed = new Map([...grid].map(([id, at]) => [id, { x: 900 - at.x, y: at.y }]));
    const { nodes } = toFlowElements(view, reversed, null, null, 'light');
    expect(nodes.slice(0, 4).map((node) => node.id)).toEqual(
      view.nodes
        .slice(0, 4)
        .map((node) => node.id)
        .reverse(),
    );
  });

  it('marks the highlighted and the selected node', () => {
    const { nodes } = toFlowElements(view, grid, 'loki.write.default', 'loki.source.file.logs', 'light');
    expect(nodes.filter((node) => node.data.highlighted).map((node) => node.id)).toEqual([
      'loki.write.default',
    ]);
    expect(nodes.filter((node) => node.selected).map((node) => node.id)).toEqual(['loki.source.file.logs']);
  });

  it('marks the nodes failing a lesson check, and says so to assistive technology', () => {
    const { nodes } = toFlowElements(view, grid, null, null, 'light', ['loki.write.default']);
    const failing = nodes.filter((node) => node.data.failing);
    expect(failing.map((node) => node.id)).toEqual(['loki.write.default']);
    expect(failing[0]?.ariaLabel).toMatch(/Fails a lesson check\.$/);
    expect(nodes.filter((node) => node.ariaLabel?.includes('lesson check'))).toHaveLength(1);
  });

  it('holds back nodes still waiting for a position, and their edges', () => {
    const partial = new Map([...grid].filter(([id]) => id !== 'prometheus.scrape.pods'));
    const { nodes, edges } = toFlowElements(view, partial, null, null, 'light');
    expect(nodes).toHaveLength(view.nodes.length - 1);
    expect(edges).toHaveLength(view.edges.length - 2);
  });

  it('colours arrowheads by signal for the theme', () => {
    const { edges } = toFlowElements(view, grid, null, null, 'dark');
    const logs = edges.find((edge) => edge.data?.view.signal === 'logs')!;
    expect(logs.markerEnd).toMatchObject({ color: SIGNAL_STYLES.logs.color.dark });
    expect(logs.ariaLabel).toBe('loki.source.file "logs" sends logs to loki.write "default" (forward_to)');
  });

  it('hands each wire its simulated flow, and marks the selected wire', () => {
    const logs = view.edges.find((edge) => edge.signal === 'logs')!;
    const onSelect = (_edgeId: string) => {};
    const { edges } = toFlowElements(view, grid, null, null, 'light', [], {
      flows: new Map([[logs.id, { perSecond: 4, items: 40, error: null }]]),
      flowing: true,
      selectedEdgeId: logs.id,
      onSelect,
    });
    const drawn = edges.find((edge) => edge.id === logs.id)!;
    expect(drawn.data).toMatchObject({ flow: { perSecond: 4 }, flowing: true, selected: true, onSelect });
    expect(edges.filter((edge) => edge.data?.flow)).toHaveLength(1);
    expect(edges.filter((edge) => edge.data?.selected)).toHaveLength(1);
  });

  it('hands back what did not change as the very same objects', () => {
    const first = toFlowElements(view, grid, null, null, 'light');
    // The next analysis: new view objects, every block further down the file, nothing visible changed.
    const again = toGraphView({
      pipeline: shifted(samplePipeline(), 7),
      broken: new Map(),
      stale: new Set(),
    });
    const second = toFlowElements(again, new Map(grid), null, null, 'light', [], undefined, first);
    expect(second.nodes).toBe(first.nodes);
    expect(second.edges).toBe(first.edges);
  });

  it('redraws only the nodes and edges that changed', () => {
    const first = toFlowElements(view, grid, null, null, 'light');
    const moved = new Map(grid).set('loki.write.default', { x: 5000, y: 5000 });
    const second = toFlowElements(view, moved, 'prometheus.scrape.pods', null, 'light', [], undefined, first);
    const redrawn = second.nodes.filter((node) => !first.nodes.includes(node)).map((node) => node.id);
    expect(redrawn.sort()).toEqual(['loki.write.default', 'prometheus.scrape.pods']);
    // Moved, the card looks the same: React Flow moves it without redrawing it.
    const write = (elements: typeof first) =>
      elements.nodes.find((node) => node.id === 'loki.write.default')!;
    expect(write(second).data).toBe(write(first).data);
    expect(second.edges).toBe(first.edges);
  });
});
