/**
 * Positions for the graph view. The engine runs only when the structure key
 * changes; until its answer arrives the previous positions stay on screen.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { GraphView } from '../../src/graph-model/graph-view';
import { layoutGraph, type GraphLayout } from '../../src/graph-model/stable-layout';
import { structureKey } from '../../src/graph-model/structure-key';
import { layoutEngine } from './layout-engine';

export function useLayout(view: GraphView | null): GraphLayout | null {
  const [layout, setLayout] = useState<GraphLayout | null>(null);
  const key = useMemo(() => (view === null ? null : structureKey(view)), [view]);

  const latest = useRef({ view, layout });
  useLayoutEffect(() => {
    latest.current = { view, layout };
  });

  useEffect(() => {
    const { view: current, layout: previous } = latest.current;
    if (key === null || current === null || previous?.key === key) return;
    let active = true;
    void layoutGraph(current, previous, layoutEngine()).then((next) => {
      if (active) setLayout(next);
    });
    return () => {
      active = false;
    };
  }, [key]);

  return layout;
}
