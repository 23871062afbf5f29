/**
 * Monaco adapters for Alloy's language features. Each one converts between
 * Monaco positions and source offsets and calls the editor services, which
 * do the actual work (src/editor-services).
 */
import type { editor, languages } from 'monaco-editor/editor/editor.api';
import {
  completionsAt,
  definitionAt,
  editorModel,
  hoverAt,
  outline,
  referencesAt,
  renameEdits,
  renameLocation,
  type CompletionKind,
  type Span,
} from '../../src/editor-services';
import { format } from '../../src/syntax';
import type { Monaco } from './monacoSetup';

export function registerAlloyLanguageFeatures(monaco: Monaco, languageId: string): void {
  const { languages } = monaco;

  const toRange = (model: editor.ITextModel, span: Span) => {
    const start = model.getPositionAt(span.start);
    const end = model.getPositionAt(span.end);
    return new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
  };
  const at = (model: editor.ITextModel, position: { lineNumber: number; column: number }) => ({
    model: editorModel(model.getValue()),
    offset: model.getOffsetAt(position),
  });

  const completionKind: Record<CompletionKind, languages.CompletionItemKind> = {
    component: languages.CompletionItemKind.Module,
    'config-block': languages.CompletionItemKind.Struct,
    argument: languages.CompletionItemKind.Property,
    block: languages.CompletionItemKind.Struct,
    reference: languages.CompletionItemKind.Reference,
    value: languages.CompletionItemKind.EnumMember,
  };

  languages.registerCompletionItemProvider(languageId, {
    triggerCharacters: ['.', '"'],
    provideCompletionItems(model, position) {
      const candidates = completionsAt(model.getValue(), model.getOffsetAt(position));
      return {
        suggestions: candidates.map((candidate) => ({
          label: candidate.label,
          kind: completionKind[candidate.kind],
          detail: candidate.detail,
          ...(candidate.documentation ? { documentation: { value: candidate.documentation } } : {}),
          insertText: candidate.insertText,
          insertTextRules: candidate.snippet ? languages.CompletionItemInsertTextRule.InsertAsSnippet : 0,
          range: toRange(model, candidate.replace),
          sortText: candidate.sortText,
        })),
      };
    },
  });

  languages.registerHoverProvider(languageId, {
    provideHover(model, position) {
      const { model: file, offset } = at(model, position);
      const hover = hoverAt(file, offset);
      return (
        hover && { range: toRange(model, hover.span), contents: hover.contents.map((value) => ({ value })) }
      );
    },
  });

  languages.registerDefinitionProvider(languageId, {
    provideDefinition(model, position) {
      const { model: file, offset } = at(model, position);
      const definition = definitionAt(file, offset);
      if (!definition) return null;
      return [
        {
          uri: model.uri,
          range: toRange(model, definition.block),
          targetSelectionRange: toRange(model, definition.header),
        },
      ];
    },
  });

  languages.registerReferenceProvider(languageId, {
    provideReferences(model, position, context) {
      const { model: file, offset } = at(model, position);
      return referencesAt(file, offset, context.includeDeclaration).map((span) => ({
        uri: model.uri,
        range: toRange(model, span),
      }));
    },
  });

  languages.registerDocumentHighlightProvider(languageId, {
    provideDocumentHighlights(model, position) {
      const { model: file, offset } = at(model, position);
      return referencesAt(file, offset, true).map((span) => ({
        range: toRange(model, span),
        kind: languages.DocumentHighlightKind.Text,
      }));
    },
  });

  languages.registerRenameProvider(languageId, {
    resolveRenameLocation(model, position) {
      const { model: file, offset } = at(model, position);
      const location = renameLocation(file, offset);
      if ('error' in location) {
        return {
          range: toRange(model, { start: offset, end: offset }),
          text: '',
          rejectReason: location.error,
        };
      }
      return { range: toRange(model, location.span), text: location.text };
    },
    provideRenameEdits(model, position, newName) {
      const { model: file, offset } = at(model, position);
      const result = renameEdits(file, offset, newName);
      if ('error' in result) return { edits: [], rejectReason: result.error };
      const versionId = model.getVersionId();
      return {
        edits: result.edits.map((edit) => ({
          resource: model.uri,
          textEdit: { range: toRange(model, edit.span), text: edit.text },
          versionId,
        })),
      };
    },
  });

  languages.registerDocumentFormattingEditProvider(languageId, {
    displayName: 'alloy fmt',
    provideDocumentFormattingEdits(model) {
      const { text, diagnostics } = format(model.getValue());
      // A file with syntax errors stays as it is: its markers say what to fix first.
      if (diagnostics.length > 0 || text === model.getValue()) return [];
      return [{ range: model.getFullModelRange(), text }];
    },
  });

  languages.registerDocumentSymbolProvider(languageId, {
    displayName: 'Alloy components',
    provideDocumentSymbols(model) {
      return outline(editorModel(model.getValue())).map((entry): languages.DocumentSymbol => ({
        name: entry.name,
        detail: entry.kind,
        kind: entry.kind === 'config' ? languages.SymbolKind.Namespace : languages.SymbolKind.Module,
        tags: [],
        range: toRange(model, entry.block),
        selectionRange: toRange(model, entry.header),
      }));
    },
  });
}
