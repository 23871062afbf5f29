/**
 * The layout drawn the moment the structure changes, long before the engine
 * could answer: every node that stays keeps its place, a renamed node takes
 * the place of its old name, and a new node goes beside the nodes it is wired
 * to, or below everything when it is wired to none. Nodes placed or rewired
 * this way are marked unsettled, for the engine to refine (refine-layout.ts).
 */
import { boxAt, collide, type Box } from './boxes';
import { LAYER_SPACING, NODE_SPACING, type Point } from './elk-graph';
import type { GraphNodeView, GraphView } from './graph-view';
import { renamedNodes } from './renamed-nodes';
import { layoutOrder, SETTLED, type GraphLayout } from './stable-layout';
import { structureKey } from './structure-key';

/**
 * Places `view` (whose structure key is `key`) from `previous`, the layout of
 * `previousView`. Null when most of the graph is new (a pasted config): then
 * only the engine can draw it well.
 */
export function provisionalLayout(
  previousView: GraphView,
  previous: GraphLayout,
  view: GraphView,
  key: string = structureKey(view),
): GraphLayout | null {
  if (key === previous.key) return previous;

  const renames = renamedNodes(previousView, view);
  const rename = (id: string) => renames.get(id) ?? id;
  const ids = new Set(view.nodes.map((node) => node.id));
  const positions = new Map<string, Point>();
  for (const [id, at] of previous.positions) if (ids.has(rename(id))) positions.set(rename(id), at);

  const fresh = view.nodes.filter((node) => !positions.has(node.id));
  if (fresh.length * 2 > view.nodes.length) return null;
  placeBesideNeighbours(view, fresh, positions);

  const unsettled = new Set([...previous.unsettled].map(rename).filter((id) => ids.has(id)));
  for (const node of fresh) unsettled.add(node.id);
  for (const id of rewiredNodes(previousView, view, rename)) unsettled.add(id);
  return {
    key,
    order: layoutOrder(
      previous.order.map(rename),
      view.nodes.map((node) => node.id),
    ),
    positions,
    unsettled: unsettled.size === 0 ? SETTLED : unsettled,
  };
}

/** Nodes of `view` at either end of a wire that the edit added or cut (renames aside). */
function rewiredNodes(before: GraphView, after: GraphView, rename: (id: string) => string): Set<string> {
  const beforeLinks = new Set(before.edges.map((edge) => link(rename(edge.from), rename(edge.to))));
  const afterLinks = new Set(after.edges.map((edge) => link(edge.from, edge.to)));
  const present = new Set(after.nodes.map((node) => node.id));
  const rewired = new Set<string>();
  for (const [links, others] of [
    [beforeLinks, afterLinks],
    [afterLinks, beforeLinks],
  ] as const) {
    for (const changed of links) {
      if (others.has(changed)) continue;
      for (const id of changed.split(LINK_SEPARATOR)) if (present.has(id)) rewired.add(id);
    }
  }
  return rewired;
}

/** Ids never hold a NUL character: it joins a wire's ends into one key. */
const LINK_SEPARATOR = '\u0000';

function link(from: string, to: string): string {
  return `${from}${LINK_SEPARATOR}${to}`;
}

/**
 * Places each new node one layer right of the nodes that send to it (or one
 * layer left of those it sends to), level with their middle; wired to no
 * placed node, it goes below everything. Colliding, it moves down until free.
 */
function placeBesideNeighbours(
  view: GraphView,
  fresh: readonly GraphNodeView[],
  positions: Map<string, Point>,
): void {
  const nodes = new Map(view.nodes.map((node) => [node.id, node]));
  const senders = new Map<string, string[]>();
  const receivers = new Map<string, string[]>();
  const add = (lists: Map<string, string[]>, key: string, id: string) => {
    const list = lists.get(key);
    if (list) list.push(id);
    else lists.set(key, [id]);
  };
  for (const { from, to } of view.edges) {
    if (from === to) continue;
    add(senders, to, from);
    add(receivers, from, to);
  }
  const boxes: Box[] = [...positions].map(([id, at]) => boxAt(at, nodes.get(id)!));
  const placedBoxes = (ids: readonly string[] = []) =>
    ids.filter((id) => positions.has(id)).map((id) => boxAt(positions.get(id)!, nodes.get(id)!));

  const beside = (node: GraphNodeView): Point | null => {
    const from = placedBoxes(senders.get(node.id));
    if (from.length > 0)
      return {
        x: Math.max(...from.map((box) => box.x + box.width)) + LAYER_SPACING,
        y: levelWith(from, node),
      };
    const to = placedBoxes(receivers.get(node.id));
    if (to.length > 0)
      return { x: Math.min(...to.map((box) => box.x)) - LAYER_SPACING - node.width, y: levelWith(to, node) };
    return null;
  };

  const waiting = [...fresh];
  while (waiting.length > 0) {
    // Wired nodes first, so that a chain of new nodes grows from where it is wired in.
    const wired = waiting.findIndex((node) => beside(node) !== null);
    const [node] = waiting.splice(Math.max(wired, 0), 1) as [GraphNodeView];
    const at = freeSpot(boxAt(beside(node) ?? belowAll(boxes), node), boxes);
    positions.set(node.id, at);
    boxes.push(boxAt(at, node));
  }
}

/** The y at which `node` is level with the middle of `boxes`. */
function levelWith(boxes: readonly Box[], node: GraphNodeView): number {
  const middle = boxes.reduce((sum, box) => sum + box.y + box.height / 2, 0) / boxes.length;
  return middle - node.height / 2;
}

function belowAll(boxes: readonly Box[]): Point {
  if (boxes.length === 0) return { x: 0, y: 0 };
  return {
    x: Math.min(...boxes.map((box) => box.x)),
    y: Math.max(...boxes.map((box) => box.y + box.height)) + NODE_SPACING,
  };
}

/** The first place at or below `wanted` that keeps clear of every box. */
function freeSpot(wanted: Box, boxes: readonly Box[]): Point {
  const spot = { ...wanted };
  for (;;) {
    const blocker = boxes.find((box) => collide(spot, box, NODE_SPACING));
    if (!blocker) return { x: spot.x, y: spot.y };
    spot.y = blocker.y + blocker.height + NODE_SPACING;
  }
}
