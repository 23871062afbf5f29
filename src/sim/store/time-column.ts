/**
 * Items kept in time order, with cheap appends at the end, binary search by
 * time, and dropping from the front for retention. Dropped slots are
 * reclaimed in bulk once they make up half the column, so trimming stays
 * amortised O(1) per item.
 *
 * Indexes are absolute: `start` is the first live index, `end` one past the
 * last, and both stay valid until the next trim.
 */
export class TimeColumn<T> {
  private times: number[] = [];
  private items: T[] = [];
  private head = 0;

  get start(): number {
    return this.head;
  }

  get end(): number {
    return this.times.length;
  }

  get length(): number {
    return this.times.length - this.head;
  }

  /** The oldest time, or Infinity when empty. */
  get firstTime(): number {
    return this.length === 0 ? Infinity : (this.times[this.head] as number);
  }

  /** The newest time, or -Infinity when empty. */
  get lastTime(): number {
    return this.length === 0 ? -Infinity : (this.times[this.times.length - 1] as number);
  }

  timeAt(index: number): number {
    return this.times[index] as number;
  }

  itemAt(index: number): T {
    return this.items[index] as T;
  }

  /** Adds an item after every item with the same or an earlier time. */
  insert(time: number, item: T): void {
    if (time >= this.lastTime) {
      this.times.push(time);
      this.items.push(item);
      return;
    }
    const at = this.firstAfter(time);
    this.times.splice(at, 0, time);
    this.items.splice(at, 0, item);
  }

  /** The first index whose time is at or after `time` (`end` when none). */
  firstAtOrAfter(time: number): number {
    let low = this.head;
    let high = this.times.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.times[mid] as number) < time) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The first index whose time is after `time` (`end` when none). */
  firstAfter(time: number): number {
    let low = this.head;
    let high = this.times.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.times[mid] as number) <= time) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Drops every item older than `time`; returns how many were dropped. */
  dropBefore(time: number): number {
    const cut = this.firstAtOrAfter(time);
    const dropped = cut - this.head;
    this.head = cut;
    if (this.head > 64 && this.head * 2 >= this.times.length) {
      this.times = this.times.slice(this.head);
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return dropped;
  }
}
