/**
 * Takes the engine's layout of a structure that is drawn provisionally
 * (provisional-layout.ts) without letting unrelated nodes jump. The answer
 * counts only for the connected parts of the graph that hold an unsettled
 * node; each such part is shifted so that its nodes move the least, a node the
 * engine would move only slightly stays where it is, and a part that would run
 * into the rest of the graph keeps its provisional places.
 */
import { boxAt, collide } from './boxes';
import { NODE_SPACING, type Point } from './elk-graph';
import type { GraphView } from './graph-view';
import { alignTo, SETTLED, type GraphLayout } from './stable-layout';

/** Up to this many pixels (either way) a node stays put rather than follow the engine. */
export const SMALL_MOVE = NODE_SPACING / 2;

/** The settled layout of `view`, from `shown` and `engine`, two layouts of the same structure. */
export function refineLayout(view: GraphView, shown: GraphLayout, engine: GraphLayout): GraphLayout {
  const sizes = new Map(view.nodes.map((node) => [node.id, node]));
  const positions = new Map(shown.positions);
  let moved = false;
  for (const part of connectedParts(view)) {
    if (!part.some((id) => shown.unsettled.has(id))) continue;
    const target = alignTo(only(shown.positions, part), only(engine.positions, part));
    const next = new Map<string, Point>();
    for (const id of part) {
      const now = positions.get(id)!;
      const there = target.get(id)!;
      if (Math.max(Math.abs(there.x - now.x), Math.abs(there.y - now.y)) > SMALL_MOVE) next.set(id, there);
    }
    if (next.size === 0) continue;
    const inPart = new Set(part);
    const others = view.nodes
      .filter((node) => !inPart.has(node.id))
      .map((node) => boxAt(positions.get(node.id)!, node));
    const runsInto = [...next].some(([id, at]) => {
      const box = boxAt(at, sizes.get(id)!);
      return others.some((other) => collide(box, other));
    });
    if (runsInto) continue;
    for (const [id, at] of next) positions.set(id, at);
    moved = true;
  }
  return {
    key: shown.key,
    order: engine.order,
    positions: moved ? positions : shown.positions,
    unsettled: SETTLED,
  };
}

/** The ids of each connected part of the graph (wires taken both ways), in the view's order. */
function connectedParts(view: GraphView): string[][] {
  const root = new Map(view.nodes.map((node) => [node.id, node.id]));
  const find = (id: string): string => {
    let top = id;
    while (root.get(top) !== top) top = root.get(top)!;
    root.set(id, top);
    return top;
  };
  for (const { from, to } of view.edges) root.set(find(from), find(to));
  const parts = new Map<string, string[]>();
  for (const { id } of view.nodes) {
    const top = find(id);
    const part = parts.get(top);
    if (part) part.push(id);
    else parts.set(top, [id]);
  }
  return [...parts.values()];
}

function only(positions: ReadonlyMap<string, Point>, ids: readonly string[]): Map<string, Point> {
  return new Map(ids.map((id) => [id, positions.get(id)!]));
}
