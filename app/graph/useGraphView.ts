/**
 * Derives the drawable graph from each new pipeline, remembering the last
 * pipeline without syntax errors so that a typo never empties the graph.
 */
import { useState } from 'react';
import type { Pipeline } from '../../src/analysis/pipeline';
import type { Diagnostic } from '../../src/syntax/diagnostic';
import { mergeWithLastGood } from '../../src/graph-model/merge-last-good';
import { toGraphView, type GraphView } from '../../src/graph-model/graph-view';

type Derived = {
  pipeline: Pipeline | null;
  diagnostics: readonly Diagnostic[];
  lastGood: Pipeline | null;
  view: GraphView | null;
};

export function useGraphView(
  pipeline: Pipeline | null,
  diagnostics: readonly Diagnostic[],
): GraphView | null {
  const [derived, setDerived] = useState<Derived>(() => derive(null, pipeline, diagnostics));
  if (derived.pipeline !== pipeline || derived.diagnostics !== diagnostics) {
    // Adjusting state while rendering: React re-renders at once, before painting.
    const next = derive(derived, pipeline, diagnostics);
    setDerived(next);
    return next.view;
  }
  return derived.view;
}

function derive(
  previous: Derived | null,
  pipeline: Pipeline | null,
  diagnostics: readonly Diagnostic[],
): Derived {
  // No pipeline (yet): keep whatever was drawn rather than going blank.
  const lastGood = previous?.lastGood ?? null;
  if (pipeline === null) return { pipeline, diagnostics, lastGood, view: previous?.view ?? null };
  const result = mergeWithLastGood(lastGood, pipeline, diagnostics);
  return { pipeline, diagnostics, lastGood: result.lastGood, view: toGraphView(result.merged) };
}
