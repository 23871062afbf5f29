/**
 * Applies options to the editor however late Monaco loads: to any editor
 * already there and to every one created from now on.
 */
import { useEffect } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';

export function useEditorOptions(fontSize: number, readOnly: boolean): void {
  useEffect(() => {
    let disposed = false;
    let subscription: { dispose(): void } | undefined;
    const options: editor.IEditorOptions = { fontSize, readOnly, domReadOnly: readOnly };
    // The same chunk the editor itself loads: this brings nothing extra.
    void import('../editor/monacoSetup').then(({ monaco }) => {
      if (disposed) return;
      const apply = (codeEditor: editor.ICodeEditor) =>
        // A new editor announces itself while being built: set the options once it is done.
        queueMicrotask(() => codeEditor.updateOptions(options));
      monaco.editor.getEditors().forEach(apply);
      subscription = monaco.editor.onDidCreateEditor(apply);
    });
    return () => {
      disposed = true;
      subscription?.dispose();
    };
  }, [fontSize, readOnly]);
}
