/**
 * The graph view and its layout as React Flow nodes and edges. Nodes without
 * a position yet (the layout is on its way) wait; everything else stays put.
 */
import { MarkerType, Position } from '@xyflow/react';
import type { Point } from '../../src/graph-model/elk-graph';
import type { GraphView } from '../../src/graph-model/graph-view';
import { edgeDescription, nodeDescription } from '../../src/graph-model/describe';
import { SIGNAL_STYLES, type GraphTheme } from '../../src/graph-model/palette';
import type { EdgeFlow } from './edge-flow';
import type { PipelineFlowNode } from './PipelineNodeCard';
import type { SignalFlowEdge } from './SignalEdge';

export type FlowElements = { nodes: PipelineFlowNode[]; edges: SignalFlowEdge[] };

/** What a running simulation adds to the wires (see `PipelineGraphProps.edgeFlows`). */
export type EdgeFlows = {
  flows: ReadonlyMap<string, EdgeFlow>;
  flowing: boolean;
  selectedEdgeId: string | null;
  onSelect: ((edgeId: string) => void) | null;
};

const NO_FLOWS: EdgeFlows = { flows: new Map(), flowing: false, selectedEdgeId: null, onSelect: null };

export function toFlowElements(
  view: GraphView,
  positions: ReadonlyMap<string, Point>,
  highlightedId: string | null,
  selectedId: string | null,
  theme: GraphTheme,
  failingIds: readonly string[] = [],
  simulation: EdgeFlows = NO_FLOWS,
): FlowElements {
  const placed = view.nodes.filter((node) => positions.has(node.id));
  // Document order is Tab order: row by row, left to right, as text reads.
  const byReadingOrder = placed
    .map((node) => ({ node, at: positions.get(node.id)! }))
    .map((entry) => ({ ...entry, row: Math.round(entry.at.y + entry.node.height / 2) }))
    .sort((a, b) => a.row - b.row || a.at.x - b.at.x);
  const nodes = byReadingOrder.map(({ node, at }): PipelineFlowNode => ({
    id: node.id,
    type: 'pipeline',
    position: at,
    width: node.width,
    height: node.height,
    // Sizes and wire ends are known up front, so edges draw at once and
    // never wait for (or vanish during) a DOM measurement.
    measured: { width: node.width, height: node.height },
    handles: [
      { type: 'target', position: Position.Left, x: 0, y: node.height / 2 - 0.5, width: 1, height: 1 },
      {
        type: 'source',
        position: Position.Right,
        x: node.width - 1,
        y: node.height / 2 - 0.5,
        width: 1,
        height: 1,
      },
    ],
    data: { view: node, highlighted: node.id === highlightedId, failing: failingIds.includes(node.id) },
    selected: node.id === selectedId,
    ariaLabel: failingIds.includes(node.id)
      ? `${nodeDescription(node)}. Fails a lesson check.`
      : nodeDescription(node),
    draggable: false,
    connectable: false,
    deletable: false,
  }));

  const shown = new Set(placed.map((node) => node.id));
  const byId = new Map(view.nodes.map((node) => [node.id, node]));
  const edges = view.edges
    .filter((edge) => shown.has(edge.from) && shown.has(edge.to))
    .map((edge): SignalFlowEdge => ({
      id: edge.id,
      type: 'signal',
      source: edge.from,
      target: edge.to,
      data: {
        view: edge,
        flow: simulation.flows.get(edge.id) ?? null,
        flowing: simulation.flowing,
        selected: edge.id === simulation.selectedEdgeId,
        onSelect: simulation.onSelect,
      },
      markerEnd: {
        type: MarkerType.ArrowClosed,
        color: SIGNAL_STYLES[edge.signal].color[theme],
        width: 16,
        height: 16,
      },
      ariaLabel: edgeDescription(edge, byId),
      selectable: false,
      focusable: false,
      deletable: false,
      domAttributes: { 'data-signal': edge.signal } as Record<string, string>,
    }));
  return { nodes, edges };
}
