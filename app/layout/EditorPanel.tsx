import { lazy, Suspense } from 'react';
import { ProblemsPanel } from '../problems/ProblemsPanel';
import type { ResolvedTheme } from '../theme/useResolvedTheme';
import { SourcePreview } from '../editor/SourcePreview';

// Monaco is large: the page paints first, with the source shown as plain text until it is ready.
const AlloyEditor = lazy(() => import('../editor/AlloyEditor'));

export function EditorPanel({ theme }: { theme: ResolvedTheme }) {
  return (
    <div className="editor-panel">
      <div className="editor-host">
        <Suspense fallback={<SourcePreview />}>
          <AlloyEditor theme={theme} />
        </Suspense>
      </div>
      <ProblemsPanel />
      <p className="keyboard-hint">
        <kbd>Ctrl</kbd>+<kbd>M</kbd> lets <kbd>Tab</kbd> leave the editor · <kbd>Ctrl</kbd>+<kbd>Space</kbd>{' '}
        suggests · <kbd>F12</kbd> goes to a definition · <kbd>F2</kbd> renames · <kbd>Shift</kbd>+
        <kbd>Alt</kbd>+<kbd>F</kbd> formats
      </p>
    </div>
  );
}
