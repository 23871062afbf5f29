/**
 * Reading values written as plain literals (`var = "each"`, `optional = true`,
 * `url = "http://…"`), for the few places where the analysis needs a value
 * before — or without — evaluating the whole expression.
 */
import type { Expression } from '../syntax/ast';
import { unquote } from '../syntax/eval/literal';

/** The text of a string literal; null for anything else. */
export function literalString(expr: Expression): string | null {
  return expr.kind === 'Literal' && expr.token === 'STRING' ? unquote(expr.raw) : null;
}

/** The value of a `true`/`false` literal; null for anything else. */
export function literalBool(expr: Expression): boolean | null {
  return expr.kind === 'Literal' && expr.token === 'BOOL' ? expr.raw === 'true' : null;
}

/** The text of a string or number literal (`listen_port = 3100` gives `3100`); null for anything else or "". */
export function literalText(expr: Expression): string | null {
  if (expr.kind !== 'Literal') return null;
  if (expr.token === 'STRING') return unquote(expr.raw) || null;
  return expr.token === 'NUMBER' ? expr.raw : null;
}
