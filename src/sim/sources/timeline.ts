/**
 * Deliveries of the demo environment waiting for their time: a span
 * exported when it ends, a log line pushed when it is written. Each step
 * runs the deliveries due before its end in time order, with the clock set
 * to each one's time. Consecutive deliveries to the same receiver are handed
 * over together, each item keeping its own time (the services send one item
 * per request; what Alloy does with them is the same either way).
 *
 * Deliveries are held in parallel arrays: there are hundreds of thousands of
 * them, and an object each would only feed the garbage collector.
 */
import type { VirtualClock } from '../clock';

/** Receives items that were due at their own times; `time` is the last one's. */
export type Sink<T> = (items: T[], time: number) => void;

export class Timeline {
  private times: number[] = [];
  private sinks: Sink<unknown>[] = [];
  private items: unknown[] = [];

  constructor(private readonly clock: VirtualClock) {}

  at<T>(time: number, sink: Sink<T>, item: T): void {
    this.times.push(time);
    this.sinks.push(sink as Sink<unknown>);
    this.items.push(item);
  }

  /** Runs every delivery before `end`, oldest first (in the order scheduled for equal times). */
  runUntil(end: number): void {
    const { times, sinks, items } = this;
    const due: number[] = [];
    let inOrder = true;
    for (let i = 0; i < times.length; i++) {
      const time = times[i] as number;
      if (time >= end) continue;
      if (due.length > 0 && time < (times[due[due.length - 1] as number] as number)) inOrder = false;
      due.push(i);
    }
    if (due.length === 0) return;
    if (!inOrder)
      // Returning -1, 1 or an index (small integers) rather than a time difference spares an allocation per comparison.
      due.sort((a, b) => {
        const difference = (times[a] as number) - (times[b] as number);
        return difference < 0 ? -1 : difference > 0 ? 1 : a - b;
      });

    // Sinks may schedule more deliveries: those are appended, and wait for the next run.
    let index = 0;
    while (index < due.length) {
      const sink = sinks[due[index] as number] as Sink<unknown>;
      const group: unknown[] = [];
      let time = 0;
      while (index < due.length && sinks[due[index] as number] === sink) {
        const at = due[index] as number;
        group.push(items[at]);
        time = times[at] as number;
        index++;
      }
      this.clock.now = time;
      sink(group, time);
    }
    this.remove(due);
  }

  /** Drops the deliveries at these positions, keeping the others in order. */
  private remove(positions: readonly number[]): void {
    const { times, sinks, items } = this;
    const gone = new Uint8Array(times.length);
    for (const position of positions) gone[position] = 1;
    let kept = 0;
    for (let i = 0; i < times.length; i++) {
      if (gone[i] === 1) continue;
      times[kept] = times[i] as number;
      sinks[kept] = sinks[i] as Sink<unknown>;
      items[kept] = items[i];
      kept++;
    }
    times.length = kept;
    sinks.length = kept;
    items.length = kept;
  }
}
