import { describe, expect, it } from 'vitest';
import type { Labels } from '../model';
import { SeriesRegistry } from './series-registry';

const registry = () =>
  new SeriesRegistry<{ id: number; labels: Labels }>(
    (id, labels) => ({ id, labels }),
    (labels) => ({ ...labels, service_name: labels.service ?? 'unknown_service' }),
  );

describe('SeriesRegistry', () => {
  it('finds a series by its label set, whatever the object, order or empty values', () => {
    const series = registry();
    const first = series.seriesFor({ service: 'loki', job: 'a' });
    expect(series.seriesFor({ job: 'a', service: 'loki', empty: '' })).toBe(first);
    expect(series.seriesFor({ job: 'b', service: 'loki' })).not.toBe(first);
    expect(first.labels).toEqual({ job: 'a', service: 'loki', service_name: 'loki' });
    expect(Object.keys(first.labels)).toEqual(['job', 'service', 'service_name']);
  });

  it('finds the same label object again, until the series is removed', () => {
    const series = registry();
    const labels = Object.freeze({ service: 'loki' });
    const first = series.seriesFor(labels);
    expect(series.seriesFor(labels)).toBe(first);
    series.removeEmptied(() => true);
    expect(series.size).toBe(0);
    const again = series.seriesFor(labels);
    expect(again).not.toBe(first);
    expect(again.id).not.toBe(first.id);
    expect(series.select([])).toEqual([again]);
  });
});
