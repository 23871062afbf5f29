/** The component references written in an expression, for explaining where a wire goes instead. */
import type { Expression } from '../syntax/ast';

/** Each reference chain as written: `loki.write.mythical.receiver`. */
export function referencesIn(expression: Expression): string[] {
  const found: string[] = [];
  const visit = (expr: Expression): void => {
    const chain = chainText(expr);
    if (chain !== null) {
      if (chain.includes('.')) found.push(chain);
      return;
    }
    switch (expr.kind) {
      case 'Array':
        expr.elements.forEach(visit);
        break;
      case 'Object':
        expr.fields.forEach((field) => visit(field.value));
        break;
      case 'Access':
      case 'Index':
        visit(expr.value);
        if (expr.kind === 'Index') visit(expr.index);
        break;
      case 'Call':
        expr.args.forEach(visit);
        break;
      case 'Unary':
        visit(expr.operand);
        break;
      case 'Binary':
        visit(expr.left);
        visit(expr.right);
        break;
      case 'Paren':
        visit(expr.inner);
        break;
      default:
        break;
    }
  };
  visit(expression);
  return found;
}

function chainText(expr: Expression): string | null {
  if (expr.kind === 'Identifier') return expr.name;
  if (expr.kind !== 'Access') return null;
  const base = chainText(expr.value);
  return base === null ? null : `${base}.${expr.name.name}`;
}

/** The component a reference names: the shortest prefix of the chain that is a known id. */
export function referencedComponent(chain: string, ids: ReadonlySet<string>): string | null {
  const parts = chain.split('.');
  for (let length = 1; length <= parts.length; length++) {
    const prefix = parts.slice(0, length).join('.');
    if (ids.has(prefix)) return prefix;
  }
  return null;
}
