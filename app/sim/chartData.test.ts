import { describe, expect, it } from 'vitest';
import { DEFAULT_EPOCH } from '../../src/sim/clock';
import { chartData } from './chartData';
import { clockTime, elapsed, sampleValue, spanDuration } from './format';

describe('chartData', () => {
  it('aligns series on one sorted row of times, with gaps as null', () => {
    const data = chartData([
      {
        labels: { level: 'info' },
        points: [
          { timestamp: 2000, value: 1 },
          { timestamp: 4000, value: 3 },
        ],
      },
      {
        labels: { level: 'error' },
        points: [
          { timestamp: 0, value: 5 },
          { timestamp: 4000, value: 6 },
        ],
      },
    ]);
    const start = DEFAULT_EPOCH / 1000;
    expect(data).toEqual([
      [start, start + 2, start + 4],
      [null, 1, 3],
      [5, null, 6],
    ]);
  });

  it('has only an empty row of times without series', () => {
    expect(chartData([])).toEqual([[]]);
  });
});

describe('format', () => {
  it('reads virtual time as the simulated clock and as time elapsed', () => {
    expect(clockTime(32_418)).toBe('10:15:32.418');
    expect(elapsed(45_900)).toBe('0:45');
    expect(elapsed(3_723_000)).toBe('1:02:03');
  });

  it('writes span durations and sample values briefly', () => {
    expect(spanDuration(850_000)).toBe('850 µs');
    expect(spanDuration(52_318_744)).toBe('52.3 ms');
    expect(spanDuration(2_410_000_000)).toBe('2.41 s');
    expect(sampleValue(0.0123456)).toBe('0.01235');
    expect(sampleValue(42)).toBe('42');
  });
});
