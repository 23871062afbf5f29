/**
 * Connects a mounted editor to the store: diagnostics become markers, the
 * cursor highlights its graph node, reveal requests move the selection, and
 * source changes made elsewhere (a lesson loading its start) reach the model.
 */
import { useEffect } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { nodeAtOffset } from '../../src/editor-services/nodeAtOffset';
import { usePlayground, type RevealRequest } from '../state/store';
import { MARKER_OWNER, toMarkerData } from './markers';
import type { Monaco } from './monacoSetup';

export function useEditorStoreLink(monaco: Monaco, codeEditor: editor.IStandaloneCodeEditor | null): void {
  useEffect(() => {
    const model = codeEditor?.getModel();
    if (!codeEditor || !model) return;
    const store = usePlayground;

    store.getState().setEditorCommands({
      formatDocument: () => void codeEditor.getAction('editor.action.formatDocument')?.run(),
      focus: () => codeEditor.focus(),
    });

    const showDiagnostics = () => {
      const diagnostics = store.getState().analysis?.diagnostics ?? [];
      monaco.editor.setModelMarkers(
        model,
        MARKER_OWNER,
        diagnostics.map((diagnostic) => toMarkerData(monaco, diagnostic)),
      );
    };

    const highlightNodeAtCursor = () => {
      const pipeline = store.getState().analysis?.pipeline;
      const position = codeEditor.getPosition();
      if (!pipeline || !position || !codeEditor.hasTextFocus()) return;
      store.getState().highlightNode(nodeAtOffset(pipeline, model.getOffsetAt(position))?.id ?? null);
    };

    const reveal = ({ range, focus }: RevealRequest) => {
      // The cursor goes to the start, so the block stays the one "at the cursor".
      const selection = focus
        ? new monaco.Selection(range.start.line, range.start.column, range.start.line, range.start.column)
        : new monaco.Selection(range.end.line, range.end.column, range.start.line, range.start.column);
      codeEditor.setSelection(selection);
      codeEditor.revealRangeInCenterIfOutsideViewport(selection, monaco.editor.ScrollType.Smooth);
      if (focus) codeEditor.focus();
    };

    const syncSource = (source: string) => {
      if (source === model.getValue()) return;
      codeEditor.pushUndoStop();
      codeEditor.executeEdits('store', [{ range: model.getFullModelRange(), text: source }]);
      codeEditor.pushUndoStop();
    };

    showDiagnostics();
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.analysis !== previous.analysis) {
        showDiagnostics();
        highlightNodeAtCursor();
      }
      if (state.reveal && state.reveal !== previous.reveal) reveal(state.reveal);
      if (state.source !== previous.source) syncSource(state.source);
    });
    const cursorListener = codeEditor.onDidChangeCursorPosition(highlightNodeAtCursor);
    const focusListener = codeEditor.onDidFocusEditorText(highlightNodeAtCursor);

    return () => {
      unsubscribe();
      cursorListener.dispose();
      focusListener.dispose();
      store.getState().setEditorCommands(null);
    };
  }, [monaco, codeEditor]);
}
