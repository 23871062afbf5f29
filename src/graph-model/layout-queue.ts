/**
 * One layout at a time, latest request wins. A large graph takes the engine a
 * noticeable while; typing a new block's name changes the structure on every
 * keystroke, and queueing each of those layouts would leave the graph further
 * and further behind. While one runs, only the newest request waits.
 */
import type { LayoutEngine } from './elk-graph';
import type { GraphView } from './graph-view';
import { layoutGraph, type GraphLayout } from './stable-layout';

export type LayoutQueue = {
  /** Lays out `view` (at once, or after the running layout); `deliver` gets the result unless a newer request replaced it. */
  request(view: GraphView, deliver: (layout: GraphLayout) => void): void;
};

export function createLayoutQueue(engine: LayoutEngine): LayoutQueue {
  let latest: GraphLayout | null = null;
  let running = false;
  let waiting: { view: GraphView; deliver: (layout: GraphLayout) => void } | null = null;

  async function run(view: GraphView, deliver: (layout: GraphLayout) => void): Promise<void> {
    running = true;
    latest = await layoutGraph(view, latest, engine);
    running = false;
    deliver(latest);
    if (waiting !== null) {
      const next = waiting;
      waiting = null;
      void run(next.view, next.deliver);
    }
  }

  return {
    request(view, deliver) {
      if (running) waiting = { view, deliver };
      else void run(view, deliver);
    },
  };
}
