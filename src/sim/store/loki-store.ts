/**
 * In-memory Loki: streams keyed by their label set, entries in time order
 * (out-of-order pushes are accepted, as Loki's unordered writes allow),
 * an inverted label index for selection, and retention by virtual time.
 *
 * Pushing follows Loki's distributor and ingester where it shows in
 * queries: a stream without `service_name` gets one from the first present
 * label of the discovery list (else `unknown_service`), and an entry equal to
 * one already stored (same time, same line) is dropped as a duplicate.
 */
import type { Labels, LogEntry } from '../model';
import type { LabelMatcher } from './labels';
import type { StoreOptions } from './mimir-store';
import { Retention } from './retention';
import { SeriesRegistry } from './series-registry';
import { TimeColumn } from './time-column';

/** Loki 3's default `discover_service_name` list, in priority order. */
export const SERVICE_NAME_DISCOVERY_LABELS: readonly string[] = [
  'service',
  'app',
  'application',
  'app_name',
  'name',
  'app_kubernetes_io_name',
  'container',
  'container_name',
  'k8s_container_name',
  'component',
  'workload',
  'job',
  'k8s_job_name',
];

export type StoredLine = { readonly line: string; readonly structuredMetadata?: Labels };

export type StoredStream = {
  readonly id: number;
  /** Sorted, without empty values. */
  readonly labels: Labels;
  readonly entries: TimeColumn<StoredLine>;
};

export type LogPushReport = { accepted: number; duplicate: number; tooOld: number; invalid: number };

export type LokiStoreOptions = StoreOptions & {
  /** Labels to derive `service_name` from; an empty list turns discovery off. */
  discoverServiceName?: readonly string[];
};

export class LokiStore {
  readonly retention: Retention;
  private readonly discovery: readonly string[];
  private readonly streams = new SeriesRegistry<StoredStream>(
    (id, labels) => ({ id, labels, entries: new TimeColumn() }),
    (labels) => this.withServiceName(labels),
  );

  constructor(options: LokiStoreOptions = {}) {
    this.retention = new Retention(options.retentionMs);
    this.discovery = options.discoverServiceName ?? SERVICE_NAME_DISCOVERY_LABELS;
  }

  get streamCount(): number {
    return this.streams.size;
  }

  get entryCount(): number {
    let count = 0;
    for (const stream of this.streams.values()) count += stream.entries.length;
    return count;
  }

  push(entries: readonly LogEntry[]): LogPushReport {
    const report: LogPushReport = { accepted: 0, duplicate: 0, tooOld: 0, invalid: 0 };
    for (const entry of entries) this.pushOne(entry, report);
    return report;
  }

  /** Moves the virtual clock (data also moves it) and applies retention. */
  advanceTo(now: number): void {
    if (this.retention.advance(now)) this.trim();
  }

  /** The streams whose labels satisfy every matcher. */
  select(matchers: readonly LabelMatcher[]): StoredStream[] {
    return this.streams.select(matchers);
  }

  labelValues(name: string): string[] {
    return this.streams.labelValues(name);
  }

  labelNames(): string[] {
    return this.streams.labelNames();
  }

  private pushOne(entry: LogEntry, report: LogPushReport): void {
    if (!Number.isFinite(entry.timestamp) || !hasValue(entry.labels)) {
      report.invalid++;
      return;
    }
    if (entry.timestamp < this.retention.cutoff) {
      report.tooOld++;
      return;
    }
    const stream = this.streams.seriesFor(entry.labels);
    if (this.isDuplicate(stream, entry)) {
      report.duplicate++;
      return;
    }
    const stored: StoredLine = entry.structuredMetadata
      ? { line: entry.line, structuredMetadata: entry.structuredMetadata }
      : { line: entry.line };
    stream.entries.insert(entry.timestamp, stored);
    report.accepted++;
    this.advanceTo(entry.timestamp);
  }

  private isDuplicate(stream: StoredStream, entry: LogEntry): boolean {
    const { entries } = stream;
    for (let i = entries.firstAtOrAfter(entry.timestamp); i < entries.end; i++) {
      if (entries.timeAt(i) !== entry.timestamp) return false;
      if (entries.itemAt(i).line === entry.line) return true;
    }
    return false;
  }

  private withServiceName(labels: Labels): Labels {
    if (this.discovery.length === 0 || labels.service_name) return labels;
    const source = this.discovery.find((name) => labels[name]);
    return { ...labels, service_name: source ? (labels[source] as string) : 'unknown_service' };
  }

  private trim(): void {
    const cutoff = this.retention.cutoff;
    this.streams.removeEmptied((stream) => {
      stream.entries.dropBefore(cutoff);
      return stream.entries.length === 0;
    });
  }
}

/** Whether any label has a value: an entry without one has no stream. */
function hasValue(labels: Labels): boolean {
  for (const name in labels) if (labels[name] !== '') return true;
  return false;
}
