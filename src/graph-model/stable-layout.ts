/**
 * Layout that holds still. The same structure reuses the previous positions
 * without asking the engine; a changed structure is laid out again with known
 * nodes first in their old order, then shifted so that they move the least.
 */
import { toElkInput, readPositions, type LayoutEngine, type Point } from './elk-graph';
import type { GraphView } from './graph-view';
import { structureKey } from './structure-key';

export type GraphLayout = {
  /** The structure key the positions belong to. */
  key: string;
  /** Node ids in the order handed to the engine; the next layout starts from it. */
  order: string[];
  /** Top-left corner of every node. */
  positions: ReadonlyMap<string, Point>;
  /**
   * Nodes placed or rewired since the engine last laid the graph out (see
   * provisional-layout.ts); empty when the positions are the engine's.
   */
  unsettled: ReadonlySet<string>;
};

export const SETTLED: ReadonlySet<string> = new Set();

export async function layoutGraph(
  view: GraphView,
  previous: GraphLayout | null,
  engine: LayoutEngine,
): Promise<GraphLayout> {
  const key = structureKey(view);
  if (previous !== null && previous.key === key && previous.unsettled.size === 0) return previous;
  return (await engineLayout(view, previous, engine, key)) ?? gridLayout(view, previous, key);
}

/**
 * The engine's layout of `view` (whose structure key is `key`), with the
 * nodes of `previous` first in their old order and the result shifted so
 * that they move the least; null when the engine fails or leaves a node out.
 */
export async function engineLayout(
  view: GraphView,
  previous: GraphLayout | null,
  engine: LayoutEngine,
  key: string = structureKey(view),
): Promise<GraphLayout | null> {
  const { order, hints } = startingPoint(view, previous);
  let positions: Map<string, Point>;
  try {
    positions = readPositions(await engine.layout(toElkInput(view, order, hints)));
  } catch {
    return null;
  }
  if (view.nodes.some((node) => !positions.has(node.id))) return null;
  return { key, order, positions: alignTo(hints, positions), unsettled: SETTLED };
}

/** A plain grid, used only if the engine fails, so that the graph never goes blank. */
function gridLayout(view: GraphView, previous: GraphLayout | null, key: string): GraphLayout {
  const { order, hints } = startingPoint(view, previous);
  const columns = Math.max(1, Math.ceil(Math.sqrt(order.length)));
  const cell = { width: 280, height: 100 };
  const grid = new Map(
    order.map((id, index) => [
      id,
      { x: (index % columns) * cell.width, y: Math.floor(index / columns) * cell.height },
    ]),
  );
  return { key, order, positions: alignTo(hints, grid), unsettled: SETTLED };
}

function startingPoint(view: GraphView, previous: GraphLayout | null) {
  return {
    order: layoutOrder(
      previous?.order ?? [],
      view.nodes.map((node) => node.id),
    ),
    hints: previous?.positions ?? new Map<string, Point>(),
  };
}

/** Known ids keep their previous order; new ones follow in the order given. */
export function layoutOrder(previousOrder: readonly string[], ids: readonly string[]): string[] {
  const present = new Set(ids);
  const known = previousOrder.filter((id) => present.has(id));
  const knownSet = new Set(known);
  return [...known, ...ids.filter((id) => !knownSet.has(id))];
}

/**
 * Shifts `next` by the median displacement of the nodes both layouts share,
 * so that a change somewhere does not slide the whole graph away.
 */
export function alignTo(
  previous: ReadonlyMap<string, Point>,
  next: ReadonlyMap<string, Point>,
): Map<string, Point> {
  const dx: number[] = [];
  const dy: number[] = [];
  for (const [id, point] of next) {
    const before = previous.get(id);
    if (before) {
      dx.push(before.x - point.x);
      dy.push(before.y - point.y);
    }
  }
  const shift = { x: median(dx), y: median(dy) };
  return new Map([...next].map(([id, point]) => [id, { x: point.x + shift.x, y: point.y + shift.y }]));
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
