/**
 * The React Flow elements for the graph, each drawn from the elements drawn
 * before (see toFlowElements), so that an edit redraws only what it changed.
 */
import { useState } from 'react';
import type { Point } from '../../src/graph-model/elk-graph';
import type { GraphView } from '../../src/graph-model/graph-view';
import type { GraphTheme } from '../../src/graph-model/palette';
import { NO_ELEMENTS, toFlowElements, type EdgeFlows, type FlowElements } from './flow-elements';

export type FlowInputs = EdgeFlows & {
  view: GraphView | null;
  positions: ReadonlyMap<string, Point> | null;
  highlightedId: string | null;
  selectedId: string | null;
  theme: GraphTheme;
  failingIds: readonly string[];
};

export function useFlowElements(inputs: FlowInputs): FlowElements {
  const [drawn, setDrawn] = useState<{ inputs: FlowInputs; elements: FlowElements } | null>(null);
  if (drawn !== null && sameInputs(drawn.inputs, inputs)) return drawn.elements;
  const { view, positions, highlightedId, selectedId, theme, failingIds, ...simulation } = inputs;
  const elements =
    view && positions
      ? toFlowElements(
          view,
          positions,
          highlightedId,
          selectedId,
          theme,
          failingIds,
          simulation,
          drawn?.elements,
        )
      : NO_ELEMENTS;
  // Adjusting state while rendering: React re-renders at once, before painting.
  setDrawn({ inputs, elements });
  return elements;
}

function sameInputs(a: FlowInputs, b: FlowInputs): boolean {
  return (Object.keys(a) as (keyof FlowInputs)[]).every((key) => Object.is(a[key], b[key]));
}
