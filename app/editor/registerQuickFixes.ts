/**
 * Quick fixes in the editor (the light bulb, Ctrl+.): the replacements the
 * analysis suggests, offered only while its diagnostics match the text.
 */
import { quickFixes } from '../../src/editor-services';
import { usePlayground } from '../state/store';
import type { Monaco } from './monacoSetup';

export function registerQuickFixes(monaco: Monaco, languageId: string): void {
  monaco.languages.registerCodeActionProvider(
    languageId,
    {
      provideCodeActions(model, range, context) {
        const { analysis, revision } = usePlayground.getState();
        if (!analysis || analysis.revision !== revision || context.markers.length === 0) {
          return { actions: [], dispose: () => undefined };
        }
        const span = {
          start: model.getOffsetAt(range.getStartPosition()),
          end: model.getOffsetAt(range.getEndPosition()),
        };
        const versionId = model.getVersionId();
        const actions = quickFixes(analysis.diagnostics, span).map((fix) => {
          const start = model.getPositionAt(fix.edit.span.start);
          const end = model.getPositionAt(fix.edit.span.end);
          const marker = context.markers.find((m) => m.message === fix.diagnostic.message);
          return {
            title: fix.title,
            kind: 'quickfix',
            isPreferred: true,
            ...(marker ? { diagnostics: [marker] } : {}),
            edit: {
              edits: [
                {
                  resource: model.uri,
                  versionId,
                  textEdit: {
                    range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
                    text: fix.edit.text,
                  },
                },
              ],
            },
          };
        });
        return { actions, dispose: () => undefined };
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  );
}
