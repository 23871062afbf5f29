import type { Range } from '../syntax/diagnostic';

/** Half-open offsets into the source: what editor features return, and editors map to positions. */
export type Span = { start: number; end: number };

export const spanOf = (range: Range): Span => ({ start: range.start.offset, end: range.end.offset });

/** From the start of one range to the end of another. */
export const spanBetween = (from: Range, to: Range): Span => ({
  start: from.start.offset,
  end: to.end.offset,
});
