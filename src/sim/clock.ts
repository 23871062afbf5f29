/**
 * The virtual clock. Simulation time is counted in milliseconds from the
 * start (the model's timestamps); `epoch` anchors it to a calendar date for
 * the texts that print wall-clock times (`loggedtime=…`, Alloy's `ts=…`).
 * Time moves only when the simulation advances it, in fixed steps.
 */

/** 2025-04-06T10:15:00Z, the day of the workshop text. */
export const DEFAULT_EPOCH = Date.UTC(2025, 3, 6, 10, 15, 0);

/** The length of one simulation step. Events keep their exact times within a step. */
export const STEP_MS = 500;

export class VirtualClock {
  /** Virtual milliseconds since the start. */
  now = 0;

  constructor(readonly epoch: number = DEFAULT_EPOCH) {}

  /** The calendar time (Unix milliseconds) of a virtual time. */
  toUnix(time: number): number {
    return this.epoch + time;
  }

  /** The virtual time of a calendar time (Unix milliseconds). */
  fromUnix(unixMs: number): number {
    return unixMs - this.epoch;
  }
}
