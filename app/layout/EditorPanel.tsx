import { useEffect, useState } from 'react';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import type { ResolvedTheme } from '../theme/useResolvedTheme';
import { loadAlloyEditor, loadedAlloyEditor } from '../editor/loadAlloyEditor';
import { SourcePreview } from '../editor/SourcePreview';

export function EditorPanel({ theme }: { theme: ResolvedTheme }) {
  const editor = useAlloyEditor();
  return (
    <div className="editor-panel">
      <div className="editor-host">{editor ? editor.renderAlloyEditor(theme) : <SourcePreview />}</div>
      <ProblemsPanel />
      <p className="keyboard-hint">
        <kbd>Ctrl</kbd>+<kbd>M</kbd> lets <kbd>Tab</kbd> leave the editor · <kbd>Ctrl</kbd>+<kbd>Space</kbd>{' '}
        suggests · <kbd>F12</kbd> goes to a definition · <kbd>F2</kbd> renames · <kbd>Shift</kbd>+
        <kbd>Alt</kbd>+<kbd>F</kbd> formats
      </p>
    </div>
  );
}

/**
 * The editor's module once Monaco has loaded, null until then: the page
 * paints first, with the source shown as plain text. Not React.lazy: React
 * holds back what a Suspense boundary reveals for up to 300 ms after any
 * fallback, and the editor must appear the moment it can.
 */
function useAlloyEditor() {
  const [module, setModule] = useState(loadedAlloyEditor);
  useEffect(() => {
    if (module) return;
    let current = true;
    void loadAlloyEditor().then((loaded) => {
      if (current) setModule(loaded);
    });
    return () => {
      current = false;
    };
  }, [module]);
  return module;
}
