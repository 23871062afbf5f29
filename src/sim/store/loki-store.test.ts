import { describe, expect, it } from 'vitest';
import { LokiStore } from './loki-store';
import { mustMatch as matcher } from './test-support';

const MINUTE = 60_000;

describe('LokiStore', () => {
  it('adds service_name from the first present label of the discovery list', () => {
    const store = new LokiStore();
    store.push([
      { labels: { component: 'alloy', service: 'alloy' }, timestamp: 0, line: 'a' },
      { labels: { exporter: 'OTLP' }, timestamp: 0, line: 'b' },
      { labels: { service_name: 'mythical-server', job: 'x' }, timestamp: 0, line: 'c' },
      { labels: { job: 'integrations/self', component: 'c' }, timestamp: 0, line: 'd' },
    ]);
    const names = store.labelValues('service_name').sort();
    expect(names).toEqual(['alloy', 'c', 'mythical-server', 'unknown_service']);
  });

  it('can leave service_name alone', () => {
    const store = new LokiStore({ discoverServiceName: [] });
    store.push([{ labels: { service: 'alloy' }, timestamp: 0, line: 'a' }]);
    expect(store.labelNames()).toEqual(['service']);
  });

  it('accepts out-of-order entries in place and drops exact duplicates', () => {
    const store = new LokiStore();
    const labels = { app: 'x' };
    const report = store.push([
      { labels, timestamp: 2000, line: 'late' },
      { labels, timestamp: 1000, line: 'early' },
      { labels, timestamp: 2000, line: 'late' },
      { labels, timestamp: 2000, line: 'same time' },
    ]);
    expect(report).toEqual({ accepted: 3, duplicate: 1, tooOld: 0, invalid: 0 });
    const [stream] = store.select([matcher('app', '=', 'x')]);
    const lines = [];
    for (let i = stream?.entries.start ?? 0; i < (stream?.entries.end ?? 0); i++)
      lines.push(stream?.entries.itemAt(i).line);
    expect(lines).toEqual(['early', 'late', 'same time']);
  });

  it('keeps memory bounded by the retention', () => {
    const store = new LokiStore({ retentionMs: 5 * MINUTE });
    for (let t = 0; t <= 30 * MINUTE; t += 100)
      store.push([{ labels: { app: 'x' }, timestamp: t, line: `line ${t}` }]);
    expect(store.entryCount).toBeLessThanOrEqual((5 * MINUTE * (1 + 1 / 16)) / 100 + 1);
    expect(store.entryCount).toBeGreaterThanOrEqual((5 * MINUTE) / 100);
  });
});
