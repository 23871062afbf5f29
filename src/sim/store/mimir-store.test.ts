import { describe, expect, it } from 'vitest';
import type { MetricSample } from '../model';
import { MimirStore } from './mimir-store';
import { mustMatch as matcher } from './test-support';

const MINUTE = 60_000;

describe('MimirStore', () => {
  const sample = (timestamp: number, value: number, job = 'loki'): MetricSample => ({
    labels: { __name__: 'up', job },
    timestamp,
    value,
  });

  it('keys series by label set and selects them by matchers', () => {
    const store = new MimirStore();
    store.append([sample(0, 1), sample(1000, 1), sample(0, 0, 'mimir')]);
    expect(store.seriesCount).toBe(2);
    expect(store.sampleCount).toBe(3);
    expect(store.select([matcher('job', '=', 'loki')]).map((series) => series.labels)).toEqual([
      { __name__: 'up', job: 'loki' },
    ]);
  });

  it('rejects out-of-order samples, differing duplicates and samples without a name', () => {
    const store = new MimirStore();
    store.append([sample(2000, 1)]);
    const report = store.append([
      sample(1000, 1),
      sample(2000, 5),
      sample(2000, 1),
      { labels: { job: 'x' }, timestamp: 3000, value: 1 },
    ]);
    expect(report).toEqual({ accepted: 0, outOfOrder: 1, duplicate: 1, tooOld: 0, invalid: 1 });
  });

  it('keeps memory bounded: samples older than the retention are dropped, and empty series go', () => {
    const store = new MimirStore({ retentionMs: 10 * MINUTE });
    for (let t = 0; t <= 60 * MINUTE; t += 2000)
      store.append([sample(t, t), ...(t < MINUTE ? [sample(t, 1, 'gone')] : [])]);
    // At most the retention plus one trimming step (1/16 of it) of 2-second samples.
    expect(store.sampleCount).toBeLessThanOrEqual((10 * MINUTE * (1 + 1 / 16)) / 2000 + 1);
    expect(store.sampleCount).toBeGreaterThanOrEqual((10 * MINUTE) / 2000);
    expect(store.select([matcher('job', '=', 'gone')])).toEqual([]);
    expect(store.append([sample(40 * MINUTE, 1, 'late')]).tooOld).toBe(1);
  });
});
