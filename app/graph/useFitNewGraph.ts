/**
 * Fits the view when a graph appears that shares no node with the one shown
 * before: the first graph, or a pasted config. Edits of the same graph keep
 * the learner's zoom and pan.
 */
import { useEffect, useRef } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { GraphLayout } from '../../src/graph-model/stable-layout';

export const FIT_PADDING = 0.15;

export function useFitNewGraph(layout: GraphLayout | null): void {
  const { fitView } = useReactFlow();
  const shown = useRef<GraphLayout | null>(null);

  useEffect(() => {
    if (layout === null || layout === shown.current) return;
    const before = shown.current;
    shown.current = layout;
    const ids = [...layout.positions.keys()];
    const unrelated = before === null || !ids.some((id) => before.positions.has(id));
    // One frame later React Flow holds the new nodes, so the fit sees them.
    if (ids.length > 0 && unrelated) requestAnimationFrame(() => void fitView({ padding: FIT_PADDING }));
  }, [layout, fitView]);
}
