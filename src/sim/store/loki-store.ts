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
import { labelsKey, normalizeLabels } from './labels';
import { PostingsIndex } from './postings';
import { Retention } from './retention';
import type { StoreOptions } from './mimir-store';
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
  private readonly byKey = new Map<string, StoredStream>();
  private readonly byId = new Map<number, StoredStream>();
  private readonly index = new PostingsIndex();
  private nextId = 0;

  constructor(options: LokiStoreOptions = {}) {
    this.retention = new Retention(options.retentionMs);
    this.discovery = options.discoverServiceName ?? SERVICE_NAME_DISCOVERY_LABELS;
  }

  get streamCount(): number {
    return this.byId.size;
  }

  get entryCount(): number {
    let count = 0;
    for (const stream of this.byId.values()) count += stream.entries.length;
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
    return this.index.select(matchers).map((id) => this.byId.get(id) as StoredStream);
  }

  labelValues(name: string): string[] {
    return this.index.labelValues(name);
  }

  labelNames(): string[] {
    return this.index.labelNames();
  }

  private pushOne(entry: LogEntry, report: LogPushReport): void {
    if (!Number.isFinite(entry.timestamp) || Object.values(entry.labels).every((value) => value === '')) {
      report.invalid++;
      return;
    }
    if (entry.timestamp < this.retention.cutoff) {
      report.tooOld++;
      return;
    }
    const stream = this.streamFor(entry.labels);
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

  private streamFor(pushed: Labels): StoredStream {
    const labels = this.withServiceName(pushed);
    const key = labelsKey(labels);
    const existing = this.byKey.get(key);
    if (existing) return existing;
    const stream: StoredStream = {
      id: this.nextId++,
      labels: normalizeLabels(labels),
      entries: new TimeColumn(),
    };
    this.byKey.set(key, stream);
    this.byId.set(stream.id, stream);
    this.index.add(stream.id, stream.labels);
    return stream;
  }

  private withServiceName(labels: Labels): Labels {
    if (this.discovery.length === 0 || labels.service_name) return labels;
    const source = this.discovery.find((name) => labels[name]);
    return { ...labels, service_name: source ? (labels[source] as string) : 'unknown_service' };
  }

  private trim(): void {
    const cutoff = this.retention.cutoff;
    for (const [key, stream] of this.byKey) {
      stream.entries.dropBefore(cutoff);
      if (stream.entries.length > 0) continue;
      this.byKey.delete(key);
      this.byId.delete(stream.id);
      this.index.delete(stream.id);
    }
  }
}
