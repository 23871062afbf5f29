/**
 * What a writer holds for one endpoint until it sends: items oldest first,
 * and when the oldest arrived (batches go out after a wait). Behind a batch
 * being retried the queue fills up; beyond its capacity the oldest are lost.
 */
/** How a writer reports the items its queue lost. */
export const QUEUE_FULL = 'queue full while retrying an earlier batch';

export class SendQueue<T> {
  private items: T[] = [];
  /** When the oldest waiting item arrived, or the last batch was taken with items left behind. */
  waitingSince = 0;

  constructor(private readonly capacity: number) {}

  get length(): number {
    return this.items.length;
  }

  /** Queues items; returns how many of the oldest were lost for want of room. */
  add(items: readonly T[], now: number): number {
    if (this.items.length === 0) this.waitingSince = now;
    for (const item of items) this.items.push(item);
    const overflow = this.items.length - this.capacity;
    if (overflow <= 0) return 0;
    this.items.splice(0, overflow);
    return overflow;
  }

  /** Takes the oldest items, at most `count`; those left wait from `now`. */
  take(now: number, count = Infinity): T[] {
    if (count >= this.items.length) {
      const all = this.items;
      this.items = [];
      return all;
    }
    this.waitingSince = now;
    return this.items.splice(0, count);
  }
}
