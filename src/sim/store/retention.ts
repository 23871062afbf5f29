/**
 * Retention by virtual time: data older than `periodMs` before the newest
 * time seen is dropped. Stores trim in steps of a sixteenth of the period,
 * so memory stays within about 1/16 above what the period holds while each
 * trim runs rarely.
 */
export const DEFAULT_RETENTION_MS = 60 * 60 * 1000;

export class Retention {
  readonly periodMs: number;
  private newest = -Infinity;
  private trimmedAt = -Infinity;

  constructor(periodMs: number = DEFAULT_RETENTION_MS) {
    this.periodMs = periodMs;
  }

  /** The newest virtual time seen (-Infinity before any). */
  get now(): number {
    return this.newest;
  }

  /** Times before this are out of retention. */
  get cutoff(): number {
    return this.newest - this.periodMs;
  }

  /** Records a time; true when the store should trim now. */
  advance(time: number): boolean {
    if (time > this.newest) this.newest = time;
    if (this.newest - this.trimmedAt < this.periodMs / 16) return false;
    this.trimmedAt = this.newest;
    return true;
  }
}
