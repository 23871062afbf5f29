/**
 * What the simulation shows about the pipeline while it runs: per wire, how
 * many items and batches went along it (and, for wires leaving Alloy, how
 * many were lost and why); per component, what it received, sent and
 * dropped, and the last few items on each side, so that a transforming
 * component shows its data before and after.
 */
import type { Batch, Labels, LogEntry, MetricSample, OtlpLogRecord, OtlpMetric, Span } from './model';

export type SampleItem = LogEntry | MetricSample | Span | OtlpLogRecord | OtlpMetric | Labels;

export type Sample = { time: number; signal: Batch['signal']; item: SampleItem };

export type ComponentStatus = 'running' | 'not-simulated' | 'failed';

export type ComponentActivity = {
  id: string;
  type: string;
  status: ComponentStatus;
  /** Why the component is not simulated or failed to start. */
  reason: string | null;
  received: number;
  sent: number;
  dropped: number;
  dropReasons: Record<string, number>;
  /** Items a writer delivered to, or lost at, endpoints outside Alloy. */
  delivered: number;
  lost: number;
  /** The last items received and sent, oldest first. */
  lastReceived: Sample[];
  lastSent: Sample[];
};

export type EdgeActivity = {
  /** The pipeline edge id (`from->to:path`, external edges with their `#signal`). */
  id: string;
  from: string;
  to: string;
  path: string;
  signal: string;
  items: number;
  batches: number;
  /** Items sent but never delivered (external edges). */
  lost: number;
  /** The last error delivering along this edge, null once delivery works. */
  error: string | null;
  lastTime: number | null;
};

/** How many items each side keeps. */
export const KEPT_SAMPLES = 5;

export function newComponentActivity(id: string, type: string): ComponentActivity {
  return {
    id,
    type,
    status: 'running',
    reason: null,
    received: 0,
    sent: 0,
    dropped: 0,
    dropReasons: {},
    delivered: 0,
    lost: 0,
    lastReceived: [],
    lastSent: [],
  };
}

export function newEdgeActivity(
  id: string,
  from: string,
  to: string,
  path: string,
  signal: string,
): EdgeActivity {
  return { id, from, to, path, signal, items: 0, batches: 0, lost: 0, error: null, lastTime: null };
}

/** The items of a batch, for sampling. */
function batchItems(batch: Batch): readonly SampleItem[] {
  switch (batch.signal) {
    case 'logs':
      return batch.entries;
    case 'otlp-logs':
      return batch.records;
    case 'otlp-metrics':
      return batch.metrics;
    case 'metrics':
      return batch.samples;
    case 'traces':
      return batch.spans;
    case 'targets':
      return batch.targets;
  }
}

/**
 * The last batches a component received or sent, kept by reference (cheap on
 * every batch); `samples()` picks the last KEPT_SAMPLES items from them.
 */
export class SampleRing {
  private readonly batches: Batch[] = [];
  private readonly times: number[] = [];
  private next = 0;

  push(batch: Batch, time: number): void {
    this.batches[this.next] = batch;
    this.times[this.next] = time;
    this.next = (this.next + 1) % KEPT_SAMPLES;
  }

  samples(): Sample[] {
    const samples: Sample[] = [];
    const count = this.batches.length;
    for (let back = 1; back <= count && samples.length < KEPT_SAMPLES; back++) {
      const slot = (this.next - back + count * 2) % count;
      const batch = this.batches[slot] as Batch;
      const time = this.times[slot] as number;
      const items = batchItems(batch);
      for (let i = items.length - 1; i >= 0 && samples.length < KEPT_SAMPLES; i--) {
        samples.push({ time, signal: batch.signal, item: items[i] as SampleItem });
      }
    }
    return samples.reverse();
  }
}
