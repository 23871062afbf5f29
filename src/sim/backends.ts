/**
 * The three backends of the workshop behind their network endpoints: what a
 * push to Loki, a remote write to Mimir and an OTLP export to Tempo do to
 * the in-memory stores, and the figures the backends expose about
 * themselves on `/metrics` (bytes and lines Loki received, spans Tempo
 * received …), which the workshop scrapes.
 */
import type { LogEntry, MetricSample, Span } from './model';
import { LokiStore, MimirStore, TempoStore } from './store';

export type BackendOptions = {
  /** How long each store keeps data, in virtual milliseconds. */
  retentionMs?: { loki?: number; mimir?: number; tempo?: number };
};

/** Running totals the backends count about what they received. */
export type BackendCounters = {
  lokiBytes: number;
  lokiLines: number;
  mimirSamples: number;
  tempoSpans: number;
  tempoTraces: number;
};

export class Backends {
  readonly loki: LokiStore;
  readonly mimir: MimirStore;
  readonly tempo: TempoStore;
  readonly counters: BackendCounters = {
    lokiBytes: 0,
    lokiLines: 0,
    mimirSamples: 0,
    tempoSpans: 0,
    tempoTraces: 0,
  };

  constructor(options: BackendOptions = {}) {
    const retention = options.retentionMs ?? {};
    this.loki = new LokiStore(retention.loki === undefined ? {} : { retentionMs: retention.loki });
    this.mimir = new MimirStore(retention.mimir === undefined ? {} : { retentionMs: retention.mimir });
    this.tempo = new TempoStore(retention.tempo === undefined ? {} : { retentionMs: retention.tempo });
  }

  pushLogs(entries: readonly LogEntry[]): void {
    const report = this.loki.push(entries);
    this.counters.lokiLines += report.accepted;
    for (const entry of entries) this.counters.lokiBytes += entry.line.length;
  }

  writeMetrics(samples: readonly MetricSample[]): void {
    const report = this.mimir.append(samples);
    this.counters.mimirSamples += report.accepted;
  }

  pushSpans(spans: readonly Span[]): void {
    const before = this.tempo.traceCount;
    const report = this.tempo.push(spans);
    this.counters.tempoSpans += report.accepted;
    this.counters.tempoTraces += Math.max(0, this.tempo.traceCount - before);
  }

  advanceTo(now: number): void {
    this.loki.advanceTo(now);
    this.mimir.advanceTo(now);
    this.tempo.advanceTo(now);
  }
}
