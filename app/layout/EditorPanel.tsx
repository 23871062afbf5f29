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
    </div>
  );
}
