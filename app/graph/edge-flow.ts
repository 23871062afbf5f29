/**
 * How a wire shows the data the simulation moves along it: a rate label,
 * a thickness and a pace of animation that grow with the rate (on a log
 * scale: rates range from one item a minute to thousands a second), and
 * the error of a send that failed, in a few words.
 */

/** What the simulation saw on one wire. */
export type EdgeFlow = {
  /** Items per virtual second, over the last few seconds. */
  perSecond: number;
  /** Items so far. */
  items: number;
  /** The last error delivering along this wire; null while delivery works. */
  error: string | null;
};

const MIN_WIDTH = 2;
const MAX_WIDTH = 7;

/** `12/s`, `0.4/s`, `1.2k/s`; `idle` for a wire that carries nothing now. */
export function rateLabel(perSecond: number): string {
  if (perSecond <= 0) return 'idle';
  if (perSecond >= 1000) return `${trim(perSecond / 1000)}k/s`;
  if (perSecond >= 10) return `${Math.round(perSecond)}/s`;
  return `${trim(perSecond)}/s`;
}

/** Stroke width in pixels: 2 when idle, one more for every tenfold rate, at most 7. */
export function flowWidth(perSecond: number): number {
  if (perSecond <= 0) return MIN_WIDTH;
  return Math.min(MAX_WIDTH, MIN_WIDTH + Math.max(0, Math.log10(perSecond) + 1));
}

/** Seconds one dash takes along the wire: faster for busier wires, between 0.4 and 3 s. */
export function flowSeconds(perSecond: number): number {
  if (perSecond <= 0) return 3;
  return Math.max(0.4, Math.min(3, 2.4 - 0.5 * Math.log10(perSecond)));
}

/** The heart of a delivery error: `connection refused`, `no such host`, `404 Not Found`. */
export function shortError(error: string): string {
  if (/connection refused/.test(error)) return 'connection refused';
  if (/no such host/.test(error)) return 'no such host';
  const status = /HTTP status (\d{3}(?: [A-Za-z][A-Za-z ]*[A-Za-z])?)/.exec(error);
  if (status) return status[1] as string;
  return error.length > 40 ? `${error.slice(0, 39)}…` : error;
}

function trim(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '');
}
