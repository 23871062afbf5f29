/**
 * Go to definition and find references for components: from a reference to
 * the block that declares it, and from either to every reference.
 */
import { headerRange, type Declaration } from '../analysis/declarations';
import type { Reference } from '../analysis/references';
import { componentPartCount, type EditorModel } from './editorModel';
import type { Span } from '../syntax/span';
import { symbolAt } from './symbolAt';

export type Definition = {
  /** The whole declaring block. */
  block: Span;
  /** Its name and label, the part to select. */
  header: Span;
};

/** The declaration a reference at the offset points to (or the one the offset is on). */
export function targetAt(model: EditorModel, offset: number): Declaration | null {
  const symbol = symbolAt(model, offset);
  if (symbol?.kind === 'reference') return symbol.reference.to;
  if (symbol?.kind === 'declaration') return symbol.declaration;
  return null;
}

export function definitionAt(model: EditorModel, offset: number): Definition | null {
  const target = targetAt(model, offset);
  return target && { block: target.block, header: headerRange(target.block) };
}

/** The component part of a reference: `loki.write.mythical` in `loki.write.mythical.receiver`. */
export function componentSpan(reference: Reference): Span {
  const { parts } = reference.chain;
  return { start: parts[0]!.start, end: parts[componentPartCount(reference) - 1]!.end };
}

/**
 * Every reference to the component at the offset, in source order, and its
 * declaration's header first when `includeDeclaration` is set.
 */
export function referencesAt(model: EditorModel, offset: number, includeDeclaration: boolean): Span[] {
  const target = targetAt(model, offset);
  if (!target) return [];
  const spans = model.references.filter((reference) => reference.to === target).map(componentSpan);
  return includeDeclaration ? [headerRange(target.block), ...spans] : spans;
}

/** An entry of the file's outline: one per declared block. */
export type OutlineEntry = { name: string; kind: Declaration['kind']; block: Span; header: Span };

export function outline(model: EditorModel): OutlineEntry[] {
  return model.declarations.map(({ block, kind }) => ({
    name: block.label ? `${block.name} "${block.label.value}"` : block.name,
    kind,
    block,
    header: headerRange(block),
  }));
}
