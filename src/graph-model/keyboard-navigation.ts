/**
 * Arrow-key movement between nodes. Right and left follow the wires first
 * (downstream and upstream), then fall back to the nearest node on that side;
 * up and down move to the nearest node above or below, preferring the same column.
 */
import type { Point } from './elk-graph';
import type { GraphView } from './graph-view';

export type Direction = 'left' | 'right' | 'up' | 'down';

export function nodeInDirection(
  view: GraphView,
  positions: ReadonlyMap<string, Point>,
  fromId: string,
  direction: Direction,
): string | null {
  const centres = new Map<string, Point>();
  for (const node of view.nodes) {
    const position = positions.get(node.id);
    if (position) centres.set(node.id, { x: position.x + node.width / 2, y: position.y + node.height / 2 });
  }
  const origin = centres.get(fromId);
  if (!origin) return null;

  const linked =
    direction === 'right'
      ? view.edges.filter((edge) => edge.from === fromId).map((edge) => edge.to)
      : direction === 'left'
        ? view.edges.filter((edge) => edge.to === fromId).map((edge) => edge.from)
        : [];
  const candidates = (ids: Iterable<string>) =>
    [...new Set(ids)]
      .filter((id) => id !== fromId && centres.has(id))
      .map((id) => ({ id, at: centres.get(id)! }));

  return (
    nearest(candidates(linked), origin, direction, false) ??
    nearest(candidates(centres.keys()), origin, direction, true)
  );
}

/** The closest candidate on the given side; distance across the direction counts double. */
function nearest(
  candidates: { id: string; at: Point }[],
  origin: Point,
  direction: Direction,
  strictlyBeyond: boolean,
): string | null {
  let best: { id: string; score: number } | null = null;
  for (const { id, at } of candidates) {
    const along = alongDistance(origin, at, direction);
    if (strictlyBeyond && along <= 0.5) continue;
    const across =
      direction === 'left' || direction === 'right' ? Math.abs(at.y - origin.y) : Math.abs(at.x - origin.x);
    const score = Math.abs(along) + 2 * across;
    if (best === null || score < best.score || (score === best.score && id < best.id)) best = { id, score };
  }
  return best?.id ?? null;
}

function alongDistance(origin: Point, at: Point, direction: Direction): number {
  switch (direction) {
    case 'right':
      return at.x - origin.x;
    case 'left':
      return origin.x - at.x;
    case 'down':
      return at.y - origin.y;
    case 'up':
      return origin.y - at.y;
  }
}
