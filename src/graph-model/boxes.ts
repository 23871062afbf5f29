/** Node boxes on the canvas: where a node sits, how big it is, and whether two come too close. */
import type { Point } from './elk-graph';

export type Box = { x: number; y: number; width: number; height: number };

export function boxAt(at: Point, size: { width: number; height: number }): Box {
  return { x: at.x, y: at.y, width: size.width, height: size.height };
}

/** Whether `a` and `b` overlap, or leave less than `gap` pixels between them. */
export function collide(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}
