import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/sim';
import { waterfall } from './waterfall';

const span = (
  spanId: string,
  parentSpanId: string | undefined,
  startTime: number,
  durationMs: number,
): Span => ({
  traceId: 'a'.repeat(32),
  spanId,
  parentSpanId,
  name: `span ${spanId}`,
  kind: 'SPAN_KIND_INTERNAL',
  status: 'STATUS_CODE_OK',
  startTime,
  durationNanos: durationMs * 1e6,
  attributes: {},
  resource: {},
});

describe('waterfall', () => {
  it('puts parents before children and siblings by start, with their place on the time line', () => {
    const rows = waterfall([
      span('c2', 'root', 60, 20),
      span('root', undefined, 0, 100),
      span('c1', 'root', 10, 40),
      span('g', 'c1', 20, 10),
    ]);
    expect(rows.map((row) => [row.span.spanId, row.depth])).toEqual([
      ['root', 0],
      ['c1', 1],
      ['g', 2],
      ['c2', 1],
    ]);
    expect(rows[0]).toMatchObject({ offset: 0, width: 1 });
    expect(rows[3]).toMatchObject({ offset: 0.6, width: 0.2 });
  });

  it('starts a tree at a span whose parent has not arrived', () => {
    const rows = waterfall([span('orphan', 'missing', 5, 5), span('root', undefined, 0, 10)]);
    expect(rows.map((row) => [row.span.spanId, row.depth])).toEqual([
      ['root', 0],
      ['orphan', 0],
    ]);
  });

  it('draws nothing for no spans', () => {
    expect(waterfall([])).toEqual([]);
  });
});
