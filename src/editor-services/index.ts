/**
 * Editor intelligence for Alloy that does not depend on any editor: given the
 * source and an offset, what to complete, what to show on hover, where a
 * component is declared and used, and how to rename it. Offsets and spans
 * count UTF-16 code units, as editor models do.
 *
 *   completionsAt(source, offset)          CompletionCandidate[]
 *   editorModel(source)                    the parsed, resolved file (cached for the last source)
 *   hoverAt(model, offset)                 Markdown paragraphs and the span they describe
 *   definitionAt(model, offset)            the declaring block of the component at the offset
 *   referencesAt(model, offset, withDecl)  every reference to that component
 *   outline(model)                         one entry per declared block, for the outline
 *   renameLocation(model, offset)          the label to rename, or why not
 *   renameEdits(model, offset, newLabel)   the edits, or why not
 *   quickFixes(diagnostics, span)          the analysis's suggested replacements near a span
 *   nodeAtOffset(pipeline, offset)         the graph node whose declaration holds the offset
 *   completionContext(source, offset)      where the cursor is grammatically (used by completion)
 */
export { completionsAt, type CompletionCandidate, type CompletionKind } from './completion';
export { completionContext, type CompletionContext } from './completionContext';
export { editorModel, type EditorModel } from './editorModel';
export { hoverAt, type Hover } from './hover';
export { definitionAt, outline, referencesAt, type Definition, type OutlineEntry } from './navigation';
export { nodeAtOffset } from './nodeAtOffset';
export { quickFixes, type QuickFix } from './quickFixes';
export { renameEdits, renameLocation, type RenameLocation, type RenameResult, type TextEdit } from './rename';
export type { Span } from '../syntax/span';
export { symbolAt, type SymbolAt } from './symbolAt';
