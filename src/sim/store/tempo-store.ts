/**
 * In-memory Tempo: spans grouped into traces by trace id, in arrival order,
 * with retention by virtual time (a trace goes once its newest span ended
 * before the cutoff). A trace's spans may arrive over several pushes, as
 * Tempo assembles them.
 */
import type { Span } from '../model';
import type { StoreOptions } from './mimir-store';
import { Retention } from './retention';

export type StoredTrace = {
  readonly traceId: string;
  readonly spans: Span[];
  /** Earliest span start and latest span end, in virtual milliseconds. */
  startMs: number;
  endMs: number;
};

export type SpanPushReport = { accepted: number; tooOld: number; invalid: number };

const TRACE_ID = /^[0-9a-f]{32}$/;

/** A span's end in virtual milliseconds. */
export function spanEndMs(span: Span): number {
  return span.startTime + span.durationNanos / 1e6;
}

export class TempoStore {
  readonly retention: Retention;
  private readonly traces = new Map<string, StoredTrace>();
  private spanTotal = 0;

  constructor(options: StoreOptions = {}) {
    this.retention = new Retention(options.retentionMs);
  }

  get traceCount(): number {
    return this.traces.size;
  }

  get spanCount(): number {
    return this.spanTotal;
  }

  push(spans: readonly Span[]): SpanPushReport {
    const report: SpanPushReport = { accepted: 0, tooOld: 0, invalid: 0 };
    for (const span of spans) {
      // A trace already stored has a valid id: only a new one needs the test.
      const valid = this.traces.has(span.traceId) || TRACE_ID.test(span.traceId);
      if (!valid || !Number.isFinite(span.startTime)) {
        report.invalid++;
        continue;
      }
      const end = spanEndMs(span);
      if (end < this.retention.cutoff) {
        report.tooOld++;
        continue;
      }
      this.add(span, end);
      report.accepted++;
      this.advanceTo(end);
    }
    return report;
  }

  /** Moves the virtual clock (data also moves it) and applies retention. */
  advanceTo(now: number): void {
    if (this.retention.advance(now)) this.trim();
  }

  get(traceId: string): StoredTrace | undefined {
    return this.traces.get(traceId);
  }

  /** Every stored trace, oldest arrival first. */
  all(): IterableIterator<StoredTrace> {
    return this.traces.values();
  }

  private add(span: Span, end: number): void {
    const trace = this.traces.get(span.traceId);
    this.spanTotal++;
    if (!trace) {
      this.traces.set(span.traceId, {
        traceId: span.traceId,
        spans: [span],
        startMs: span.startTime,
        endMs: end,
      });
      return;
    }
    trace.spans.push(span);
    if (span.startTime < trace.startMs) trace.startMs = span.startTime;
    if (end > trace.endMs) trace.endMs = end;
  }

  private trim(): void {
    const cutoff = this.retention.cutoff;
    // forEach hands out key and value without an entry array each, for thousands of traces.
    this.traces.forEach((trace, traceId) => {
      if (trace.endMs >= cutoff) return;
      this.traces.delete(traceId);
      this.spanTotal -= trace.spans.length;
    });
  }
}
