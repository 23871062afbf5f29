/**
 * Renaming a component renames its label: the declaration's `"label"` and
 * the label part of every reference to it change together.
 */
import type { Declaration } from '../analysis/declarations';
import { isValidIdentifier } from '../syntax';
import { componentPartCount, type EditorModel } from './editorModel';
import type { Span } from '../syntax/span';
import { symbolAt } from './symbolAt';

export type TextEdit = { span: Span; text: string };

/** The label under the cursor and its text, or why there is nothing to rename there. */
export type RenameLocation = { span: Span; text: string } | { error: string };

export type RenameResult = { edits: TextEdit[] } | { error: string };

const NOT_A_LABEL = 'Only a component’s label can be renamed: place the cursor on a component name or label.';

export function renameLocation(model: EditorModel, offset: number): RenameLocation {
  const found = labelledTarget(model, offset);
  if ('error' in found) return found;
  return { span: found.span, text: found.declaration.block.label!.value };
}

export function renameEdits(model: EditorModel, offset: number, newLabel: string): RenameResult {
  const found = labelledTarget(model, offset);
  if ('error' in found) return found;
  const { declaration } = found;
  if (!isValidIdentifier(newLabel)) {
    return {
      error: `"${newLabel}" is not a valid label: use letters, digits and underscores, not starting with a digit.`,
    };
  }
  const { block } = declaration;
  const clash = declaration.scope.byId.get(`${block.name}.${newLabel}`);
  if (clash && clash !== declaration) {
    return {
      error: `${block.name} "${newLabel}" already exists (line ${model.lines.lineOf(clash.block.start)}).`,
    };
  }
  const edits: TextEdit[] = [{ span: labelTextSpan(declaration), text: newLabel }];
  for (const reference of model.references) {
    if (reference.to !== declaration) continue;
    const label = reference.chain.parts[componentPartCount(reference) - 1]!;
    edits.push({ span: { start: label.start, end: label.end }, text: newLabel });
  }
  return { edits };
}

/** The labelled declaration the offset names, and the span of the label there. */
function labelledTarget(
  model: EditorModel,
  offset: number,
): { declaration: Declaration; span: Span } | { error: string } {
  const symbol = symbolAt(model, offset);
  if (symbol?.kind === 'declaration') {
    if (!symbol.declaration.block.label)
      return { error: `${symbol.declaration.block.name} has no label to rename.` };
    return { declaration: symbol.declaration, span: labelTextSpan(symbol.declaration) };
  }
  if (symbol?.kind === 'reference' && !symbol.onExport) {
    const { reference } = symbol;
    if (!reference.to.block.label) return { error: `${reference.to.block.name} has no label to rename.` };
    const label = reference.chain.parts[componentPartCount(reference) - 1]!;
    return { declaration: reference.to, span: { start: label.start, end: label.end } };
  }
  return { error: NOT_A_LABEL };
}

/** The label's text, without its quotes. */
function labelTextSpan(declaration: Declaration): Span {
  const { start, end } = declaration.block.label!;
  return { start: start + 1, end: end - 1 };
}
