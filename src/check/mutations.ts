/**
 * Small automatic mistakes made to a correct configuration, for authoring
 * tests: every check must fail on at least one of them, or it could never
 * fail at all. Mutations drop a component, drop an attribute or nested
 * block, change a literal value or an object key, or break a reference.
 */
import { parse } from '../syntax';
import type { Block, Expression, Statement } from '../syntax/ast';
import { nameSpan } from '../syntax/part-span';
import type { Span } from '../syntax/span';

export type Mutation = { description: string; source: string };

type Edit = { range: Span; text: string; description: string };

/** Mutations of `source`; values and references are changed only inside the blocks named in `focus`. */
export function mutationsOf(source: string, focus: ReadonlySet<string>): Mutation[] {
  const edits: Edit[] = [];
  for (const statement of parse(source).ast.body) {
    if (statement.kind !== 'Block') continue;
    const id = statement.label ? `${statement.name}.${statement.label.value}` : statement.name;
    edits.push({ range: statement, text: '', description: `drop ${id}` });
    if (focus.has(id)) collectBody(statement.body, id, edits);
  }
  return edits.map((edit) => ({
    description: edit.description,
    source: source.slice(0, edit.range.start) + edit.text + source.slice(edit.range.end),
  }));
}

function collectBody(body: readonly Statement[], where: string, edits: Edit[]): void {
  for (const statement of body) {
    if (statement.kind === 'Block') {
      edits.push({ range: statement, text: '', description: `drop ${where} > ${statement.name}` });
      collectBody(statement.body, `${where} > ${blockName(statement)}`, edits);
    } else {
      const place = `${where} > ${statement.name.name}`;
      edits.push({ range: statement, text: '', description: `drop ${place}` });
      collectExpression(statement.value, place, edits);
    }
  }
}

function blockName(block: Block): string {
  return block.label ? `${block.name} "${block.label.value}"` : block.name;
}

function collectExpression(expr: Expression, where: string, edits: Edit[]): void {
  switch (expr.kind) {
    case 'Literal': {
      const changed = changedLiteral(expr.token, expr.raw);
      if (changed !== null)
        edits.push({
          range: expr,
          text: changed,
          description: `change ${where}: ${expr.raw} → ${changed}`,
        });
      return;
    }
    case 'Access': {
      const chain = chainParts(expr);
      if (chain && chain.length >= 3) {
        const broken = [
          ...chain.slice(0, -2),
          `${chain[chain.length - 2]}_broken`,
          chain[chain.length - 1],
        ].join('.');
        edits.push({ range: expr, text: broken, description: `break ${where}: ${chain.join('.')}` });
        return;
      }
      collectExpression(expr.value, where, edits);
      return;
    }
    case 'Array':
      expr.elements.forEach((element) => collectExpression(element, where, edits));
      return;
    case 'Object':
      for (const field of expr.fields) {
        const renamed = field.quoted ? `"${field.name}x"` : `${field.name}x`;
        edits.push({
          range: nameSpan(field),
          text: renamed,
          description: `rename key ${where}.${field.name}`,
        });
        collectExpression(field.value, `${where}.${field.name}`, edits);
      }
      return;
    case 'Index':
      collectExpression(expr.value, where, edits);
      collectExpression(expr.index, where, edits);
      return;
    case 'Call':
      expr.args.forEach((arg) => collectExpression(arg, where, edits));
      return;
    case 'Unary':
      collectExpression(expr.operand, where, edits);
      return;
    case 'Binary':
      collectExpression(expr.left, where, edits);
      collectExpression(expr.right, where, edits);
      return;
    case 'Paren':
      collectExpression(expr.inner, where, edits);
      return;
    default:
      return;
  }
}

function changedLiteral(token: string, raw: string): string | null {
  switch (token) {
    case 'STRING':
      return `${raw.slice(0, -1)}x${raw.slice(-1)}`;
    case 'NUMBER':
    case 'FLOAT':
      return String(Number(raw) + 1);
    case 'BOOL':
      return raw === 'true' ? 'false' : 'true';
    default:
      return null;
  }
}

function chainParts(expr: Expression): string[] | null {
  if (expr.kind === 'Identifier') return [expr.name];
  if (expr.kind !== 'Access') return null;
  const base = chainParts(expr.value);
  return base && [...base, expr.name.name];
}
