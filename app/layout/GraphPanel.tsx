import { lazy, Suspense } from 'react';
import { SimulationBar } from '../sim/SimulationBar';
import { SimulationDrawer } from '../sim/SimulationDrawer';
import { useGraphSimulation } from '../sim/useGraphSimulation';
import { useSimulationWorker } from '../sim/useSimulationWorker';
import { useLessons } from '../state/lessonStore';
import { usePlayground } from '../state/store';
import type { ResolvedTheme } from '../theme/useResolvedTheme';

// The graph brings React Flow and the layout engine: loaded after the first paint.
const PipelineGraph = lazy(() => import('../graph').then((module) => ({ default: module.PipelineGraph })));

/**
 * The live graph of the pipeline, linked to the editor through the store,
 * with the simulation's controls above it and its details below.
 */
export function GraphPanel({ theme }: { theme: ResolvedTheme }) {
  useSimulationWorker();
  return (
    <div className="graph-panel">
      <SimulationBar />
      <div className="graph-panel-graph">
        <Suspense fallback={<p className="panel-placeholder">Drawing the pipeline…</p>}>
          <LiveGraph theme={theme} />
        </Suspense>
      </div>
      <SimulationDrawer />
    </div>
  );
}

/** The graph alone re-renders with every analysis and every simulation view; the bar and the drawer do not. */
function LiveGraph({ theme }: { theme: ResolvedTheme }) {
  const analysis = usePlayground((state) => state.analysis);
  const highlightedNodeId = usePlayground((state) => state.highlightedNodeId);
  const selectNode = usePlayground((state) => state.selectNode);
  const failingNodeIds = useLessons((state) => state.failingNodeIds);
  const simulation = useGraphSimulation();
  return (
    <PipelineGraph
      pipeline={analysis?.pipeline ?? null}
      diagnostics={analysis?.diagnostics}
      theme={theme}
      highlightedNodeId={highlightedNodeId}
      failingNodeIds={failingNodeIds}
      onSelectNode={(nodeId, range) => {
        selectNode(nodeId, range);
        simulation.inspectNode(nodeId);
      }}
      edgeFlows={simulation.edgeFlows}
      flowing={simulation.flowing}
      onSelectEdge={simulation.onSelectEdge}
      selectedEdgeId={simulation.selectedEdgeId}
    />
  );
}
