/**
 * What the editor is pointing at: a component's declaration, a nested block,
 * an attribute, or a reference to a component (and perhaps one of its
 * exports). Hover, navigation and rename all start from here.
 */
import type { Declaration } from '../analysis/declarations';
import type { Reference } from '../analysis/references';
import type { Attribute, Block, Statement } from '../syntax';
import { nameSpan } from '../syntax/part-span';
import type { Span } from '../syntax/span';
import { componentPartCount, type EditorModel } from './editorModel';

export type SymbolAt =
  /** The name or label of a declared block. */
  | { kind: 'declaration'; declaration: Declaration; onLabel: boolean }
  /** The name of a block nested in a declaration: `endpoint` in `loki.write`. */
  | { kind: 'block'; declaration: Declaration; block: Block; path: string[] }
  /** The name of an attribute. */
  | { kind: 'attribute'; declaration: Declaration; attribute: Attribute; blockPath: string[] }
  /** A reference; `onExport` when the offset is on the part after the component's label. */
  | { kind: 'reference'; reference: Reference; onExport: boolean };

/** Inclusive at both ends, so that a cursor right after a name still counts as on it. */
export const touches = (span: Span, offset: number): boolean => span.start <= offset && offset <= span.end;

export function symbolAt(model: EditorModel, offset: number): SymbolAt | null {
  for (const reference of model.references) {
    if (!touches(reference.chain.range, offset)) continue;
    const componentEnd = reference.chain.parts[componentPartCount(reference) - 1]!.end;
    return { kind: 'reference', reference, onExport: offset > componentEnd };
  }

  const declaration = innermostDeclaration(model, offset);
  if (!declaration) return null;
  const { block } = declaration;
  if (touches(nameSpan(block), offset)) return { kind: 'declaration', declaration, onLabel: false };
  if (block.label && touches(block.label, offset)) return { kind: 'declaration', declaration, onLabel: true };
  return statementAt(declaration, block.body, [], offset);
}

/** The innermost declaration whose block holds the offset (declarations nest inside `declare`). */
export function innermostDeclaration(model: EditorModel, offset: number): Declaration | null {
  let found: Declaration | null = null;
  for (const declaration of model.declarations) {
    const { block } = declaration;
    if (!touches(block, offset)) continue;
    if (!found || block.start >= found.block.start) found = declaration;
  }
  return found;
}

function statementAt(
  declaration: Declaration,
  body: readonly Statement[],
  path: string[],
  offset: number,
): SymbolAt | null {
  for (const statement of body) {
    if (!touches(statement, offset)) continue;
    if (statement.kind === 'Attribute') {
      return touches(statement.name, offset)
        ? { kind: 'attribute', declaration, attribute: statement, blockPath: path }
        : null;
    }
    const blockPath = [...path, statement.name];
    if (touches(nameSpan(statement), offset))
      return { kind: 'block', declaration, block: statement, path: blockPath };
    return statementAt(declaration, statement.body, blockPath, offset);
  }
  return null;
}
