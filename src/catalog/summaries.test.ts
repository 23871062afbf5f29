import { describe, expect, it } from 'vitest';
import { getComponent, hasComponent, listComponentNames } from './catalog';
import { getRetiredComponent } from './retired';
import { getSummary, SUMMARIES } from './summaries';

/** Every component and config block named in the workshop text and the simulation facts. */
const WORKSHOP = [
  'logging',
  'livedebugging',
  'loki.relabel',
  'loki.write',
  'loki.process',
  'loki.source.api',
  'loki.secretfilter',
  'prometheus.scrape',
  'prometheus.relabel',
  'prometheus.remote_write',
  'prometheus.exporter.self',
  'prometheus.exporter.postgres',
  'prometheus.exporter.unix',
  'discovery.http',
  'discovery.relabel',
  'otelcol.receiver.otlp',
  'otelcol.processor.batch',
  'otelcol.processor.attributes',
  'otelcol.exporter.otlp',
  'otelcol.exporter.loki',
  'otelcol.exporter.prometheus',
  'otelcol.connector.spanlogs',
  'otelcol.connector.spanmetrics',
  'otelcol.connector.servicegraph',
];

/** Their close relatives, which a learner meets next. */
const RELATIVES = [
  'tracing',
  'local.file',
  'local.file_match',
  'discovery.docker',
  'discovery.kubernetes',
  'otelcol.processor.filter',
  'otelcol.processor.transform',
  'otelcol.processor.memory_limiter',
  'otelcol.exporter.otlphttp',
];

describe('summaries', () => {
  it('covers every component the workshop uses, and their relatives', () => {
    const missing = [...WORKSHOP, ...RELATIVES].filter((name) => getSummary(name) === null);
    expect(missing).toEqual([]);
  });

  it('covers every Loki component', () => {
    const loki = listComponentNames().filter((name) => name.startsWith('loki.'));
    expect(loki.length).toBeGreaterThan(20);
    expect(loki.filter((name) => getSummary(name) === null)).toEqual([]);
  });

  it('names only catalog entries', () => {
    expect(Object.keys(SUMMARIES).filter((name) => !hasComponent(name))).toEqual([]);
  });

  it('are single plain sentences short enough for a hover', () => {
    for (const [name, summary] of Object.entries(SUMMARIES)) {
      expect(summary, name).toMatch(/^[A-Z`].*\.$/);
      expect(summary, name).not.toContain('\n');
      expect(summary.length, name).toBeLessThanOrEqual(140);
    }
  });

  it('returns null for entries without a summary', () => {
    expect(getComponent('discovery.uyuni')).toBeDefined();
    expect(getSummary('discovery.uyuni')).toBeNull();
    expect(getSummary('nope')).toBeNull();
  });
});

describe('retired components', () => {
  it('explains prometheus.write.queue, which later workshop text uses', () => {
    expect(hasComponent('prometheus.write.queue')).toBe(false);
    const retired = getRetiredComponent('prometheus.write.queue')!;
    expect(retired.summary).toMatch(/\.$/);
    expect(hasComponent(retired.replacement)).toBe(true);
    expect(getRetiredComponent('prometheus.remote_write')).toBeUndefined();
  });
});
