/**
 * Operator precedence for chains `a op b op c …`, which the Lezer grammars
 * of LogQL and TraceQL leave flat: a higher level binds tighter, equal
 * levels associate to the left, except `^`, which associates to the right.
 */

/** The levels of the operators LogQL and TraceQL share: comparisons < `+ -` < `* / %` < `^`. */
export const SHARED_PRECEDENCE = {
  '!=': 3,
  '>': 3,
  '>=': 3,
  '<': 3,
  '<=': 3,
  '+': 4,
  '-': 4,
  '*': 5,
  '/': 5,
  '%': 5,
  '^': 6,
} as const;

/**
 * Nests a flat chain: operand `i` stands before operator `i`. Operands are
 * built in order as the nesting reaches them; `level` may throw for an
 * operator the language does not evaluate.
 */
export function nestByPrecedence<Operator extends { op: string }, Expr>(
  operators: readonly Operator[],
  operand: (index: number) => Expr,
  level: (operator: Operator) => number,
  combine: (operator: Operator, left: Expr, right: Expr) => Expr,
): Expr {
  let position = 0;
  const parse = (minimum: number): Expr => {
    let left = operand(position);
    while (position < operators.length) {
      const operator = operators[position] as Operator;
      const precedence = level(operator);
      if (precedence < minimum) break;
      position++;
      const right = parse(operator.op === '^' ? precedence : precedence + 1);
      left = combine(operator, left, right);
    }
    return left;
  };
  return parse(0);
}
