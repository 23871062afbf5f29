/**
 * Spans of the parts of a node that the tree places with a single offset
 * (ast.ts): made on demand, for the few tools that point at those parts.
 */
import type { BinaryExpr, Block, ObjectField, UnaryExpr } from './ast';
import type { Span } from './span';

/** A block's dotted name, or an object field's key (quotes included). */
export function nameSpan(node: Block | ObjectField): Span {
  return { start: node.start, end: node.nameEnd };
}

export function operatorSpan(node: UnaryExpr | BinaryExpr): Span {
  return { start: node.operatorStart, end: node.operatorStart + node.operator.length };
}

/** A one-character token such as a block's braces. */
export function characterSpan(offset: number): Span {
  return { start: offset, end: offset + 1 };
}
