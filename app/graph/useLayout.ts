/**
 * Positions for the graph view. Every new view goes to the layout queue; the
 * engine runs only when the structure changed, and until its answer arrives
 * the previous positions stay on screen.
 */
import { useEffect, useState } from 'react';
import type { GraphView } from '../../src/graph-model/graph-view';
import { createLayoutQueue } from '../../src/graph-model/layout-queue';
import type { GraphLayout } from '../../src/graph-model/stable-layout';
import { layoutEngine } from './layout-engine';

export function useLayout(view: GraphView | null): GraphLayout | null {
  const [layout, setLayout] = useState<GraphLayout | null>(null);
  const [queue] = useState(() => createLayoutQueue(layoutEngine()));

  useEffect(() => {
    if (view === null) return;
    let current = true;
    queue.request(view, (next) => {
      if (current) setLayout(next);
    });
    return () => {
      current = false;
    };
  }, [queue, view]);

  return layout;
}
