import { lazy, Suspense } from 'react';
import { useLessons } from '../state/lessonStore';
import { usePlayground } from '../state/store';
import type { ResolvedTheme } from '../theme/useResolvedTheme';

// The graph brings React Flow and the layout engine: loaded after the first paint.
const PipelineGraph = lazy(() => import('../graph').then((module) => ({ default: module.PipelineGraph })));

/** The live graph of the pipeline, linked to the editor through the store. */
export function GraphPanel({ theme }: { theme: ResolvedTheme }) {
  const analysis = usePlayground((state) => state.analysis);
  const highlightedNodeId = usePlayground((state) => state.highlightedNodeId);
  const selectNode = usePlayground((state) => state.selectNode);
  const failingNodeIds = useLessons((state) => state.failingNodeIds);
  return (
    <div className="graph-panel">
      <Suspense fallback={<p className="panel-placeholder">Drawing the pipeline…</p>}>
        <PipelineGraph
          pipeline={analysis?.pipeline ?? null}
          diagnostics={analysis?.diagnostics ?? []}
          theme={theme}
          highlightedNodeId={highlightedNodeId}
          failingNodeIds={failingNodeIds}
          onSelectNode={selectNode}
        />
      </Suspense>
    </div>
  );
}
