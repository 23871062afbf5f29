/**
 * What the graph takes from the running simulation: each wire's flow, and
 * where clicks on nodes and wires go (to the inspector). Nothing while the
 * simulation has not been started.
 */
import { useCallback, useMemo } from 'react';
import type { EdgeFlow } from '../graph';
import { useSimulation } from '../state/simStore';

export type GraphSimulation = {
  edgeFlows: ReadonlyMap<string, EdgeFlow> | undefined;
  flowing: boolean;
  selectedEdgeId: string | null;
  onSelectEdge: ((edgeId: string) => void) | undefined;
  /** Shows a node's data in the inspector, while the simulation runs. */
  inspectNode(nodeId: string): void;
};

export function useGraphSimulation(): GraphSimulation {
  const active = useSimulation((state) => state.active);
  const view = useSimulation((state) => state.view);
  const playing = useSimulation((state) => state.playing);
  const inspected = useSimulation((state) => state.inspected);
  const inspect = useSimulation((state) => state.inspect);

  const edgeFlows = useMemo(
    () =>
      active && view
        ? new Map(
            view.edges
              // Targets are handed over once, not streamed: a rate would say nothing.
              .filter((edge) => edge.signal !== 'targets')
              .map((edge): [string, EdgeFlow] => [
                edge.id,
                { perSecond: edge.perSecond, items: edge.items, error: edge.error },
              ]),
          )
        : undefined,
    [active, view],
  );
  const onSelectEdge = useCallback((edgeId: string) => inspect({ kind: 'edge', id: edgeId }), [inspect]);
  const inspectNode = useCallback(
    (nodeId: string) => {
      if (useSimulation.getState().active) inspect({ kind: 'node', id: nodeId });
    },
    [inspect],
  );

  return {
    edgeFlows,
    flowing: active && playing,
    selectedEdgeId: inspected?.kind === 'edge' ? inspected.id : null,
    onSelectEdge: active ? onSelectEdge : undefined,
    inspectNode,
  };
}
