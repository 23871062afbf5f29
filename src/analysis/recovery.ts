/**
 * Reading a file with syntax errors block by block, so that one mistake does
 * not take the rest of the pipeline down with it.
 *
 * Alloy's parser recovers only locally: an unclosed `[` or `{` swallows every
 * block after it. While a learner types, that happens constantly. So when the
 * file has syntax errors, it is cut before every line that starts a top-level
 * block (a block header at column 1, as `alloy fmt` writes them) and each
 * piece is parsed on its own. Pieces that parse cleanly give exactly the
 * blocks the whole file would have given without the mistake; the pieces
 * that hold errors are marked, so that their half-read contents do not cause
 * errors of their own.
 */
import { parse } from '../syntax';
import type { Statement } from '../syntax/ast';
import type { Span } from '../syntax/span';

export type RecoveredFile = {
  body: Statement[];
  /** The pieces that have syntax errors of their own. */
  broken: Span[];
};

/** `name.parts "label" {`, matched where `lastIndex` points (the start of a line). */
const BLOCK_HEADER = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*[ \t]*(?:"[^"\n]*"[ \t]*)?\{/y;

export function parseBlockByBlock(source: string): RecoveredFile {
  const starts = [0];
  for (let offset = 0; offset < source.length;) {
    const end = source.indexOf('\n', offset);
    BLOCK_HEADER.lastIndex = offset;
    if (offset > 0 && BLOCK_HEADER.test(source)) starts.push(offset);
    offset = end < 0 ? source.length : end + 1;
  }

  const result: RecoveredFile = { body: [], broken: [] };
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i]!;
    const end = starts[i + 1] ?? source.length;
    const piece = parse(source.slice(start, end));
    shiftSpans(piece.ast.body, start);
    result.body.push(...piece.ast.body);
    if (piece.diagnostics.length > 0) result.broken.push({ start, end });
  }
  return result;
}

/**
 * Moves every offset in a parsed piece to where the piece sits in the file.
 * Every number in the tree is an offset (ast.ts) and every node is reached
 * once; a test holds a moved piece against the whole file's parse. The walk
 * is generic, so that it keeps up with the tree's shape.
 */
function shiftSpans(root: unknown, offset: number): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else {
      const node = value as Record<string, unknown>;
      // Keys rather than Object.entries: no list per node of a large tree.
      for (const key in node) {
        const property = node[key];
        if (typeof property === 'number') node[key] = property + offset;
        else stack.push(property);
      }
    }
  }
}

/** Whether an offset falls in one of the (sorted, disjoint) pieces. */
export function isInside(pieces: readonly Span[], offset: number): boolean {
  let low = 0;
  let high = pieces.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const piece = pieces[middle]!;
    if (offset < piece.start) high = middle - 1;
    else if (offset >= piece.end) low = middle + 1;
    else return true;
  }
  return false;
}
