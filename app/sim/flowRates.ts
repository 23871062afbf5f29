/**
 * Items per second on each wire, over the last few virtual seconds: the
 * simulation counts items cumulatively, so the rate is the growth of a count
 * between the oldest and the newest reading kept.
 */

/** How far back the rate looks, in virtual milliseconds. */
const RATE_WINDOW_MS = 10_000;

type Reading = { time: number; counts: ReadonlyMap<string, number> };

export class FlowRates {
  private readings: Reading[] = [];

  constructor(private readonly windowMs = RATE_WINDOW_MS) {}

  /** Takes the cumulative counts at virtual time `time`; readings older than the window go. */
  record(time: number, counts: Iterable<{ id: string; items: number }>): void {
    const map = new Map<string, number>();
    for (const { id, items } of counts) map.set(id, items);
    this.readings.push({ time, counts: map });
    // Keep one reading at or before the window's start, so that the window is always covered.
    while (this.readings.length > 2 && (this.readings[1] as Reading).time <= time - this.windowMs)
      this.readings.shift();
  }

  /** Items per virtual second of one wire; 0 before two readings exist or when it carried nothing. */
  perSecond(id: string): number {
    const first = this.readings[0];
    const last = this.readings[this.readings.length - 1];
    if (!first || !last || last.time <= first.time) return 0;
    const growth = (last.counts.get(id) ?? 0) - (first.counts.get(id) ?? 0);
    return Math.max(0, growth) / ((last.time - first.time) / 1000);
  }

  clear(): void {
    this.readings = [];
  }
}
