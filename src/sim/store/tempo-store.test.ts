import { describe, expect, it } from 'vitest';
import type { Span } from '../model';
import { TempoStore } from './tempo-store';

const MINUTE = 60_000;

describe('TempoStore', () => {
  const span = (traceId: string, spanId: string, startTime: number, durationMs: number): Span => ({
    traceId: traceId.padEnd(32, '0'),
    spanId: spanId.padEnd(16, '0'),
    name: 'op',
    kind: 'SPAN_KIND_INTERNAL',
    status: 'STATUS_CODE_UNSET',
    startTime,
    durationNanos: durationMs * 1e6,
    attributes: {},
    resource: {},
  });

  it('assembles traces from spans pushed separately', () => {
    const store = new TempoStore();
    store.push([span('a', '1', 100, 50)]);
    store.push([span('a', '2', 90, 5), span('b', '1', 0, 1)]);
    const trace = store.get('a'.padEnd(32, '0'));
    expect(trace?.spans).toHaveLength(2);
    expect(trace?.startMs).toBe(90);
    expect(trace?.endMs).toBe(150);
    expect(store.traceCount).toBe(2);
    expect(store.push([{ ...span('c', '1', 0, 1), traceId: 'XYZ' }]).invalid).toBe(1);
  });

  it('drops traces that ended before the retention', () => {
    const store = new TempoStore({ retentionMs: 10 * MINUTE });
    for (let i = 0; i < 600; i++) store.push([span(i.toString(16), '1', i * 6000, 100)]);
    expect(store.traceCount).toBeLessThanOrEqual(Math.ceil((10 * MINUTE * (1 + 1 / 16)) / 6000) + 1);
    expect(store.spanCount).toBe(store.traceCount);
    expect(store.get('0'.padEnd(32, '0'))).toBeUndefined();
  });
});
