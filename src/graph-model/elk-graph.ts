/**
 * Translation between the graph view and ELK's JSON graph format. Only the
 * fields this project uses are typed; elkjs's own `ELK` class satisfies
 * `LayoutEngine`, in a worker or not.
 */
import type { GraphView } from './graph-view';

export type Point = { x: number; y: number };

export type ElkInputNode = {
  id: string;
  width: number;
  height: number;
  layoutOptions?: Record<string, string>;
};
export type ElkInputEdge = { id: string; sources: [string]; targets: [string] };
export type ElkInput = {
  id: string;
  layoutOptions: Record<string, string>;
  children: ElkInputNode[];
  edges: ElkInputEdge[];
};
export type ElkOutput = { children?: { id: string; x?: number; y?: number }[] };

export type LayoutEngine = { layout(graph: ElkInput): Promise<ElkOutput> };

/** Space between two nodes of a layer (one above the other), in pixels. */
export const NODE_SPACING = 32;
/** Space between two layers (side by side, wired left to right), in pixels. */
export const LAYER_SPACING = 96;

/** Layered, left to right; input order matters, so that known nodes keep their relative places. */
export const LAYOUT_OPTIONS: Readonly<Record<string, string>> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': String(NODE_SPACING),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_SPACING),
  'elk.spacing.componentComponent': '48',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.considerModelOrder.components': 'MODEL_ORDER',
  'elk.layered.crossingMinimization.semiInteractive': 'true',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
};

/**
 * Builds the layout input. `order` lists node ids in the order to hand them
 * over; `hints` are earlier positions, which keep known nodes in their
 * vertical order within a layer.
 */
export function toElkInput(
  view: GraphView,
  order: readonly string[],
  hints: ReadonlyMap<string, Point>,
): ElkInput {
  const rank = new Map(order.map((id, index) => [id, index]));
  const nodes = [...view.nodes].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
  const links = new Map<string, ElkInputEdge>();
  for (const edge of view.edges) {
    const id = JSON.stringify([edge.from, edge.to]);
    if (!links.has(id)) links.set(id, { id, sources: [edge.from], targets: [edge.to] });
  }
  return {
    id: 'root',
    layoutOptions: { ...LAYOUT_OPTIONS },
    children: nodes.map((node) => {
      const hint = hints.get(node.id);
      return {
        id: node.id,
        width: node.width,
        height: node.height,
        ...(hint && { layoutOptions: { 'elk.position': `(${hint.x},${hint.y})` } }),
      };
    }),
    edges: [...links.values()],
  };
}

/** Top-left corners of the laid-out nodes; nodes the engine did not place are left out. */
export function readPositions(output: ElkOutput): Map<string, Point> {
  const positions = new Map<string, Point>();
  for (const child of output.children ?? []) {
    if (typeof child.x === 'number' && typeof child.y === 'number') {
      positions.set(child.id, { x: child.x, y: child.y });
    }
  }
  return positions;
}
