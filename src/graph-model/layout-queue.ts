/**
 * One layout at a time, latest request wins. A large graph takes the engine a
 * noticeable while; typing a new block's name changes the structure on every
 * keystroke, and queueing each of those layouts would leave the graph further
 * and further behind. While one runs, only the newest request waits.
 */
import type { GraphLayout } from './stable-layout';

/** A layout to compute, e.g. `() => layoutGraph(view, previous, engine)`. */
export type LayoutTask = () => Promise<GraphLayout | null>;

export type LayoutQueue = {
  /** Runs `task` at once, or after the running one; a newer request made meanwhile replaces it. */
  request(task: LayoutTask, deliver: (layout: GraphLayout | null) => void): void;
};

export function createLayoutQueue(): LayoutQueue {
  let running = false;
  let waiting: { task: LayoutTask; deliver: (layout: GraphLayout | null) => void } | null = null;

  async function run(task: LayoutTask, deliver: (layout: GraphLayout | null) => void): Promise<void> {
    running = true;
    const layout = await task().catch(() => null);
    running = false;
    deliver(layout);
    if (waiting !== null) {
      const next = waiting;
      waiting = null;
      void run(next.task, next.deliver);
    }
  }

  return {
    request(task, deliver) {
      if (running) waiting = { task, deliver };
      else void run(task, deliver);
    },
  };
}
