/**
 * Deliveries of the demo environment waiting for their time: a span
 * exported when it ends, a log line pushed when it is written. Each step
 * runs the deliveries due before its end in time order, with the clock set
 * to each one's time. Consecutive deliveries to the same receiver are handed
 * over together, each item keeping its own time (the services send one item
 * per request; what Alloy does with them is the same either way).
 */
import type { VirtualClock } from '../clock';

/** Receives items that were due at their own times; `time` is the last one's. */
export type Sink<T> = (items: T[], time: number) => void;

type Delivery = { time: number; order: number; sink: Sink<unknown>; item: unknown };

export class Timeline {
  private deliveries: Delivery[] = [];
  private order = 0;

  constructor(private readonly clock: VirtualClock) {}

  at<T>(time: number, sink: Sink<T>, item: T): void {
    this.deliveries.push({ time, order: this.order++, sink: sink as Sink<unknown>, item });
  }

  /** Runs every delivery before `end`, oldest first. */
  runUntil(end: number): void {
    const due: Delivery[] = [];
    const later: Delivery[] = [];
    for (const delivery of this.deliveries) (delivery.time < end ? due : later).push(delivery);
    this.deliveries = later;
    due.sort((a, b) => a.time - b.time || a.order - b.order);
    let index = 0;
    while (index < due.length) {
      const first = due[index] as Delivery;
      const items: unknown[] = [];
      let last = first;
      while (index < due.length && (due[index] as Delivery).sink === first.sink) {
        last = due[index] as Delivery;
        items.push(last.item);
        index++;
      }
      this.clock.now = last.time;
      first.sink(items, last.time);
    }
  }
}
