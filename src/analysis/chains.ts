/**
 * Reference chains: the identifier followed by the `.name` accesses directly
 * after it, as Alloy reads them to find the component an expression names
 * (`prometheus.exporter.self.alloy.targets`). An index or a call ends the
 * chain: in `a.b[0].c` the chain is `a.b`.
 */
import type { AccessExpr, Expression, Identifier, IdentifierExpr } from '../syntax/ast';
import type { Span } from '../syntax/span';

export type Chain = {
  /** The identifier and every accessed name, in source order. */
  parts: Identifier[];
  /** From the first identifier to the end of the last name. */
  range: Span;
};

/** The chain an expression consists of, or null when it is anything else. */
export function chainOf(expr: Expression): Chain | null {
  if (expr.kind === 'Identifier') return identifierChain(expr);
  const length = chainLength(expr);
  if (length === 0) return null;
  // Counted first, so that the names fill an array of the right size from the end.
  const parts = new Array<Identifier>(length);
  let current: Expression = expr;
  for (let i = length - 1; current.kind === 'Access'; i--) {
    parts[i] = current.name;
    current = current.value;
  }
  parts[0] = current as IdentifierExpr; // the root, an identifier as counted
  return { parts, range: { start: parts[0].start, end: expr.end } };
}

/** Whether an expression is a chain, without building it. */
export function isChain(expr: Expression): boolean {
  return chainLength(expr) > 0;
}

/** The number of parts of the chain an expression consists of; 0 when it is anything else. */
function chainLength(expr: Expression): number {
  let length = 1;
  let root = expr;
  for (; root.kind === 'Access'; root = root.value) length++;
  return root.kind === 'Identifier' ? length : 0;
}

function identifierChain(identifier: IdentifierExpr): Chain {
  // The identifier expression itself serves as the first part.
  return { parts: [identifier], range: identifier };
}

/** Every chain inside an expression, in source order. */
export function chainsIn(expr: Expression): Chain[] {
  const out: Chain[] = [];
  collect(expr, out);
  return out;
}

function collect(expr: Expression, out: Chain[]): void {
  switch (expr.kind) {
    case 'Identifier':
      out.push(identifierChain(expr));
      return;
    case 'Access':
      collectAccess(expr, out);
      return;
    case 'Array':
      for (const element of expr.elements) collect(element, out);
      return;
    case 'Object':
      for (const field of expr.fields) collect(field.value, out);
      return;
    case 'Index':
      collect(expr.value, out);
      collect(expr.index, out);
      return;
    case 'Call':
      collect(expr.callee, out);
      for (const arg of expr.args) collect(arg, out);
      return;
    case 'Unary':
      collect(expr.operand, out);
      return;
    case 'Binary':
      collect(expr.left, out);
      collect(expr.right, out);
      return;
    case 'Paren':
      collect(expr.inner, out);
      return;
    case 'Literal':
    case 'Invalid':
      return;
  }
}

function collectAccess(expr: AccessExpr, out: Chain[]): void {
  const chain = chainOf(expr);
  if (chain) {
    out.push(chain);
    return;
  }
  // The chain starts after a call, index or parenthesis: look inside that.
  let base: Expression = expr;
  while (base.kind === 'Access') base = base.value;
  collect(base, out);
}

/** The dotted text of the first `count` parts of a chain. */
export function chainText(chain: Chain, count = chain.parts.length): string {
  let text = chain.parts[0]?.name ?? '';
  for (let i = 1; i < count; i++) text += '.' + (chain.parts[i]?.name ?? '');
  return text;
}
