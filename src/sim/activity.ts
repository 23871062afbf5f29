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
export function batchItems(batch: Batch): readonly SampleItem[] {
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

/** Keeps the last KEPT_SAMPLES items of a batch in `ring`. */
export function keepSamples(ring: Sample[], batch: Batch, time: number): void {
  const items = batchItems(batch);
  for (let i = Math.max(0, items.length - KEPT_SAMPLES); i < items.length; i++) {
    ring.push({ time, signal: batch.signal, item: items[i] as SampleItem });
  }
  if (ring.length > KEPT_SAMPLES) ring.splice(0, ring.length - KEPT_SAMPLES);
}
