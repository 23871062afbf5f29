/**
 * Positions for the graph view, at once for every view (see live-layout.ts).
 * The engine runs in the layout queue: straight away for a structure not
 * drawn yet, and to refine a provisional layout only once the structure has
 * held still for a moment, so that typing a name never waits for it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { GraphView } from '../../src/graph-model/graph-view';
import { createLayoutQueue } from '../../src/graph-model/layout-queue';
import {
  engineNeed,
  NO_LAYOUT,
  receiveLayout,
  showView,
  type LiveLayout,
} from '../../src/graph-model/live-layout';
import { engineLayout, layoutGraph, type GraphLayout } from '../../src/graph-model/stable-layout';
import { layoutEngine } from './layout-engine';

/** How long the structure must hold still before the engine refines a provisional layout. */
const REFINE_DELAY_MS = 1000;

export type Layout = {
  layout: GraphLayout | null;
  /** The engine is still to lay out or refine the view's structure. */
  pending: boolean;
};

export function useLayout(view: GraphView | null): Layout {
  const [state, setState] = useState<LiveLayout>(NO_LAYOUT);
  const [queue] = useState(createLayoutQueue);
  let live = state;
  if (state.view !== view) {
    // Adjusting state while rendering: the new view is drawn with its positions in the same pass.
    live = showView(state, view);
    setState(live);
  }
  const need = engineNeed(live);

  // The engine works on the latest view and layout when its turn comes, not those of the request.
  const latest = useRef(live);
  useLayoutEffect(() => {
    latest.current = live;
  });

  useEffect(() => {
    if (need === null) return;
    const request = () =>
      queue.request(
        () => {
          const { view: current, layout } = latest.current;
          if (current === null) return Promise.resolve(null);
          const engine = layoutEngine();
          return need === 'layout'
            ? layoutGraph(current, layout, engine)
            : engineLayout(current, layout, engine);
        },
        (answer) => setState((now) => receiveLayout(now, answer)),
      );
    // A new structure goes at once; still a timer, so that an effect cleaned up at once sends nothing.
    const timer = setTimeout(request, need === 'refine' ? REFINE_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [queue, need, live.key]);

  return { layout: live.layout, pending: need !== null };
}
