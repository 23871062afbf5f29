/**
 * The curve of an edge: from the right side of its source box to the left
 * side of its target box, shifted by its lane so parallel edges stay apart.
 * Shared by the live view and the SVG export so both draw the same lines.
 */
import type { Point } from './elk-graph';

export type Box = Point & { width: number; height: number };

export type EdgeGeometry = {
  /** SVG path data. */
  d: string;
  /** Where the edge's label sits (the curve's midpoint). */
  label: Point;
};

/** Vertical distance between parallel edges. */
export const LANE_GAP = 16;

export function edgeAnchors(source: Box, target: Box, lane: number): { start: Point; end: Point } {
  const shift = lane * LANE_GAP;
  return {
    start: { x: source.x + source.width, y: source.y + source.height / 2 + shift },
    end: { x: target.x, y: target.y + target.height / 2 + shift },
  };
}

/** A horizontal cubic Bézier between two anchors; a self-reference loops over the top of its box. */
export function edgeGeometry(start: Point, end: Point, selfLoop = false): EdgeGeometry {
  if (selfLoop) {
    const lift = 56;
    const c1 = { x: start.x + lift, y: start.y - lift * 1.6 };
    const c2 = { x: end.x - lift, y: end.y - lift * 1.6 };
    return { d: cubic(start, c1, c2, end), label: bezierPoint(start, c1, c2, end, 0.5) };
  }
  // Forward edges bend halfway; backward ones swing out wider so they do not cut through boxes.
  const forward = end.x - start.x;
  const reach = forward >= 0 ? forward / 2 : Math.max(60, Math.sqrt(-forward) * 6);
  const c1 = { x: start.x + reach, y: start.y };
  const c2 = { x: end.x - reach, y: end.y };
  return { d: cubic(start, c1, c2, end), label: bezierPoint(start, c1, c2, end, 0.5) };
}

function cubic(p0: Point, p1: Point, p2: Point, p3: Point): string {
  const f = (n: number) => String(Math.round(n * 10) / 10);
  return `M${f(p0.x)},${f(p0.y)} C${f(p1.x)},${f(p1.y)} ${f(p2.x)},${f(p2.y)} ${f(p3.x)},${f(p3.y)}`;
}

function bezierPoint(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y };
}
