/**
 * The graph view and its layout as React Flow nodes and edges. Nodes without
 * a position yet (the layout is on its way) wait; everything else stays put.
 * Given the elements drawn before, every node and edge that looks the same is
 * handed back as the very same object, so that React Flow and the memoised
 * node and edge components skip it: a keystroke redraws only what it changed.
 */
import { MarkerType, Position } from '@xyflow/react';
import type { Point } from '../../src/graph-model/elk-graph';
import {
  nodeLook,
  sameEdge,
  sameLook,
  type GraphEdgeView,
  type GraphNodeView,
  type GraphView,
} from '../../src/graph-model/graph-view';
import { edgeDescription, nodeDescription } from '../../src/graph-model/describe';
import { SIGNAL_STYLES, type GraphTheme } from '../../src/graph-model/palette';
import type { EdgeFlow } from './edge-flow';
import type { PipelineFlowNode, PipelineNodeData } from './PipelineNodeCard';
import type { SignalEdgeData, SignalFlowEdge } from './SignalEdge';

export type FlowElements = { nodes: PipelineFlowNode[]; edges: SignalFlowEdge[] };

/** What a running simulation adds to the wires (see `PipelineGraphProps.edgeFlows`). */
export type EdgeFlows = {
  flows: ReadonlyMap<string, EdgeFlow>;
  flowing: boolean;
  selectedEdgeId: string | null;
  onSelect: ((edgeId: string) => void) | null;
};

const NO_FLOWS: EdgeFlows = { flows: new Map(), flowing: false, selectedEdgeId: null, onSelect: null };
export const NO_ELEMENTS: FlowElements = { nodes: [], edges: [] };

export function toFlowElements(
  view: GraphView,
  positions: ReadonlyMap<string, Point>,
  highlightedId: string | null,
  selectedId: string | null,
  theme: GraphTheme,
  failingIds: readonly string[] = [],
  simulation: EdgeFlows = NO_FLOWS,
  previous: FlowElements = NO_ELEMENTS,
): FlowElements {
  const failing = new Set(failingIds);
  const drawnNodes = new Map(previous.nodes.map((node) => [node.id, node]));
  const placed = view.nodes.filter((node) => positions.has(node.id));
  // Document order is Tab order: row by row, left to right, as text reads.
  const byReadingOrder = placed
    .map((node) => ({ node, at: positions.get(node.id)! }))
    .map((entry) => ({ ...entry, row: Math.round(entry.at.y + entry.node.height / 2) }))
    .sort((a, b) => a.row - b.row || a.at.x - b.at.x);
  const nodes = byReadingOrder.map(({ node, at }) =>
    flowNode(node, at, {
      highlighted: node.id === highlightedId,
      failing: failing.has(node.id),
      selected: node.id === selectedId,
      drawn: drawnNodes.get(node.id),
    }),
  );

  const shown = new Set(placed.map((node) => node.id));
  const byId = new Map(view.nodes.map((node) => [node.id, node]));
  const drawnEdges = new Map(previous.edges.map((edge) => [edge.id, edge]));
  const edges = view.edges
    .filter((edge) => shown.has(edge.from) && shown.has(edge.to))
    .map((edge) =>
      flowEdge(edge, {
        flow: simulation.flows.get(edge.id) ?? null,
        flowing: simulation.flowing,
        selected: edge.id === simulation.selectedEdgeId,
        onSelect: simulation.onSelect,
        color: SIGNAL_STYLES[edge.signal].color[theme],
        ariaLabel: edgeDescription(edge, byId),
        drawn: drawnEdges.get(edge.id),
      }),
    );
  return {
    nodes: sameItems(nodes, previous.nodes) ? previous.nodes : nodes,
    edges: sameItems(edges, previous.edges) ? previous.edges : edges,
  };
}

function flowNode(
  node: GraphNodeView,
  at: Point,
  state: { highlighted: boolean; failing: boolean; selected: boolean; drawn: PipelineFlowNode | undefined },
): PipelineFlowNode {
  const { highlighted, failing, selected, drawn } = state;
  const ariaLabel = failing ? `${nodeDescription(node)}. Fails a lesson check.` : nodeDescription(node);
  const data: PipelineNodeData =
    drawn !== undefined &&
    drawn.data.highlighted === highlighted &&
    drawn.data.failing === failing &&
    sameLook(drawn.data.look, node)
      ? drawn.data
      : { look: nodeLook(node), highlighted, failing };
  if (
    drawn !== undefined &&
    drawn.data === data &&
    drawn.selected === selected &&
    drawn.ariaLabel === ariaLabel &&
    drawn.position.x === at.x &&
    drawn.position.y === at.y
  )
    return drawn;
  return {
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
    data,
    selected,
    ariaLabel,
    draggable: false,
    connectable: false,
    deletable: false,
  };
}

function flowEdge(
  edge: GraphEdgeView,
  state: Required<Omit<SignalEdgeData, 'view'>> & {
    color: string;
    ariaLabel: string;
    drawn: SignalFlowEdge | undefined;
  },
): SignalFlowEdge {
  const { flow, flowing, selected, onSelect, color, ariaLabel, drawn } = state;
  const before = drawn?.data;
  if (
    drawn !== undefined &&
    before !== undefined &&
    sameEdge(before.view, edge) &&
    sameFlow(before.flow ?? null, flow) &&
    before.flowing === flowing &&
    before.selected === selected &&
    before.onSelect === onSelect &&
    drawn.ariaLabel === ariaLabel &&
    typeof drawn.markerEnd === 'object' &&
    drawn.markerEnd.color === color
  )
    return drawn;
  return {
    id: edge.id,
    type: 'signal',
    source: edge.from,
    target: edge.to,
    data: { view: edge, flow, flowing, selected, onSelect },
    markerEnd: { type: MarkerType.ArrowClosed, color, width: 16, height: 16 },
    ariaLabel,
    selectable: false,
    focusable: false,
    deletable: false,
    domAttributes: { 'data-signal': edge.signal } as Record<string, string>,
  };
}

function sameFlow(a: EdgeFlow | null, b: EdgeFlow | null): boolean {
  if (a === null || b === null) return a === b;
  return a.perSecond === b.perSecond && a.items === b.items && a.error === b.error;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
