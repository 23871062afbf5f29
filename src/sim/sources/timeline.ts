/**
 * Events of the demo environment waiting for their time: a span exported
 * when it ends, a log line pushed when it is written. Each step runs the
 * events due before its end, in time order, with the clock set to each
 * event's time.
 */
import type { VirtualClock } from '../clock';

type Event = { time: number; order: number; run: () => void };

export class Timeline {
  private events: Event[] = [];
  private order = 0;

  constructor(private readonly clock: VirtualClock) {}

  at(time: number, run: () => void): void {
    this.events.push({ time, order: this.order++, run });
  }

  /** Runs every event before `end`, oldest first. */
  runUntil(end: number): void {
    const due: Event[] = [];
    const later: Event[] = [];
    for (const event of this.events) (event.time < end ? due : later).push(event);
    this.events = later;
    due.sort((a, b) => a.time - b.time || a.order - b.order);
    for (const event of due) {
      this.clock.now = event.time;
      event.run();
    }
  }
}
